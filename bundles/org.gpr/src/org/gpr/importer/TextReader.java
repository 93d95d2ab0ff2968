package org.gpr.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text scraped from a report's web page: the table structure is lost, each table
 * cell is a line of its own. Every non-empty line becomes a {@link SourceDocument.Line}.
 */
public final class TextReader {

	public SourceDocument read(String text) {
		List<SourceDocument.Block> blocks = new ArrayList<>();
		String[] lines = text.split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = strip(lines[i]);
			if (!line.isEmpty()) {
				blocks.add(new SourceDocument.Line(line, i + 1));
			}
		}
		return new SourceDocument(blocks, false);
	}

	/** Trims white space including no-break and ideographic spaces. */
	public static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
	}
}
