package org.gpr.importer;

import java.util.List;
import java.util.function.ToIntFunction;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

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
		return read(table, line, HtmlTableReader::sourceLine);
	}

	/**
	 * @param place the place of a node as the document numbers it (its line, or on a page written
	 *            on very long lines an index of line and column; 0 when unknown)
	 */
	public SourceDocument.Grid read(Element table, int line, ToIntFunction<Node> place) {
		List<Element> rows = table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
		GridBuilder grid = new GridBuilder(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			int rowPlace = place.applyAsInt(rows.get(r));
			grid.line(r, rowPlace > 0 ? rowPlace : line);
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

	private static int sourceLine(Node node) {
		return Math.max(node.sourceRange().start().lineNumber(), 0);
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
