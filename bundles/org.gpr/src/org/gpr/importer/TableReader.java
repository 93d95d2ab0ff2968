package org.gpr.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gpr.format.EffectiveTable;
import org.gpr.format.EffectiveTable.RowNode;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.ColumnGroup;

/**
 * Turns the blocks of one section that holds tables into rows: a row label (or a label path,
 * from a web page's spanned cells) with the cells that follow it. From a scrape, where each cell
 * is a line, the label is found by matching lines (or several lines joined, "本年新 / 制作数量")
 * against the format's labels and the cells are the number lines after it; from a web page, the
 * last cells of a grid row are the values and the cells before them the labels.
 */
public final class TableReader {

	/** Published header words that are not the format's own but name the same columns. */
	private static final List<String> HEADER_VARIANTS = List.of("相比上年增/减", "比上年增/减", "本年增/减", "增/减",
			"上一年项目数量", "上年项目数量", "自然人", "申请人情况", "信息内容", "项目", "合计", "单位:件", "单位:万元",
			"本年处理决定数量", "处理决定数量", "本年收费金额");

	/** What one row item is. */
	public enum Kind {
		/** The caption of a table (第二十条第（一）项): what follows is that table. */
		CAPTION,
		/** Column headers. */
		HEADER,
		/** A row label, with or without cells, matched to a row of the format or not. */
		ROW,
		/** Text that is none of these. */
		TEXT
	}

	/**
	 * @param table the format table the item belongs to (null when not known)
	 * @param node the row or row group its label matched (null when none)
	 * @param labels the label, or a web page's label path, outermost first
	 * @param cells the cell texts after the label (null when only a label)
	 */
	public record Item(Kind kind, EffectiveTable table, RowNode node, List<String> labels, List<String> cells, int line) {
		public String label() {
			return labels.isEmpty() ? "" : labels.get(labels.size() - 1);
		}
	}

	private final List<EffectiveTable> tables;
	private EffectiveTable current;
	private final Set<RowNode> used = new HashSet<>();
	private final List<Item> items = new ArrayList<>();

	public TableReader(List<EffectiveTable> tables) {
		this.tables = tables;
		this.current = tables.size() == 1 ? tables.get(0) : null;
	}

	/** Reads the blocks of the section, in order. */
	public List<Item> read(List<SourceDocument.Block> blocks) {
		List<SourceDocument.Line> run = new ArrayList<>();
		for (SourceDocument.Block block : blocks) {
			if (block instanceof SourceDocument.Line line) {
				run.add(line);
			} else if (block instanceof SourceDocument.Grid grid) {
				readLines(run);
				run.clear();
				readGrid(grid);
			}
		}
		readLines(run);
		return items;
	}

	// --- scrapes: one cell per line --------------------------------------------------

	private void readLines(List<SourceDocument.Line> lines) {
		List<SourceDocument.Line> pending = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			if (CellText.isCell(lines.get(i).text())) {
				int j = i;
				List<String> cells = new ArrayList<>();
				while (j < lines.size() && CellText.isCell(lines.get(j).text())) {
					cells.add(lines.get(j).text());
					j++;
				}
				attachCells(pending, cells, lines.get(i).line());
				pending.clear();
				i = j;
				continue;
			}
			int matched = matchLines(lines, i, pending);
			if (matched == 0) {
				pending.add(lines.get(i));
				i++;
			} else {
				i += matched;
			}
		}
		flushText(pending);
	}

	/** Matches the longest run of text lines starting at i; returns how many lines it took (0: none). */
	private int matchLines(List<SourceDocument.Line> lines, int i, List<SourceDocument.Line> pending) {
		for (int k = Math.min(4, lines.size() - i); k >= 1; k--) {
			StringBuilder joined = new StringBuilder();
			boolean text = true;
			for (int j = i; j < i + k; j++) {
				if (CellText.isCell(lines.get(j).text())) {
					text = false;
					break;
				}
				joined.append(lines.get(j).text());
			}
			if (!text) {
				continue;
			}
			String candidate = joined.toString();
			int line = lines.get(i).line();
			EffectiveTable caption = caption(candidate);
			if (caption != null) {
				flushText(pending);
				current = caption;
				items.add(new Item(Kind.CAPTION, caption, null, List.of(candidate), null, line));
				return k;
			}
			Match row = matchRow(List.of(candidate), k > 1);
			if (row != null) {
				flushText(pending);
				current = row.table;
				used.add(row.node);
				items.add(new Item(Kind.ROW, row.table, row.node, List.of(candidate), null, line));
				return k;
			}
			if (isHeader(candidate)) {
				flushText(pending);
				items.add(new Item(Kind.HEADER, current, null, List.of(candidate), null, line));
				return k;
			}
		}
		return 0;
	}

	private void attachCells(List<SourceDocument.Line> pending, List<String> cells, int line) {
		if (!pending.isEmpty()) {
			StringBuilder label = new StringBuilder();
			pending.forEach(l -> label.append(l.text()));
			items.add(new Item(Kind.ROW, current, null, List.of(label.toString()), cells, pending.get(0).line()));
			return;
		}
		Item last = items.isEmpty() ? null : items.get(items.size() - 1);
		if (last != null && last.kind() == Kind.ROW && last.cells() == null) {
			items.set(items.size() - 1, new Item(Kind.ROW, last.table(), last.node(), last.labels(), cells, last.line()));
			return;
		}
		items.add(new Item(Kind.ROW, current, null, List.of(), cells, line));
	}

	private void flushText(List<SourceDocument.Line> pending) {
		for (SourceDocument.Line line : pending) {
			items.add(new Item(Kind.TEXT, current, null, List.of(line.text()), null, line.line()));
		}
		pending.clear();
	}

	// --- web pages: grids --------------------------------------------------------------

	private void readGrid(SourceDocument.Grid grid) {
		for (int r = 0; r < grid.rows().size(); r++) {
			List<SourceDocument.GridCell> row = grid.rows().get(r);
			List<String> texts = distinctTexts(row, 0, row.size(), Set.of());
			if (texts.isEmpty()) {
				continue;
			}
			boolean anyCell = texts.stream().anyMatch(CellText::isCell);
			if (!anyCell && !hasEmptyTail(row)) {
				readTextRow(texts, grid.lineOf(r));
				continue;
			}
			readValueRow(row, texts, grid.lineOf(r));
		}
	}

	/** A row that is all text: a caption, a lone row-group label, or headers. */
	private void readTextRow(List<String> texts, int line) {
		if (texts.stream().distinct().count() == 1) {
			EffectiveTable caption = caption(texts.get(0));
			if (caption != null) {
				current = caption;
				items.add(new Item(Kind.CAPTION, caption, null, texts, null, line));
				return;
			}
		}
		boolean header = texts.stream().allMatch(this::isHeader);
		if (!header) {
			Match row = matchRow(texts, false);
			if (row != null) {
				current = row.table;
				used.add(row.node);
				items.add(new Item(Kind.ROW, row.table, row.node, texts, null, line));
				return;
			}
		}
		items.add(new Item(header ? Kind.HEADER : Kind.TEXT, current, null, texts, null, line));
	}

	/**
	 * Whether a row is a label followed by blank cells (a row of blanks), not a lone label: its last
	 * cell is empty and it is wider than the table's values. The label may follow empty cells (a
	 * row-group column whose label is on the page before, when a PDF's table continues on the next
	 * page) when it is a whole label of the table: the rest of a label that a page break cut, whose
	 * values are on the page before, is not a row of its own.
	 */
	private boolean hasEmptyTail(List<SourceDocument.GridCell> row) {
		int lead = 0;
		while (lead < row.size() && row.get(lead).text().isEmpty()) {
			lead++;
		}
		if (lead == row.size() || !row.get(row.size() - 1).text().isEmpty()
				|| current != null && row.size() <= current.getLeafColumns().size()) {
			return false;
		}
		if (lead == 0) {
			return true;
		}
		String label = row.get(lead).text();
		return current != null && current.getAllRowNodes().stream()
				.anyMatch(node -> node.getLabel() != null && LabelMatcher.score(label, node.getLabel(), false) == LabelMatcher.EXACT);
	}

	private void readValueRow(List<SourceDocument.GridCell> row, List<String> texts, int line) {
		// the label cells lead the row (after empty cells: a row-group column whose label is on the
		// page before); the cells after them are the values
		int lead = 0;
		while (lead < row.size() && row.get(lead).text().isEmpty()) {
			lead++;
		}
		int firstValue = lead;
		while (firstValue < row.size() && !row.get(firstValue).text().isEmpty() && !CellText.isCell(row.get(firstValue).text())) {
			firstValue++;
		}
		if (firstValue == lead) {
			// no label after the empty cells: they are blank values
			lead = 0;
			firstValue = 0;
		}
		Set<Integer> labelOrigins = new HashSet<>();
		row.subList(lead, firstValue).forEach(c -> labelOrigins.add(c.origin()));
		List<SourceDocument.GridCell> rest = new ArrayList<>();
		for (SourceDocument.GridCell cell : row.subList(firstValue, row.size())) {
			if (!labelOrigins.contains(cell.origin())) {
				rest.add(cell);
			}
		}
		List<String> labels = distinctTexts(row, lead, firstValue, Set.of());
		List<EffectiveTable> candidates = new ArrayList<>();
		if (current != null) {
			candidates.add(current);
		}
		tables.stream().filter(t -> t != current).forEach(candidates::add);
		Item fallback = null;
		for (EffectiveTable table : candidates) {
			List<String> values = values(rest, table.getLeafColumns().size());
			if (values.stream().anyMatch(v -> !v.isEmpty() && !CellText.isCell(v))) {
				continue;
			}
			Match match = labels.isEmpty() ? null : matchRow(table, labels, false);
			if (match != null) {
				current = table;
				used.add(match.node);
				items.add(new Item(Kind.ROW, table, match.node, labels, values, line));
				return;
			}
			if (fallback == null && (table == current || labels.isEmpty())) {
				fallback = new Item(Kind.ROW, table, null, labels, values, line);
			}
		}
		if (fallback != null && fallback.cells().stream().allMatch(String::isEmpty)) {
			readTextRow(texts, line);
		} else if (fallback != null) {
			current = fallback.table();
			items.add(fallback);
		} else {
			items.add(new Item(Kind.TEXT, current, null, List.of(String.join(" | ", texts)), null, line));
		}
	}

	/**
	 * The value cells of a row for a table of n columns: empty cells that pad the row on the right
	 * (a narrower block of a wider table) are dropped, then cells a colspan repeated, then the last n
	 * are taken. Fewer than n are returned as they are (the matcher reports them).
	 */
	private static List<String> values(List<SourceDocument.GridCell> cells, int n) {
		List<SourceDocument.GridCell> values = new ArrayList<>(cells);
		while (values.size() > n && values.get(values.size() - 1).text().isEmpty()) {
			values.remove(values.size() - 1);
		}
		for (int i = values.size() - 1; i > 0 && values.size() > n; i--) {
			if (values.get(i).origin() == values.get(i - 1).origin()) {
				values.remove(i);
			}
		}
		if (values.size() > n) {
			values = values.subList(values.size() - n, values.size());
		}
		return values.stream().map(SourceDocument.GridCell::text).toList();
	}

	private static List<String> distinctTexts(List<SourceDocument.GridCell> row, int from, int to, Set<Integer> skip) {
		List<String> texts = new ArrayList<>();
		int previous = -1;
		for (int i = from; i < to; i++) {
			SourceDocument.GridCell cell = row.get(i);
			if (cell.origin() == previous || skip.contains(cell.origin())) {
				continue;
			}
			previous = cell.origin();
			if (!cell.text().isEmpty()) {
				texts.add(cell.text());
			}
		}
		return texts;
	}

	// --- matching --------------------------------------------------------------------

	private record Match(EffectiveTable table, RowNode node, int score) {
	}

	private EffectiveTable caption(String text) {
		for (EffectiveTable table : tables) {
			if (tables.size() > 1 && LabelMatcher.score(text, table.getLabel(), true) == LabelMatcher.EXACT) {
				return table;
			}
		}
		return null;
	}

	/** The best row for a label (path) in the current table, else in the section's other tables. */
	private Match matchRow(List<String> labels, boolean joined) {
		if (current != null) {
			Match match = matchRow(current, labels, joined);
			if (match != null) {
				return match;
			}
		}
		for (EffectiveTable table : tables) {
			if (table != current) {
				Match match = matchRow(table, labels, joined);
				if (match != null) {
					return match;
				}
			}
		}
		return null;
	}

	private Match matchRow(EffectiveTable table, List<String> labels, boolean joined) {
		String label = labels.get(labels.size() - 1);
		Match best = null;
		for (RowNode node : table.getAllRowNodes()) {
			String official = node.getLabel();
			if (official == null) {
				continue;
			}
			int score = LabelMatcher.score(label, official, joined);
			if (score == LabelMatcher.NONE) {
				continue;
			}
			if (!used.contains(node)) {
				score += 5;
			}
			if (labels.size() > 1 && parentMatches(table, node, labels)) {
				score += 10;
			}
			if (best == null || score > best.score) {
				best = new Match(table, node, score);
			}
		}
		return best;
	}

	private static boolean parentMatches(EffectiveTable table, RowNode node, List<String> labels) {
		for (RowNode candidate : table.getAllRowNodes()) {
			if (candidate.getChildren().contains(node)) {
				for (String label : labels.subList(0, labels.size() - 1)) {
					if (LabelMatcher.score(label, candidate.getLabel(), false) > 0) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private boolean isHeader(String text) {
		List<String> words = new ArrayList<>(HEADER_VARIANTS);
		for (EffectiveTable table : current != null ? List.of(current) : tables) {
			words.add(table.getLabel());
			if (table.getTable().getHeader() != null) {
				words.add(table.getTable().getHeader());
			}
			if (table.getTable().getCorner() != null) {
				words.add(table.getTable().getCorner());
			}
			collectColumnLabels(table.getTable().getColumns(), words);
		}
		return LabelMatcher.isFragmentOf(text, words);
	}

	static void collectColumnLabels(List<ColumnDef> columns, List<String> into) {
		for (ColumnDef column : columns) {
			if (column.getLabel() != null) {
				into.add(column.getLabel());
			}
			if (column instanceof ColumnGroup group) {
				collectColumnLabels(group.getColumns(), into);
			}
		}
	}
}
