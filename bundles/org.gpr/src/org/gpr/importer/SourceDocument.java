package org.gpr.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A published report as read from its file, before anything is matched: text lines (a paragraph
 * of the web page, a line of a scrape or of a PDF page, a Word paragraph) and tables (one grid
 * model for an HTML table, a PDF table rebuilt from glyph positions and ruling lines, a Word
 * table; spans expanded). Label matching and table placement work on this model only.
 *
 * @param html whether the file was a web page
 * @param places how a block's {@code line} is named to the user (a line of the file, a page and a
 *            line on it, a paragraph or table of a Word file)
 * @param published the publication date a web page states in its metadata ({@code <meta
 *            name="PubDate">} and the like) as YYYY-MM-DD, or null; the page's own 公开日期/发布日期
 *            text, when there is one, takes precedence (see {@link PublicationDate})
 */
public record SourceDocument(List<Block> blocks, boolean html, Places places, String published) {

	public SourceDocument(List<Block> blocks, boolean html) {
		this(blocks, html, Places.LINES, null);
	}

	public SourceDocument(List<Block> blocks, boolean html, Places places) {
		this(blocks, html, places, null);
	}

	/** How the places of a source are numbered and named. */
	public interface Places {
		/** Lines of a text or HTML file: the number is the 1-based line. */
		Places LINES = line -> String.valueOf(line);

		/** The place numbered {@code line} as the user should read it, after the file name and a colon. */
		String name(int line);
	}

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
	public record Grid(List<List<GridCell>> rows, List<Integer> rowLines, int line) implements Block {

		public Grid(List<List<GridCell>> rows, int line) {
			this(rows, List.of(), line);
		}

		/** The place of a row (of its first cell in the source), else of the table. */
		public int lineOf(int row) {
			return row < rowLines.size() && rowLines.get(row) > 0 ? rowLines.get(row) : line;
		}

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
