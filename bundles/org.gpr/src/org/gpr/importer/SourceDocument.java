package org.gpr.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A published report as read from its file, before anything is matched: text lines (a paragraph
 * of the web page, or one line of a scrape) and tables (the grid of an HTML table, spans expanded).
 *
 * @param html whether the file was a web page
 */
public record SourceDocument(List<Block> blocks, boolean html) {

	/** One piece of the page, in reading order. */
	public sealed interface Block permits Line, Grid {
		/** The 1-based line of the file it starts on (0 when unknown). */
		int line();
	}

	/** A paragraph, a heading, a list item, or in a scrape any non-empty line (one table cell). */
	public record Line(String text, int line) implements Block {
	}

	/**
	 * A table with rowspan and colspan expanded: every row has a cell at every column; a cell
	 * covered by a span repeats the text and the {@code origin} of the cell that spans it.
	 */
	public record Grid(List<List<GridCell>> rows, int line) implements Block {

		/** The texts of a row's source cells, each once however many columns it spans; empty cells left out. */
		public static List<String> texts(List<GridCell> row) {
			List<String> texts = new ArrayList<>();
			int previous = -1;
			for (GridCell cell : row) {
				if (cell.origin() != previous && !cell.text().isEmpty()) {
					texts.add(cell.text());
				}
				previous = cell.origin();
			}
			return texts;
		}
	}

	/** One position of a {@link Grid}: its text and which source cell it comes from. */
	public record GridCell(String text, int origin) {
	}
}
