package org.gpr.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.EffectiveTable.RowNode;
import org.gpr.gpr.CellType;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.ColumnGroup;
import org.gpr.gpr.Row;
import org.gpr.gpr.RowDef;

/**
 * Places the rows a {@link TableReader} found into the tables of the format: each official row
 * gets its published cells; a row the format does not have becomes a row of a generated format
 * extension ({@code add … after …}); sub-rows the report breaks an official row into
 * ((六)其他处理 → 1.申请人撤销申请 …) replace that row by a group of them, so that every number is
 * kept and the format's identities, which sum row groups, still hold. What fits nowhere is kept
 * as a comment and reported.
 */
public final class TableMatcher {

	/** The rows of one table while they are being placed. */
	private static final class Build {
		final EffectiveTable table;
		final Map<Row, List<String>> cells = new HashMap<>();
		final Map<Row, Integer> lines = new HashMap<>();
		final Map<Row, List<Extra>> splits = new LinkedHashMap<>();
		final Map<RowDef, List<Extra>> added = new LinkedHashMap<>();
		final Map<Integer, String> pageUnits = new HashMap<>();
		final List<String> unmatched = new ArrayList<>();
		final Set<String> names = new HashSet<>();
		/** Row groups published with numbers on their own line, resolved when the table is finished. */
		final Map<RowNode, Subtotal> subtotals = new LinkedHashMap<>();
		/** Rows not published because their group was published as one row (one warning for the group, none for each). */
		final Set<Row> inSingleRowGroup = new HashSet<>();
		RowDef last;
		Row splitCandidate;
		boolean seen;
		/** The first line of the source where this table was seen (0 until then). */
		int firstLine;
		/** While the rows are written: the line of the last published row, where a missing row would have been. */
		int at;

		Build(EffectiveTable table) {
			this.table = table;
			table.getAllRowNodes().forEach(n -> names.add(n.getName()));
			table.getColumnDefs().forEach(c -> names.add(c.getName()));
		}
	}

	private record Extra(String name, String label, List<String> cells) {
	}

	/** A row group's own line with numbers: a subtotal, or the whole group published as one row. */
	private record Subtotal(String label, List<String> cells, int line, String described, ImportedReport.Section section) {
	}

	private final ImportedReport report;

	public TableMatcher(ImportedReport report) {
		this.report = report;
	}

	/** Builds the section's tables from the items, in the format's order, and adds them to the section. */
	public void match(EffectiveFormat.Section section, List<TableReader.Item> items, ImportedReport.Section into) {
		Map<EffectiveTable, Build> builds = new LinkedHashMap<>();
		for (EffectiveTable table : section.getTables()) {
			builds.put(table, new Build(table));
		}
		for (TableReader.Item item : items) {
			Build build = item.table() == null ? null : builds.get(item.table());
			switch (item.kind()) {
			case CAPTION -> {
				if (build != null) {
					see(build, item.line());
				}
			}
			case HEADER -> {
				if (build != null) {
					header(build, item);
				}
			}
			case ROW -> row(build, item, into);
			case TEXT -> unmatched(build, into, item.line(), item.label(),
					ImportMessages.get("import.unmatchedText", item.label()));
			}
		}
		for (Build build : builds.values()) {
			into.items.add(finish(build));
		}
	}

	private static void see(Build build, int line) {
		build.seen = true;
		if (build.firstLine == 0) {
			build.firstLine = line;
		}
	}

	private void header(Build build, TableReader.Item item) {
		List<Column> columns = build.table.getLeafColumns();
		for (String text : item.labels()) {
			String unit = LabelMatcher.unit(text);
			if (unit == null) {
				continue;
			}
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				if (column.getType() == CellType.MONEY) {
					String core = LabelMatcher.core(LabelMatcher.withoutUnit(LabelMatcher.normalize(column.getLabel())));
					String published = LabelMatcher.core(LabelMatcher.withoutUnit(LabelMatcher.normalize(text)));
					if (published.isEmpty() || core.contains(published) || published.contains(core)
							|| columns.stream().filter(c -> c.getType() == CellType.MONEY).count() == 1) {
						build.pageUnits.put(i, unit);
					}
				}
			}
		}
	}

	private void row(Build build, TableReader.Item item, ImportedReport.Section section) {
		if (build == null) {
			unmatched(null, section, item.line(), describe(item), ImportMessages.get("import.unplacedRow", describe(item)));
			return;
		}
		see(build, item.line());
		RowNode node = item.node();
		if (node != null && node.getDef() instanceof Row row) {
			if (item.cells() == null) {
				build.splitCandidate = row;
				build.last = row;
				return;
			}
			build.splitCandidate = null;
			if (build.cells.containsKey(row)) {
				unmatched(build, section, item.line(), describe(item),
						ImportMessages.get("import.duplicateRow", item.label(), build.table.getLabel()));
				return;
			}
			if (LabelMatcher.score(item.label(), node.getLabel(), false) == LabelMatcher.SIMILAR) {
				report.warn(item.line(), ImportMessages.get("import.similarLabel", item.label(), node.getLabel()));
			}
			build.cells.put(row, convert(build, item.cells(), item.line(), item.label()));
			build.lines.put(row, item.line());
			build.last = row;
			return;
		}
		if (node != null) {
			// a row group: its label, and any numbers it carries are a subtotal the format has no row for
			build.splitCandidate = null;
			build.last = node.getDef();
			if (item.cells() != null && item.cells().stream().anyMatch(c -> !CellText.isBlank(c))) {
				// whether it is a subtotal or the whole group is known only when the table is finished
				build.subtotals.put(node, new Subtotal(item.label(), item.cells(), item.line(), describe(item), section));
			}
			return;
		}
		if (item.cells() == null) {
			unmatched(build, section, item.line(), item.label(), ImportMessages.get("import.unmatchedText", item.label()));
			return;
		}
		if (item.labels().isEmpty()) {
			Row unlabeled = build.table.getLeafRows().stream().filter(r -> r.getLabel() == null)
					.filter(r -> !build.cells.containsKey(r)).findFirst().orElse(null);
			if (unlabeled != null) {
				build.cells.put(unlabeled, convert(build, item.cells(), item.line(), unlabeled.getName()));
				build.lines.put(unlabeled, item.line());
				build.last = unlabeled;
				return;
			}
			unmatched(build, section, item.line(), describe(item),
					ImportMessages.get("import.unlabeledCells", String.join(" ", item.cells()), build.table.getLabel()));
			return;
		}
		String label = item.label();
		if (build.splitCandidate == null && item.labels().size() > 1) {
			// a web page's row group cell (rowspan) that names an official row the page breaks into
			// sub-rows: （六）其他处理 over 1.申请人撤销申请 …, as gpr's own generated page shows it
			for (String group : item.labels().subList(0, item.labels().size() - 1)) {
				Row official = build.table.getLeafRows().stream()
						.filter(r -> r.getLabel() != null && !build.cells.containsKey(r)
								&& LabelMatcher.score(group, r.getLabel(), false) >= LabelMatcher.SHORTENED)
						.findFirst().orElse(null);
				if (official != null) {
					build.splitCandidate = official;
					break;
				}
			}
		}
		Extra extra = new Extra(Names.fromLabel(label, build.names), cleanLabel(label),
				convert(build, item.cells(), item.line(), label));
		if (build.splitCandidate != null) {
			build.splits.computeIfAbsent(build.splitCandidate, k -> new ArrayList<>()).add(extra);
			report.warn(item.line(), ImportMessages.get("import.subRow", label,
					build.table.labelOf(build.splitCandidate)));
			return;
		}
		RowDef anchor = build.last != null ? build.last : null;
		build.added.computeIfAbsent(anchor, k -> new ArrayList<>()).add(extra);
		report.warn(item.line(), ImportMessages.get("import.extraRow", label, build.table.getLabel()));
	}

	private static String cleanLabel(String label) {
		return TextReader.strip(label.replaceAll("[\\s\\u00a0\\u3000]+", ""));
	}

	private static String describe(TableReader.Item item) {
		String label = String.join(" / ", item.labels());
		return item.cells() == null ? label : (label + " " + String.join(" ", item.cells())).trim();
	}

	private void unmatched(Build build, ImportedReport.Section section, int line, String text, String warning) {
		if (build != null) {
			build.unmatched.add(text);
		} else {
			section.unmatched.add(text);
		}
		report.warn(line, warning);
	}

	/** The cells of a row as gpr writes them, exactly as many as the table has columns. */
	private List<String> convert(Build build, List<String> published, int line, String label) {
		List<Column> columns = build.table.getLeafColumns();
		List<String> result = new ArrayList<>();
		for (int i = 0; i < published.size() && i < columns.size(); i++) {
			Column column = columns.get(i);
			boolean money = column.getType() == CellType.MONEY;
			String cell = CellText.toGpr(published.get(i), money, column.getUnit(), build.pageUnits.get(i));
			if (cell == null) {
				report.warn(line, ImportMessages.get("import.badCell", published.get(i), label, column.getLabel()));
				cell = "_";
			}
			result.add(cell);
		}
		if (published.size() < columns.size()) {
			report.warn(line, ImportMessages.get("import.fewCells", label, published.size(), columns.size()));
			while (result.size() < columns.size()) {
				result.add("_");
			}
		} else if (published.size() > columns.size()) {
			List<String> rest = published.subList(columns.size(), published.size());
			report.warn(line, ImportMessages.get("import.manyCells", label, published.size(), columns.size(),
					String.join(" ", rest)));
			build.unmatched.add(label + " " + String.join(" ", rest));
		}
		return result;
	}

	private ImportedReport.Table finish(Build build) {
		EffectiveTable table = build.table;
		List<Column> leafColumns = table.getLeafColumns();
		List<String> names = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		List<Boolean> separators = new ArrayList<>();
		Map<Column, ColumnGroup> parents = new HashMap<>();
		indexParents(table.getTable().getColumns(), null, parents);
		Column previous = null;
		for (Column column : leafColumns) {
			names.add(column.getName());
			String label = column.getLabel();
			String unit = build.pageUnits.get(leafColumns.indexOf(column));
			labels.add(unit != null && !label.contains(unit) ? label + "（" + unit + "）" : label);
			ColumnGroup group = parents.get(column);
			groups.add(group == null ? "" : groupPath(group, parents));
			separators.add(previous != null && (previous.isTotal() || (column.isTotal() && group == null)));
			previous = column;
		}
		ImportedReport.Table result = new ImportedReport.Table(table.getName(), table.getLabel(), names, labels, groups,
				separators);
		if (!build.seen) {
			report.warn(0, ImportMessages.get("import.missingTable", table.getLabel()));
		}
		for (Map.Entry<RowNode, Subtotal> subtotal : build.subtotals.entrySet()) {
			groupLine(build, subtotal.getKey(), subtotal.getValue());
		}
		build.at = build.firstLine;
		addRows(build, table.getRows(), new ArrayList<>(), result, leafColumns.size());
		List<Extra> first = build.added.get(null);
		if (first != null) {
			result.rows.addAll(0, extras(first, List.of()));
		}
		result.unmatched.addAll(build.unmatched);
		List<String> changes = new ArrayList<>();
		for (Map.Entry<Row, List<Extra>> split : build.splits.entrySet()) {
			StringBuilder b = new StringBuilder();
			b.append("replace ").append(split.getKey().getName()).append(" with\n\t\t\tgroup ")
					.append(split.getKey().getName()).append(' ').append(GprWriter.quote(table.labelOf(split.getKey())))
					.append(" {\n");
			for (Extra extra : split.getValue()) {
				b.append("\t\t\t\t").append(extra.name).append(' ').append(GprWriter.quote(extra.label)).append('\n');
			}
			b.append("\t\t\t}");
			changes.add(b.toString());
		}
		for (Map.Entry<RowDef, List<Extra>> add : build.added.entrySet()) {
			StringBuilder b = new StringBuilder("add");
			for (Extra extra : add.getValue()) {
				b.append(' ').append(extra.name).append(' ').append(GprWriter.quote(extra.label));
			}
			if (add.getKey() == null) {
				b.append(" before ").append(table.getAllRowNodes().get(0).getName());
			} else {
				b.append(" after ").append(add.getKey().getName());
			}
			changes.add(b.toString());
		}
		if (!changes.isEmpty()) {
			report.extensionChanges.put(table.getName(), changes);
		}
		return result;
	}

	private void addRows(Build build, List<RowNode> level, List<String> path, ImportedReport.Table into, int width) {
		for (RowNode node : level) {
			if (node.getDef() instanceof Row row) {
				List<Extra> split = build.splits.get(row);
				if (split != null) {
					List<String> inner = new ArrayList<>(path);
					inner.add(row.getName());
					into.rows.addAll(extras(split, inner));
				} else {
					List<String> cells = build.cells.get(row);
					ImportedReport.Row result = new ImportedReport.Row(row.getName(), build.table.labelOf(row),
							cells != null ? cells : new ArrayList<>(Collections.nCopies(width, "_")), List.copyOf(path),
							row.isTotal());
					Integer line = build.lines.get(row);
					if (cells != null && line != null) {
						build.at = line;
					}
					if (cells == null && build.inSingleRowGroup.contains(row)) {
						result.comment = ImportMessages.get("import.singleRowGroup.comment");
					} else if (cells == null && build.seen) {
						result.comment = ImportMessages.get("import.missingRow.comment");
						report.warn(build.at, ImportMessages.get("import.missingRow", build.table.labelOf(row), build.table.getLabel()));
					}
					into.rows.add(result);
				}
			} else {
				List<String> inner = new ArrayList<>(path);
				inner.add(node.getName());
				addRows(build, node.getChildren(), inner, into, width);
			}
			List<Extra> after = build.added.get(node.getDef());
			if (after != null) {
				into.rows.addAll(extras(after, path));
			}
		}
	}

	/**
	 * A row group's own line with numbers. Where none of the group's rows is published, the body published the
	 * whole group as one row (a 2021-format report that keeps （六）其他处理 as one row, as the 2019 format had it):
	 * a group of 0 in every column gives 0 for each of its rows (counts are not negative), written as 0; any other
	 * number does not say how it divides, so its rows are written blank and the line is kept as a comment. One
	 * warning for the group either way. Where some of its rows are published, the numbers are a subtotal the format
	 * has no row for, kept as a comment.
	 */
	private void groupLine(Build build, RowNode group, Subtotal subtotal) {
		List<Row> rows = new ArrayList<>();
		leaves(group, rows);
		boolean nonePublished = rows.stream().noneMatch(r -> build.cells.containsKey(r) || build.splits.containsKey(r));
		if (!nonePublished || rows.isEmpty()) {
			unmatched(build, subtotal.section(), subtotal.line(), subtotal.described(),
					ImportMessages.get("import.groupSubtotal", subtotal.label(), String.join(" ", subtotal.cells())));
			return;
		}
		List<String> cells = convert(build, subtotal.cells(), subtotal.line(), subtotal.label());
		String published = String.join(" ", subtotal.cells());
		if (cells.stream().allMatch("0"::equals)) {
			for (Row row : rows) {
				build.cells.put(row, new ArrayList<>(cells));
				build.lines.put(row, subtotal.line());
			}
			report.warn(subtotal.line(), ImportMessages.get("import.singleRowGroup.zero", subtotal.label(), published,
					rows.size(), build.table.getLabel()));
			return;
		}
		build.inSingleRowGroup.addAll(rows);
		build.unmatched.add(subtotal.described());
		report.warn(subtotal.line(), ImportMessages.get("import.singleRowGroup", subtotal.label(), published, rows.size(),
				build.table.getLabel()));
	}

	private static void leaves(RowNode node, List<Row> into) {
		if (node.getDef() instanceof Row row) {
			into.add(row);
			return;
		}
		for (RowNode child : node.getChildren()) {
			leaves(child, into);
		}
	}

	private static List<ImportedReport.Row> extras(List<Extra> extras, List<String> path) {
		List<ImportedReport.Row> rows = new ArrayList<>();
		for (Extra extra : extras) {
			rows.add(new ImportedReport.Row(extra.name, extra.label, extra.cells, List.copyOf(path), false));
		}
		return rows;
	}

	private static void indexParents(List<ColumnDef> level, ColumnGroup parent, Map<Column, ColumnGroup> into) {
		for (ColumnDef def : level) {
			if (def instanceof Column column) {
				if (parent != null) {
					into.put(column, parent);
				}
			} else if (def instanceof ColumnGroup group) {
				indexParents(group.getColumns(), group, into);
			}
		}
	}

	private static String groupPath(ColumnGroup group, Map<Column, ColumnGroup> parents) {
		List<String> labels = new ArrayList<>();
		org.eclipse.emf.ecore.EObject current = group;
		while (current instanceof ColumnGroup g) {
			labels.add(0, g.getLabel());
			current = g.eContainer();
		}
		return String.join("：", labels);
	}
}
