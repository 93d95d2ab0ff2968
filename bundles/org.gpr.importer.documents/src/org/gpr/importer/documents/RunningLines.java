package org.gpr.importer.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The running headers and footers of a printed document: lines at the top or bottom of a page
 * that are not the report's text. A browser prints the date and the page's title at the top of
 * every page and its address with the page's number ({@code 2/5}) at the bottom; other printers
 * repeat a title or a footer. A page's first line (its last line) is such a line when the same
 * line, up to its digits, is the first (last) line of another page too, or when it has the form
 * a browser gives it (it starts with a date and a time, or it holds an address and ends in a
 * page's number). Only the edges of a page are looked at: a line within the text is the report's.
 */
final class RunningLines {

	/** A browser's header: 12/2/26, 5:46 AM, 2026/12/2 05:46, 2026-12-02 05:46 … then the title. */
	private static final Pattern DATED = Pattern.compile(
			"^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}[,，]?\\s*(上午|下午)?\\s*\\d{1,2}:\\d{2}(:\\d{2})?(\\s*([AaPp][Mm]|上午|下午))?(\\s.*)?$");
	/** A browser's footer: the page's address and its number (file:///…/page.html 2/5). */
	private static final Pattern ADDRESSED = Pattern.compile(
			"^.*\\b(https?|file)://\\S*.*?\\s\\d{1,3}\\s*/\\s*\\d{1,3}$|^\\d{1,3}\\s*/\\s*\\d{1,3}\\s+.*\\b(https?|file)://\\S*$");

	private RunningLines() {
	}

	/** Removes the running lines from the pages' blocks (each page's blocks in reading order). */
	static void strip(List<List<Object>> pages) {
		Map<String, Integer> tops = new HashMap<>();
		Map<String, Integer> bottoms = new HashMap<>();
		for (List<Object> page : pages) {
			count(tops, first(page));
			count(bottoms, last(page));
		}
		for (List<Object> page : pages) {
			PdfTables.TextLine top = first(page);
			if (top != null && (repeated(tops, top) || printedByBrowser(top.text()))) {
				page.remove(0);
			}
			PdfTables.TextLine bottom = last(page);
			if (bottom != null && (repeated(bottoms, bottom) || printedByBrowser(bottom.text()))) {
				page.remove(page.size() - 1);
			}
		}
	}

	private static PdfTables.TextLine first(List<Object> page) {
		return !page.isEmpty() && page.get(0) instanceof PdfTables.TextLine line ? line : null;
	}

	private static PdfTables.TextLine last(List<Object> page) {
		return !page.isEmpty() && page.get(page.size() - 1) instanceof PdfTables.TextLine line ? line : null;
	}

	/** Whether a line has the form of a browser's running header or footer. */
	static boolean printedByBrowser(String text) {
		return DATED.matcher(text).matches() || ADDRESSED.matcher(text).matches();
	}

	/** A line up to its digits and spaces: the same header on page 2 and page 3 is one key. */
	private static String key(PdfTables.TextLine line) {
		return line.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
	}

	private static void count(Map<String, Integer> counts, PdfTables.TextLine line) {
		if (line != null) {
			counts.merge(key(line), 1, Integer::sum);
		}
	}

	private static boolean repeated(Map<String, Integer> counts, PdfTables.TextLine line) {
		return counts.getOrDefault(key(line), 0) >= 2;
	}
}
