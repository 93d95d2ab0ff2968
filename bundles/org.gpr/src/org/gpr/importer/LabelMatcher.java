package org.gpr.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gpr.scoping.GprLinkingDiagnosticMessageProvider;

/**
 * Compares the labels a published report prints with the official labels of a format, tolerating
 * what real reports do: full-width and half-width brackets and punctuation, spaces, quotes,
 * 1、 for 1., explanatory text appended to a label, a label cut short, and the old label
 * 规范性文件 where the 2021 format says 行政规范性文件.
 */
public final class LabelMatcher {

	/** How well a published label matches an official one; higher is better, 0 is no match. */
	public static final int EXACT = 100;
	public static final int APPENDED = 80;
	public static final int CORE = 70;
	public static final int SHORTENED = 60;
	/** A misprinted label: the same ordinal, and the words a few characters apart (2.其他法律行政止公开). */
	public static final int SIMILAR = 40;
	public static final int NONE = 0;

	private static final Pattern ORDINAL = Pattern.compile(
			"^(?:([一二三四五六七八九十]+)、|\\(([一二三四五六七八九十]+)\\)|(\\d+)[.、]|\\((\\d+)\\))");
	private static final Pattern UNIT = Pattern.compile("\\(?(?:单位:)?(亿元|万元|元)\\)?$");

	private LabelMatcher() {
	}

	/**
	 * The label in one canonical spelling: NFKC (full-width to half-width), no white space, no
	 * quotes, 〔〕【】 as (), 1、 as 1., no final 。 or :.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		if (text.length() > CACHED_LENGTH) {
			return normalizeNow(text);
		}
		// labels are matched against every row of every table: each is normalized once
		String cached = NORMALIZED.get(text);
		if (cached == null) {
			cached = normalizeNow(text);
			if (NORMALIZED.size() >= CACHED_LABELS) {
				NORMALIZED.clear();
			}
			NORMALIZED.put(text, cached);
		}
		return cached;
	}

	/** Labels and lines up to this length are kept normalized, at most {@link #CACHED_LABELS} of them. */
	private static final int CACHED_LENGTH = 200;
	private static final int CACHED_LABELS = 20_000;
	private static final java.util.Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();
	private static final Pattern LIST_ORDINAL = Pattern.compile("^(\\d+)、");
	private static final Pattern PAREN_ORDINAL = Pattern.compile("^\\((\\d+)\\)");
	private static final Pattern NUMBER_DOT = Pattern.compile("^\\d+\\.$");

	/**
	 * A footnote mark in a label ("第二十条第（一）项[1]" on a real page, its note "[1]该项内对外公开总数量为现行有效的
	 * 数量。" under the table): digits in square brackets, or a circled digit. No official label has one.
	 */
	private static final Pattern FOOTNOTE = Pattern.compile("[\\[［【]\\d{1,2}[\\]］】]|[\u2460-\u2473]");

	private static String normalizeNow(String text) {
		String s = Normalizer.normalize(FOOTNOTE.matcher(text).replaceAll(""), Normalizer.Form.NFKC);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
				continue;
			}
			switch (c) {
			case '“', '”', '"', '‘', '’', '\'', '「', '」', '『', '』' -> {
			}
			case '〔', '【', '[', '［' -> b.append('(');
			case '〕', '】', ']', '］' -> b.append(')');
			case '．' -> b.append('.');
			case '，' -> b.append(',');
			case '；' -> b.append(';');
			default -> b.append(c);
			}
		}
		String result = b.toString();
		result = LIST_ORDINAL.matcher(result).replaceFirst("$1.");
		result = PAREN_ORDINAL.matcher(result).replaceFirst("$1.");
		while (!result.isEmpty() && "。:;,.".indexOf(result.charAt(result.length() - 1)) >= 0
				&& !NUMBER_DOT.matcher(result).matches()) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	/** The ordinal a label starts with (一、 (一) 1.), normalized, or "" when it has none. */
	public static String ordinal(String normalized) {
		Matcher m = ORDINAL.matcher(normalized);
		return m.find() ? m.group() : "";
	}

	/** The label without its ordinal and without any punctuation. */
	public static String core(String normalized) {
		return loose(normalized.substring(ordinal(normalized).length()));
	}

	/** Letters, digits and ideographs only. */
	public static String loose(String normalized) {
		StringBuilder b = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length();) {
			int c = normalized.codePointAt(i);
			if (Character.isLetterOrDigit(c)) {
				b.appendCodePoint(c);
			}
			i += Character.charCount(c);
		}
		return b.toString();
	}

	/** A trailing unit of money the label states ("采购总金额（万元）", "（单位：万元）"), or null. */
	public static String unit(String text) {
		Matcher m = UNIT.matcher(normalize(text));
		return m.find() ? m.group(1) : null;
	}

	/** The label without a trailing unit of money. */
	public static String withoutUnit(String normalized) {
		return UNIT.matcher(normalized).replaceFirst("");
	}

	/**
	 * How well a published label (one line, or one cell) matches an official label.
	 *
	 * @param joined whether the published label was put together from several lines of a scrape;
	 *        such a label must match exactly, since its last line may be the next row's label
	 */
	public static int score(String published, String official, boolean joined) {
		String p = normalize(published);
		String o = normalize(official);
		if (p.isEmpty() || o.isEmpty()) {
			return NONE;
		}
		if (loose(p).equals(loose(o))) {
			return EXACT;
		}
		if (joined) {
			return NONE;
		}
		String po = ordinal(p);
		String oo = ordinal(o);
		if (!po.isEmpty() && !oo.isEmpty() && !loose(po).equals(loose(oo))) {
			return NONE;
		}
		String pc = core(p);
		String oc = core(o);
		if (pc.isEmpty() || oc.isEmpty()) {
			return NONE;
		}
		if (po.isEmpty() && !oo.isEmpty() && pc.length() < 4) {
			// 总计, 其他: column headers, not the rows （七）总计, 3.其他
			return NONE;
		}
		if (pc.equals(oc)) {
			return CORE;
		}
		if (oc.length() >= 2 && pc.startsWith(oc) && (!oo.isEmpty() || oc.length() >= 4 || !po.isEmpty())) {
			return APPENDED;
		}
		// the old label for the same row (规范性文件 for 行政规范性文件)
		if (pc.length() >= 4 && oc.endsWith(pc)) {
			return CORE - 5;
		}
		if (pc.length() >= 4 && oc.startsWith(pc) && !po.isEmpty() && po.equals(oo)) {
			return SHORTENED;
		}
		if (!po.isEmpty() && po.equals(oo) && pc.length() >= 5 && oc.length() >= 5
				&& GprLinkingDiagnosticMessageProvider.distance(loose(pc), loose(oc)) <= Math.max(1, oc.length() / 4)) {
			return SIMILAR;
		}
		return NONE;
	}

	/** Whether a published heading names an official section (一、总体情况 and its published variants). */
	public static boolean isSection(String published, String official) {
		String p = normalize(published);
		String o = normalize(official);
		if (p.length() > 40) {
			return false;
		}
		String po = ordinal(p);
		String oo = ordinal(o);
		if (po.isEmpty() || !po.equals(oo)) {
			return false;
		}
		// a heading joins its parts with 、, 与, 和 or 及 ("四、政府信息公开行政复议与行政诉讼情况" on a
		// real page): the joining word is no part of what the heading names
		String pc = withoutConjunctions(core(p));
		String oc = withoutConjunctions(core(o));
		return !pc.isEmpty() && (pc.contains(oc) || oc.contains(pc));
	}

	/**
	 * Whether a published heading names an official section in other closing words: the same
	 * ordinal, and the first half (at least 4 characters) of what the official heading names
	 * ("五、存在的主要问题及整改措施" on a real page for "五、存在的主要问题及改进情况"). The importer
	 * reads such a heading as the section and says so, quoting both.
	 */
	public static boolean isSimilarSection(String published, String official) {
		String p = normalize(published);
		String o = normalize(official);
		if (p.length() > 40) {
			return false;
		}
		String po = ordinal(p);
		if (po.isEmpty() || !po.equals(ordinal(o))) {
			return false;
		}
		String pc = withoutConjunctions(core(p));
		String oc = withoutConjunctions(core(o));
		int common = 0;
		while (common < pc.length() && common < oc.length() && pc.charAt(common) == oc.charAt(common)) {
			common++;
		}
		// or a character left out, added or changed ("六、其他需报告的事项" on a real page)
		return oc.length() >= 6 && (common >= Math.max(4, (oc.length() + 1) / 2)
				|| GprLinkingDiagnosticMessageProvider.distance(pc, oc) <= Math.max(1, oc.length() / 8));
	}

	/**
	 * Whether a published heading names an official section under another number: the same words
	 * after a different ordinal ("一、主动公开政府信息情况" in a report that numbers its own parts
	 * first and its tables after them, for "二、主动公开政府信息情况"). The importer reads such a
	 * heading as the section and says so, quoting both.
	 */
	public static boolean isRenumberedSection(String published, String official) {
		String p = normalize(published);
		String o = normalize(official);
		String po = ordinal(p);
		String oo = ordinal(o);
		// the same kind of ordinal (五、 for 六、), not a sub-heading's （一）
		if (p.length() > 40 || po.isEmpty() || oo.isEmpty() || po.charAt(po.length() - 1) != oo.charAt(oo.length() - 1)) {
			return false;
		}
		String pc = withoutConjunctions(core(p));
		return pc.length() >= 6 && pc.equals(withoutConjunctions(core(o)));
	}

	private static String withoutConjunctions(String core) {
		return core.replace("与", "").replace("和", "").replace("及", "");
	}

	/** Whether a fragment of a header (a line of a scrape, a header cell) is part of one of the texts. */
	public static boolean isFragmentOf(String fragment, List<String> texts) {
		String f = loose(withoutUnit(normalize(fragment)));
		if (f.isEmpty()) {
			return normalize(fragment).matches("\\(?(单位:)?(亿元|万元|元)?\\)?|/|\\|");
		}
		for (String text : texts) {
			if (loose(normalize(text)).contains(f)) {
				return true;
			}
		}
		return false;
	}
}
