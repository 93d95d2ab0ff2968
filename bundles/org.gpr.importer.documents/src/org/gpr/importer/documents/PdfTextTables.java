package org.gpr.importer.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.gpr.importer.CellText;
import org.gpr.importer.GridBuilder;
import org.gpr.importer.SourceDocument;
import org.gpr.importer.documents.PdfPageReader.Glyph;

/**
 * Tables printed without ruling lines (an HTML table with {@code border="0"}, printed by a
 * browser or LibreOffice): found from the alignment of their text alone. A line is cut into
 * chunks where the space between two glyphs is wider than the space between the glyphs of a word
 * (a tenth of the font size; the glyphs of Chinese text touch). A <em>value row</em> is a line of
 * at least two chunks whose chunks after the first are all numbers (or dashes): a label and its
 * cells. A table is a run of value rows, at least two, whose labels start at one x and whose
 * cells start at the x of columns that every value row shares, with the lines between them
 * (captions, headers) and the headers and the caption right above them; a header's chunks must
 * start at those columns too. Each line is a row of the table, each chunk a cell spanning the
 * columns up to the next chunk's, as the HTML table's {@code colspan} did.
 */
final class PdfTextTables {

	/** A gap wider than this many font sizes separates two chunks of a line. */
	private static final float CHUNK_GAP = 0.1f;
	/** Starts this close are one column. */
	private static final float ALIGN = 2.5f;
	/** Lines between two value rows of one table (captions and headers of the next part). */
	private static final int BETWEEN = 3;
	/** Header lines above the first value row, and one caption above them. */
	private static final int ABOVE = 3;

	/** One table found: the free lines {@code from} to {@code to} (inclusive) and its grid. */
	record Found(int from, int to, SourceDocument.Grid grid) {
	}

	/** A chunk of a line: its text and the x it starts at. */
	private record Chunk(String text, float x) {
	}

	private PdfTextTables() {
	}

	/**
	 * The tables among a page's free lines, top to bottom.
	 *
	 * @param lines the lines, each left to right, top to bottom
	 * @param full whether a line runs to the right margin (a paragraph's line, never a table's)
	 * @param apart whether a ruled table lies between line i and line i + 1
	 * @param lineOf the place of a baseline
	 */
	static List<Found> find(List<List<Glyph>> lines, boolean[] full, boolean[] apart, IntUnaryOperator lineOf) {
		int n = lines.size();
		List<List<Chunk>> chunks = new ArrayList<>();
		boolean[] value = new boolean[n];
		for (int i = 0; i < n; i++) {
			List<Chunk> line = chunks(lines.get(i));
			chunks.add(line);
			value[i] = !full[i] && isValueRow(line);
		}
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < n) {
			if (!value[i]) {
				i++;
				continue;
			}
			// the run of value rows from i, with at most BETWEEN other lines between two of them
			List<Integer> rows = new ArrayList<>();
			rows.add(i);
			int last = i;
			for (int j = i + 1; j < n && j - last <= BETWEEN + 1 && !apart[j - 1] && !full[j]; j++) {
				if (value[j]) {
					rows.add(j);
					last = j;
				}
			}
			Found table = rows.size() >= 2 ? table(lines, chunks, full, apart, rows, lineOf) : null;
			if (table == null) {
				i++;
				continue;
			}
			found.add(table);
			i = table.to() + 1;
		}
		return found;
	}

	private static Found table(List<List<Glyph>> lines, List<List<Chunk>> chunks, boolean[] full, boolean[] apart,
			List<Integer> rows, IntUnaryOperator lineOf) {
		// the label's x: where most value rows start
		float labelX = mostCommon(rows.stream().map(r -> chunks.get(r).get(0).x()).toList());
		List<Float> starts = new ArrayList<>();
		for (int r : rows) {
			if (Math.abs(chunks.get(r).get(0).x() - labelX) > ALIGN) {
				return null;
			}
			chunks.get(r).subList(1, chunks.get(r).size()).forEach(c -> starts.add(c.x()));
		}
		List<Float> columns = clusters(starts);
		int from = rows.get(0);
		int to = rows.get(rows.size() - 1);
		for (int k = from; k <= to; k++) {
			if (!rows.contains(k) && !aligned(chunks.get(k), labelX, columns)) {
				return null;
			}
		}
		// a value row's every cell starts at a column that another value row also has a cell at
		for (int r : rows) {
			for (Chunk c : chunks.get(r).subList(1, chunks.get(r).size())) {
				long sharing = rows.stream().filter(o -> o != r)
						.filter(o -> chunks.get(o).stream().skip(1).anyMatch(d -> Math.abs(d.x() - c.x()) <= ALIGN)).count();
				if (sharing == 0) {
					return null;
				}
			}
		}
		// headers right above, and a caption above them
		int above = 0;
		while (from > 0 && above < ABOVE && !apart[from - 1] && !full[from - 1] && chunks.get(from - 1).size() >= 2
				&& aligned(chunks.get(from - 1), labelX, columns)) {
			from--;
			above++;
		}
		if (above > 0 && from > 0 && !apart[from - 1] && !full[from - 1] && chunks.get(from - 1).size() == 1) {
			from--;
		}
		List<Float> cuts = new ArrayList<>();
		cuts.add(labelX);
		cuts.addAll(columns);
		GridBuilder builder = new GridBuilder(to - from + 1);
		for (int k = from; k <= to; k++) {
			List<Chunk> line = chunks.get(k);
			int row = k - from;
			for (int c = 0; c < line.size(); c++) {
				int column = column(cuts, line.get(c).x());
				int next = c + 1 < line.size() ? column(cuts, line.get(c + 1).x()) : cuts.size();
				builder.place(row, column, 1, Math.max(1, next - column), line.get(c).text());
			}
			builder.line(row, lineOf.applyAsInt(k));
		}
		return new Found(from, to, builder.build(lineOf.applyAsInt(from)));
	}

	/** Whether every chunk of a line after the first starts at a column, and its first at the label or a column. */
	private static boolean aligned(List<Chunk> line, float labelX, List<Float> columns) {
		if (line.size() == 1) {
			return true;
		}
		if (Math.abs(line.get(0).x() - labelX) > ALIGN && columns.stream().noneMatch(x -> Math.abs(x - line.get(0).x()) <= ALIGN)) {
			return false;
		}
		for (Chunk c : line.subList(1, line.size())) {
			if (columns.stream().noneMatch(x -> Math.abs(x - c.x()) <= ALIGN)) {
				return false;
			}
		}
		return true;
	}

	/** The column a chunk starting at x lies in: the last cut at or left of it. */
	private static int column(List<Float> cuts, float x) {
		int column = 0;
		for (int i = 0; i < cuts.size(); i++) {
			if (cuts.get(i) <= x + ALIGN) {
				column = i;
			}
		}
		return column;
	}

	private static boolean isValueRow(List<Chunk> line) {
		if (line.size() < 2 || CellText.isCell(line.get(0).text())) {
			return false;
		}
		for (Chunk c : line.subList(1, line.size())) {
			if (!CellText.isCell(c.text())) {
				return false;
			}
		}
		return true;
	}

	/** A line's chunks: its glyphs cut where a gap is wider than a tenth of the font size. */
	private static List<Chunk> chunks(List<Glyph> line) {
		float em = (float) line.stream().mapToDouble(Glyph::width).max().orElse(10);
		List<Chunk> chunks = new ArrayList<>();
		List<Glyph> chunk = new ArrayList<>();
		Glyph previous = null;
		for (Glyph glyph : line) {
			if (previous != null && glyph.x() - (previous.x() + previous.width()) > CHUNK_GAP * em) {
				chunks.add(new Chunk(PdfTables.text(chunk), chunk.get(0).x()));
				chunk = new ArrayList<>();
			}
			chunk.add(glyph);
			previous = glyph;
		}
		if (!chunk.isEmpty()) {
			chunks.add(new Chunk(PdfTables.text(chunk), chunk.get(0).x()));
		}
		return chunks;
	}

	/** The x that most values are at (within the alignment), the smallest of those. */
	private static float mostCommon(List<Float> values) {
		float best = values.get(0);
		long count = 0;
		for (float v : values) {
			long c = values.stream().filter(o -> Math.abs(o - v) <= ALIGN).count();
			if (c > count || c == count && v < best) {
				best = v;
				count = c;
			}
		}
		return best;
	}

	/** Values grouped where they lie within the alignment of one another, each group by its smallest. */
	private static List<Float> clusters(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(null);
		List<Float> result = new ArrayList<>();
		float previous = Float.NaN;
		for (float v : sorted) {
			if (result.isEmpty() || v - previous > ALIGN) {
				result.add(v);
			}
			previous = v;
		}
		return result;
	}
}
