package org.gpr.importer.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.gpr.importer.GridBuilder;
import org.gpr.importer.SourceDocument;
import org.gpr.importer.documents.PdfPageReader.Glyph;
import org.gpr.importer.documents.PdfPageReader.Segment;

/**
 * Rebuilds one page: the ruling lines that touch one another form a table; their x and y
 * positions cut it into elementary cells, and neighbouring cells with no ruling between them are
 * one merged cell (a header spanning columns, a row-group label spanning rows). Each glyph goes
 * to the cell its centre lies in, and a cell's text is its glyphs line by line, so that a label
 * wrapped over several lines (or set one character per line) reads as one. The glyphs outside
 * every table are the page's lines of text, in reading order with the tables.
 */
final class PdfTables {

	/** A ruling this close to the page's edge is cut by it. */
	private static final float EDGE = 0.5f;
	/** Rulings this close are the same line. */
	private static final float SNAP = 3f;
	/** A page needs this many lines of text outside its tables to show where its lines end. */
	static final int MARGIN_LINES = 5;

	/**
	 * A line of text outside the tables.
	 *
	 * @param size the width of its widest glyph: a CJK glyph is as wide as the font is large
	 */
	record TextLine(String text, int line, boolean full, boolean indented, float size) {
		SourceDocument.Line asLine() {
			return new SourceDocument.Line(text, line);
		}
	}

	private record Table(float left, float top, float right, float bottom, List<Float> xs, List<Float> ys,
			List<Segment> segments) {
		boolean contains(float x, float y) {
			return x >= left - 0.5f && x <= right + 0.5f && y >= top - 0.5f && y <= bottom + 0.5f;
		}
	}

	private final PdfPageReader.Page page;
	private final int base;
	/** The ruled tables of the page. */
	private final List<Table> tables;
	/** The baselines of the page, top to bottom: a glyph's line on the page is its index + 1. */
	private final List<Float> baselines = new ArrayList<>();

	/** @param base the place number of the page's line 0 */
	PdfTables(PdfPageReader.Page page, int base) {
		this.page = page;
		this.base = base;
		List<Float> ys = page.glyphs().stream().map(Glyph::y).sorted().toList();
		for (float y : ys) {
			if (baselines.isEmpty() || y - baselines.get(baselines.size() - 1) > 2f) {
				baselines.add(y);
			}
		}
		tables = tables();
	}

	/**
	 * The place of the top of the first ruled table that runs to the left or right edge of the
	 * page, or -1. A table wider than the page is cut there when printed (LibreOffice centres it and
	 * prints the middle): its rulings end at the edge, and the cells beyond it are not on the page.
	 */
	int cutAtEdge() {
		for (Table table : tables) {
			if (table.left() <= EDGE || table.right() >= page.width() - EDGE) {
				return lineOf(table.top());
			}
		}
		return -1;
	}

	private int lineOf(float y) {
		int best = 0;
		for (int i = 0; i < baselines.size(); i++) {
			if (baselines.get(i) <= y + 2f) {
				best = i;
			}
		}
		return base + best + 1;
	}

	/**
	 * The right edge of the page's text outside the tables (without a browser's running header and
	 * footer), or NaN when the page has fewer than {@value #MARGIN_LINES} such lines to tell it by.
	 */
	float textRight(Pattern pageNumber) {
		List<List<Glyph>> body = body(split(pageNumber).lines());
		return body.size() < MARGIN_LINES ? Float.NaN : (float) body.stream().mapToDouble(PdfTables::end).max().orElse(Float.NaN);
	}

	/** The glyphs outside every ruled table, and those of each table. */
	private List<Glyph> freeGlyphs(List<List<Glyph>> inTable) {
		List<Glyph> free = new ArrayList<>();
		for (Glyph glyph : page.glyphs()) {
			int found = -1;
			for (int t = 0; t < tables.size() && found < 0; t++) {
				if (tables.get(t).contains(glyph.centerX(), glyph.centerY())) {
					found = t;
				}
			}
			if (found >= 0) {
				inTable.get(found).add(glyph);
			} else {
				free.add(glyph);
			}
		}
		return free;
	}

	/** The page's glyphs assigned to its tables, and the lines of the others: what {@link #textRight} and {@link #blocks} both read. */
	private record Split(Pattern pageNumber, List<List<Glyph>> inTable, List<List<Glyph>> lines) {
	}

	/** Made once for the page (the document's margin is read from every page before any page's blocks). */
	private Split split;

	private Split split(Pattern pageNumber) {
		if (split == null || split.pageNumber() != pageNumber) {
			List<List<Glyph>> inTable = new ArrayList<>();
			tables.forEach(t -> inTable.add(new ArrayList<>()));
			List<Glyph> free = freeGlyphs(inTable);
			split = new Split(pageNumber, inTable, List.copyOf(textLines(free, pageNumber)));
		}
		return split;
	}

	/** The lines of the glyphs outside the tables, without blank lines and page numbers. */
	private static List<List<Glyph>> textLines(List<Glyph> free, Pattern pageNumber) {
		List<List<Glyph>> lines = new ArrayList<>(lines(free));
		lines.removeIf(line -> isBlank(text(line)) || pageNumber.matcher(text(line)).matches());
		return lines;
	}

	/**
	 * The lines that set the margins of the text: without a browser's running header and footer
	 * (date, address, 2/5), which run wider than the text.
	 */
	private static List<List<Glyph>> body(List<List<Glyph>> lines) {
		List<List<Glyph>> body = new ArrayList<>(lines);
		if (!body.isEmpty() && RunningLines.printedByBrowser(text(body.get(body.size() - 1)))) {
			body.remove(body.size() - 1);
		}
		if (!body.isEmpty() && RunningLines.printedByBrowser(text(body.get(0)))) {
			body.remove(0);
		}
		return body;
	}

	/**
	 * The page's blocks in reading order: {@link TextLine}s and grids; page numbers left out.
	 *
	 * @param documentRight the right edge of the document's text ({@link #textRight}, the median of
	 *            its pages), or NaN: a page with little text outside its tables (a heading between two
	 *            tables) does not show where its lines end, and a heading would seem to run to the margin
	 */
	List<Object> blocks(Pattern pageNumber, float documentRight) {
		List<Table> tables = this.tables;
		Split split = split(pageNumber);
		List<List<Glyph>> inTable = split.inTable();
		record Placed(float top, Object block) {
		}
		List<Placed> placed = new ArrayList<>();
		for (int t = 0; t < tables.size(); t++) {
			if (!inTable.get(t).isEmpty()) {
				placed.add(new Placed(tables.get(t).top(), grid(tables.get(t), inTable.get(t))));
			}
		}
		List<List<Glyph>> lines = split.lines();
		List<List<Glyph>> body = body(lines);
		float left = (float) body.stream().mapToDouble(l -> l.get(0).x()).min().orElse(0);
		float right = (float) body.stream().mapToDouble(l -> end(l)).max().orElse(page.width());
		if (!Float.isNaN(documentRight) && documentRight > right) {
			right = documentRight;
		}
		int n = lines.size();
		boolean[] full = new boolean[n];
		boolean[] apart = new boolean[n];
		for (int i = 0; i < n; i++) {
			List<Glyph> line = lines.get(i);
			// a wrapped line ends less than a glyph of the font short of the margin
			float em = (float) line.stream().mapToDouble(Glyph::width).max().orElse(10);
			full[i] = end(line) >= right - 1.5f * em;
			if (i + 1 < n) {
				float y = line.get(0).y();
				float below = lines.get(i + 1).get(0).y();
				apart[i] = tables.stream().anyMatch(t -> t.top() >= y && t.top() <= below);
			}
		}
		// tables printed without rulings, found from the alignment of their text
		boolean[] inTextTable = new boolean[n];
		for (PdfTextTables.Found found : PdfTextTables.find(lines, full, apart, i -> lineOf(lines.get(i).get(0).y()))) {
			List<Glyph> first = lines.get(found.from());
			placed.add(new Placed(first.get(0).y() - first.get(0).height(), found.grid()));
			for (int i = found.from(); i <= found.to(); i++) {
				inTextTable[i] = true;
			}
		}
		for (int i = 0; i < n; i++) {
			if (inTextTable[i]) {
				continue;
			}
			List<Glyph> line = lines.get(i);
			String text = text(line);
			float size = (float) line.stream().mapToDouble(Glyph::width).average().orElse(10);
			boolean indented = line.get(0).x() > left + 1.2f * size;
			placed.add(new Placed(line.get(0).y() - line.get(0).height(),
					new TextLine(text, lineOf(line.get(0).y()), full[i], indented,
							(float) line.stream().mapToDouble(Glyph::width).max().orElse(size))));
		}
		placed.sort(Comparator.comparingDouble(Placed::top));
		return placed.stream().map(Placed::block).toList();
	}

	/** Empty, or only spaces (also no-break and ideographic ones, which a printed {@code &nbsp;} leaves). */
	private static boolean isBlank(String text) {
		return text.replaceAll("[\\s\\u00a0\\u3000\\u200b\\ufeff]", "").isEmpty();
	}

	private static float end(List<Glyph> line) {
		Glyph last = line.get(line.size() - 1);
		return last.x() + last.width();
	}

	// --- tables -----------------------------------------------------------------------------------

	/** The groups of rulings that touch one another, each with at least two lines each way. */
	private List<Table> tables() {
		List<Segment> segments = page.segments();
		int n = segments.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (touch(segments.get(i), segments.get(j))) {
					union(parent, i, j);
				}
			}
		}
		List<List<Segment>> groups = new ArrayList<>();
		List<Integer> roots = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int root = find(parent, i);
			int index = roots.indexOf(root);
			if (index < 0) {
				roots.add(root);
				groups.add(new ArrayList<>());
				index = groups.size() - 1;
			}
			groups.get(index).add(segments.get(i));
		}
		List<Table> tables = new ArrayList<>();
		for (List<Segment> group : groups) {
			List<Float> xs = snap(group.stream().filter(s -> !s.horizontal()).map(Segment::at).toList());
			List<Float> ys = snap(group.stream().filter(Segment::horizontal).map(Segment::at).toList());
			frame(xs, group.stream().filter(Segment::horizontal).toList());
			frame(ys, group.stream().filter(s -> !s.horizontal()).toList());
			if (xs.size() >= 2 && ys.size() >= 2) {
				tables.add(new Table(xs.get(0), ys.get(0), xs.get(xs.size() - 1), ys.get(ys.size() - 1), xs, ys, group));
			}
		}
		return tables;
	}

	/**
	 * Adds the table's outer edge where its frame line is missing: when the rulings across
	 * ({@code across}, horizontal ones for the x cuts) run on past the last cut and end together, they
	 * end at the table's edge. A browser leaves out a border that falls on the edge of the printable
	 * area (Chromium drops the right border of a table as wide as the page), and the cells of the last
	 * column would otherwise be outside the table.
	 */
	private static void frame(List<Float> cuts, List<Segment> across) {
		if (cuts.isEmpty() || across.size() < 2) {
			return;
		}
		float last = cuts.get(cuts.size() - 1);
		float end = (float) across.stream().mapToDouble(Segment::to).max().getAsDouble();
		if (end > last + SNAP && across.stream().filter(s -> s.to() >= end - SNAP).count() >= 2) {
			cuts.add(end);
		}
		float first = cuts.get(0);
		float start = (float) across.stream().mapToDouble(Segment::from).min().getAsDouble();
		if (start < first - SNAP && across.stream().filter(s -> s.from() <= start + SNAP).count() >= 2) {
			cuts.add(0, start);
		}
	}

	private static boolean touch(Segment a, Segment b) {
		if (a.horizontal() == b.horizontal()) {
			return Math.abs(a.at() - b.at()) <= SNAP && a.from() <= b.to() + SNAP && b.from() <= a.to() + SNAP;
		}
		Segment h = a.horizontal() ? a : b;
		Segment v = a.horizontal() ? b : a;
		return v.at() >= h.from() - SNAP && v.at() <= h.to() + SNAP && h.at() >= v.from() - SNAP && h.at() <= v.to() + SNAP;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		parent[find(parent, a)] = find(parent, b);
	}

	private static List<Float> snap(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(null);
		List<Float> result = new ArrayList<>();
		List<Float> cluster = new ArrayList<>();
		for (float v : sorted) {
			if (!cluster.isEmpty() && v - cluster.get(cluster.size() - 1) > SNAP) {
				result.add(average(cluster));
				cluster.clear();
			}
			cluster.add(v);
		}
		if (!cluster.isEmpty()) {
			result.add(average(cluster));
		}
		return result;
	}

	private static float average(List<Float> values) {
		float sum = 0;
		for (float v : values) {
			sum += v;
		}
		return sum / values.size();
	}

	/** Whether a ruling runs along {@code at} (within the snap) over the point {@code over}. */
	private static boolean ruled(List<Segment> segments, boolean horizontal, float at, float over) {
		for (Segment s : segments) {
			if (s.horizontal() == horizontal && Math.abs(s.at() - at) <= SNAP && s.from() - SNAP <= over
					&& s.to() + SNAP >= over) {
				return true;
			}
		}
		return false;
	}

	private SourceDocument.Grid grid(Table table, List<Glyph> glyphs) {
		int rows = table.ys().size() - 1;
		int columns = table.xs().size() - 1;
		// elementary cells, merged where no ruling separates them
		int[] parent = new int[rows * columns];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int r = 0; r < rows; r++) {
			float middleY = (table.ys().get(r) + table.ys().get(r + 1)) / 2;
			for (int c = 0; c < columns; c++) {
				float middleX = (table.xs().get(c) + table.xs().get(c + 1)) / 2;
				if (c + 1 < columns && !ruled(table.segments(), false, table.xs().get(c + 1), middleY)) {
					union(parent, r * columns + c, r * columns + c + 1);
				}
				if (r + 1 < rows && !ruled(table.segments(), true, table.ys().get(r + 1), middleX)) {
					union(parent, r * columns + c, (r + 1) * columns + c);
				}
			}
		}
		// each merged cell's extent and glyphs
		int[] top = new int[parent.length];
		int[] leftmost = new int[parent.length];
		int[] bottom = new int[parent.length];
		int[] rightmost = new int[parent.length];
		java.util.Arrays.fill(top, Integer.MAX_VALUE);
		java.util.Arrays.fill(leftmost, Integer.MAX_VALUE);
		java.util.Arrays.fill(bottom, -1);
		java.util.Arrays.fill(rightmost, -1);
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				int root = find(parent, r * columns + c);
				top[root] = Math.min(top[root], r);
				bottom[root] = Math.max(bottom[root], r);
				leftmost[root] = Math.min(leftmost[root], c);
				rightmost[root] = Math.max(rightmost[root], c);
			}
		}
		List<List<Glyph>> content = new ArrayList<>();
		for (int i = 0; i < parent.length; i++) {
			content.add(new ArrayList<>());
		}
		for (Glyph glyph : glyphs) {
			int r = index(table.ys(), glyph.centerY());
			int c = index(table.xs(), glyph.centerX());
			if (r >= 0 && c >= 0) {
				content.get(find(parent, r * columns + c)).add(glyph);
			}
		}
		// a slice is an elementary row (column) in which no cell of its own holds text and a cell from
		// above it (left of it) runs over it. Such a row is not one of the table's rows but
		// the gap between two rulings that do not line up: a printer that splits a table over a page
		// closes a cell spanning rows a little above the next row's ruling, or draws the borders of
		// neighbouring cells a little apart. It is left out, and the cells over it lose it.
		int[] rowAt = kept(rows, columns, true, parent, top, leftmost, content);
		int[] columnAt = kept(rows, columns, false, parent, top, leftmost, content);
		GridBuilder builder = new GridBuilder(rows);
		boolean[] done = new boolean[parent.length];
		float[][] rowFirst = new float[2][rows];
		java.util.Arrays.fill(rowFirst[0], Float.MAX_VALUE);
		java.util.Arrays.fill(rowFirst[1], Float.MAX_VALUE);
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				int root = find(parent, r * columns + c);
				if (done[root]) {
					continue;
				}
				done[root] = true;
				int firstRow = rowAt[top[root]];
				int lastRow = rowAt[bottom[root] + 1] - 1;
				int firstColumn = columnAt[leftmost[root]];
				int lastColumn = columnAt[rightmost[root] + 1] - 1;
				if (lastRow < firstRow || lastColumn < firstColumn) {
					continue;
				}
				List<Glyph> cell = content.get(root);
				builder.place(firstRow, firstColumn, lastRow - firstRow + 1, lastColumn - firstColumn + 1, cellText(cell));
				if (!cell.isEmpty()) {
					// a row's place is its first line of text in a cell of that row alone; a label spanning
					// rows is set in their middle, so it names the row only when no cell of its own does
					float first = (float) cell.stream().mapToDouble(Glyph::y).min().orElse(0);
					int at = lastRow == firstRow ? 0 : 1;
					if (first < rowFirst[at][firstRow]) {
						rowFirst[at][firstRow] = first;
					}
				}
			}
		}
		for (int r = 0; r < rows; r++) {
			float first = rowFirst[0][r] < Float.MAX_VALUE ? rowFirst[0][r] : rowFirst[1][r];
			if (first < Float.MAX_VALUE) {
				builder.line(r, lineOf(first));
			}
		}
		return builder.build(lineOf(table.top()));
	}

	/**
	 * The rows (columns) that are not slices, renumbered: {@code at[i]} is the new index of the first
	 * kept row at or after elementary row {@code i} ({@code at[n]} the number of kept rows), so that a
	 * cell over elementary rows {@code a..b} covers the new rows {@code at[a] .. at[b + 1] - 1}.
	 */
	private static int[] kept(int rows, int columns, boolean byRow, int[] parent, int[] top, int[] leftmost,
			List<List<Glyph>> content) {
		int n = byRow ? rows : columns;
		int across = byRow ? columns : rows;
		// the lines across that hold text: a line of no text (the gap between a table's outer frame and
		// its cells' borders, which a browser draws apart) runs over every column without a ruling, and
		// is no sign that one of them is a slice
		boolean[] holdsText = new boolean[across];
		for (int j = 0; j < across; j++) {
			for (int i = 0; i < n && !holdsText[j]; i++) {
				holdsText[j] = !content.get(find(parent, byRow ? i * columns + j : j * columns + i)).isEmpty();
			}
		}
		int[] at = new int[n + 1];
		int next = 0;
		for (int i = 0; i < n; i++) {
			at[i] = next;
			boolean own = false;
			boolean spanned = false;
			for (int j = 0; j < across && !own; j++) {
				int root = find(parent, byRow ? i * columns + j : j * columns + i);
				int start = byRow ? top[root] : leftmost[root];
				own = start == i && !content.get(root).isEmpty();
				spanned |= start < i && holdsText[j];
			}
			// a row (column) of blank cells of its own is one of the table's (a column left blank on this
			// page); a slice is one that a cell from above (from the left) runs over
			if (own || !spanned) {
				next++;
			}
		}
		at[n] = next;
		return at;
	}

	/** The elementary interval of the cuts a position lies in, or -1. */
	private static int index(List<Float> cuts, float at) {
		for (int i = 0; i + 1 < cuts.size(); i++) {
			if (at >= cuts.get(i) && at < cuts.get(i + 1)) {
				return i;
			}
		}
		return -1;
	}

	// --- text ---------------------------------------------------------------------------------------

	/** Glyphs grouped into lines (by baseline), each line left to right, lines top to bottom. */
	private static List<List<Glyph>> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<List<Glyph>> lines = new ArrayList<>();
		List<Glyph> line = new ArrayList<>();
		float baseline = Float.NaN;
		for (Glyph glyph : sorted) {
			float tolerance = Math.max(2f, glyph.height() * 0.4f);
			if (!line.isEmpty() && Math.abs(glyph.y() - baseline) > tolerance) {
				lines.add(line);
				line = new ArrayList<>();
			}
			if (line.isEmpty()) {
				baseline = glyph.y();
			}
			line.add(glyph);
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		for (List<Glyph> each : lines) {
			each.sort(Comparator.comparingDouble(Glyph::x));
		}
		return lines;
	}

	/** A line's text: glyphs in order, a space where a gap is wider than half a glyph. */
	static String text(List<Glyph> line) {
		StringBuilder text = new StringBuilder();
		Glyph previous = null;
		for (Glyph glyph : line) {
			if (previous != null) {
				float gap = glyph.x() - (previous.x() + previous.width());
				if (gap > Math.max(previous.width(), glyph.width()) * 0.5f) {
					text.append(' ');
				}
			}
			text.append(glyph.text());
			previous = glyph;
		}
		return text.toString().strip();
	}

	/** A cell's text: its lines joined (a wrapped label is one label). */
	private static String cellText(List<Glyph> glyphs) {
		StringBuilder text = new StringBuilder();
		for (List<Glyph> line : lines(glyphs)) {
			text.append(text(line));
		}
		return text.toString().strip();
	}
}
