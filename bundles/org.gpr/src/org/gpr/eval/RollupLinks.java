package org.gpr.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a roll-up's text names, read without parsing (for builders that must find the
 * dependents of a changed file among many files quickly): an aggregate report's
 * {@code rollup "roster.gpr"} and a roster's member files.
 */
public final class RollupLinks {

	private static final Pattern ROLLUP = Pattern.compile("(?m)^\\s*rollup\\s+\"((?:\\\\.|[^\"\\\\])*)\"");
	private static final Pattern MEMBER = Pattern
			.compile("(?m)^\\s*(?:own|member)\\s+\"(?:\\\\.|[^\"\\\\])*\"\\s+\"((?:\\\\.|[^\"\\\\])*)\"");
	private static final Pattern ROSTER = Pattern.compile("\\A(?:\\s|//[^\\n]*(?:\\n|\\z)|/\\*(?s:.*?)\\*/)*roster\\b");

	private RollupLinks() {
	}

	/** The paths the text names, relative to its file: its roster, or its members when it is a roster. */
	public static List<String> paths(String text) {
		List<String> paths = new ArrayList<>();
		Matcher rollup = ROLLUP.matcher(text);
		if (rollup.find()) {
			paths.add(unescape(rollup.group(1)));
		}
		if (ROSTER.matcher(text).find()) {
			Matcher member = MEMBER.matcher(text);
			while (member.find()) {
				paths.add(unescape(member.group(1)));
			}
		}
		return paths;
	}

	private static String unescape(String text) {
		return text.replaceAll("\\\\(.)", "$1");
	}
}
