package org.gpr.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		Map<Integer, Map<Integer, SourceDocument.GridCell>> placed = new HashMap<>();
		int origin = 0;
		int width = 0;
		for (int r = 0; r < rows.size(); r++) {
			Map<Integer, SourceDocument.GridCell> row = placed.computeIfAbsent(r, k -> new HashMap<>());
			int column = 0;
			for (Element cell : rows.get(r).children()) {
				if (!cell.nameIs("td") && !cell.nameIs("th")) {
					continue;
				}
				while (row.containsKey(column)) {
					column++;
				}
				int colspan = span(cell.attr("colspan"), MAX_COLSPAN);
				int rowspan = span(cell.attr("rowspan"), MAX_ROWSPAN);
				SourceDocument.GridCell value = new SourceDocument.GridCell(TextReader.strip(cell.text()), origin++);
				for (int dr = 0; dr < rowspan && r + dr < rows.size(); dr++) {
					Map<Integer, SourceDocument.GridCell> target = placed.computeIfAbsent(r + dr, k -> new HashMap<>());
					for (int dc = 0; dc < colspan; dc++) {
						target.put(column + dc, value);
					}
				}
				column += colspan;
				width = Math.max(width, column);
			}
		}
		List<List<SourceDocument.GridCell>> grid = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			Map<Integer, SourceDocument.GridCell> row = placed.getOrDefault(r, Map.of());
			List<SourceDocument.GridCell> cells = new ArrayList<>();
			for (int c = 0; c < width; c++) {
				SourceDocument.GridCell cell = row.get(c);
				cells.add(cell != null ? cell : new SourceDocument.GridCell("", origin++));
			}
			grid.add(cells);
		}
		return new SourceDocument.Grid(grid, line);
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
