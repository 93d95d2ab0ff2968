package org.gpr.importer;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Reads one HTML table into a grid: rowspan and colspan expanded, so that each row has a cell at
 * every column and the labels of row groups (三、本年度办理结果 spanning twenty rows) are seen by
 * every row they span.
 */
public final class HtmlTableReader {

	/** Spans beyond these are typing errors in the page, not layout. */
	private static final int MAX_COLSPAN = 50;
	private static final int MAX_ROWSPAN = 200;

	public SourceDocument.Grid read(Element table, int line) {
		List<Element> rows = table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
		GridBuilder grid = new GridBuilder(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			grid.line(r, lineOf(rows.get(r), line));
			int column = 0;
			for (Element cell : rows.get(r).children()) {
				if (!cell.nameIs("td") && !cell.nameIs("th")) {
					continue;
				}
				column = grid.free(r, column);
				int colspan = span(cell.attr("colspan"), MAX_COLSPAN);
				int rowspan = span(cell.attr("rowspan"), MAX_ROWSPAN);
				grid.place(r, column, rowspan, colspan, TextReader.strip(cell.text()));
				column += colspan;
			}
		}
		return grid.build(line);
	}

	private static int lineOf(Element row, int fallback) {
		int line = row.sourceRange().start().lineNumber();
		return line > 0 ? line : fallback;
	}

	private static int span(String text, int max) {
		try {
			int value = Integer.parseInt(text.trim());
			return Math.max(1, Math.min(value, max));
		} catch (NumberFormatException e) {
			return 1;
		}
	}
}
