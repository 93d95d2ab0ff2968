package org.gpr.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link SourceDocument.Grid} from a table's source cells and their spans, the same way
 * for every source (HTML {@code rowspan}/{@code colspan}, Word {@code gridSpan}/{@code vMerge}, a
 * PDF's merged ruled cells): every position a cell covers repeats its text and origin, and
 * positions no cell covers are empty.
 */
public final class GridBuilder {

	private final Map<Integer, Map<Integer, SourceDocument.GridCell>> placed = new HashMap<>();
	private final Map<Integer, Integer> lines = new HashMap<>();
	private final int maxRows;
	private int origin;
	private int width;
	private int height;

	/** @param maxRows rows beyond this are not placed (a rowspan that is a typing error) */
	public GridBuilder(int maxRows) {
		this.maxRows = maxRows;
	}

	/** The first column of a row that no cell covers yet, from {@code column} on. */
	public int free(int row, int column) {
		Map<Integer, SourceDocument.GridCell> cells = placed.get(row);
		while (cells != null && cells.containsKey(column)) {
			column++;
		}
		return column;
	}

	/** Places a source cell at a row and column, covering {@code rowspan} × {@code colspan} positions. */
	public void place(int row, int column, int rowspan, int colspan, String text) {
		SourceDocument.GridCell cell = new SourceDocument.GridCell(text, origin++);
		for (int r = row; r < row + Math.max(1, rowspan) && r < maxRows; r++) {
			Map<Integer, SourceDocument.GridCell> target = placed.computeIfAbsent(r, k -> new HashMap<>());
			for (int c = column; c < column + Math.max(1, colspan); c++) {
				target.put(c, cell);
			}
			height = Math.max(height, r + 1);
		}
		width = Math.max(width, column + Math.max(1, colspan));
	}

	/** Extends the cell above a position down to it (a vertical merge that continues). */
	public boolean continueDown(int row, int column, int colspan) {
		Map<Integer, SourceDocument.GridCell> above = placed.get(row - 1);
		SourceDocument.GridCell cell = above == null ? null : above.get(column);
		if (cell == null) {
			return false;
		}
		Map<Integer, SourceDocument.GridCell> target = placed.computeIfAbsent(row, k -> new HashMap<>());
		for (int c = column; c < column + Math.max(1, colspan); c++) {
			target.put(c, cell);
		}
		height = Math.max(height, row + 1);
		width = Math.max(width, column + Math.max(1, colspan));
		return true;
	}

	/** The source place (a line, a page and line) of a row. */
	public void line(int row, int line) {
		lines.putIfAbsent(row, line);
		height = Math.max(height, Math.min(row + 1, maxRows));
	}

	public SourceDocument.Grid build(int line) {
		List<List<SourceDocument.GridCell>> grid = new ArrayList<>();
		List<Integer> rowLines = new ArrayList<>();
		for (int r = 0; r < height; r++) {
			Map<Integer, SourceDocument.GridCell> row = placed.getOrDefault(r, Map.of());
			List<SourceDocument.GridCell> cells = new ArrayList<>();
			for (int c = 0; c < width; c++) {
				SourceDocument.GridCell cell = row.get(c);
				cells.add(cell != null ? cell : new SourceDocument.GridCell("", origin++));
			}
			grid.add(cells);
			rowLines.add(lines.getOrDefault(r, 0));
		}
		return new SourceDocument.Grid(grid, rowLines, line);
	}
}
