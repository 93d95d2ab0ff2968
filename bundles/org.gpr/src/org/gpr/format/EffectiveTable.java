package org.gpr.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.ColumnGroup;
import org.gpr.gpr.Element;
import org.gpr.gpr.FormatTable;
import org.gpr.gpr.Row;
import org.gpr.gpr.RowDef;
import org.gpr.gpr.RowGroup;
import org.gpr.gpr.Rule;

/**
 * A table of a format as a report sees it: the table as declared, with the row changes and
 * extra rules of every format that extends it applied in order.
 */
public final class EffectiveTable {

	/** A row or row group in the effective row tree. */
	public static final class RowNode {
		private final RowDef def;
		private final String label;
		private final List<RowNode> children;
		private final int depth;

		RowNode(RowDef def, String label, List<RowNode> children, int depth) {
			this.def = def;
			this.label = label;
			this.children = children;
			this.depth = depth;
		}

		public RowDef getDef() {
			return def;
		}

		public String getName() {
			return def.getName();
		}

		/** The official label, after any {@code relabel} of an extending format. */
		public String getLabel() {
			return label;
		}

		public List<RowNode> getChildren() {
			return children;
		}

		public boolean isGroup() {
			return def instanceof RowGroup;
		}

		/** 0 for a top-level row. */
		public int getDepth() {
			return depth;
		}
	}

	private final FormatTable table;
	private final List<RowNode> rows;
	private final List<Rule> rules;
	private final List<RowNode> allRowNodes = new ArrayList<>();
	private final List<Row> leafRows = new ArrayList<>();
	private final List<Column> leafColumns = new ArrayList<>();
	private final Map<String, RowNode> rowsByName = new LinkedHashMap<>();
	private final Map<String, ColumnDef> columnsByName = new LinkedHashMap<>();
	private final Map<RowDef, RowNode> nodes = new LinkedHashMap<>();

	EffectiveTable(FormatTable table, List<RowNode> rows, List<Rule> rules) {
		this.table = table;
		this.rows = Collections.unmodifiableList(rows);
		this.rules = Collections.unmodifiableList(rules);
		index(rows);
		indexColumns(table.getColumns());
	}

	private void index(List<RowNode> level) {
		for (RowNode node : level) {
			allRowNodes.add(node);
			rowsByName.putIfAbsent(node.getName(), node);
			nodes.put(node.getDef(), node);
			if (node.getDef() instanceof Row row) {
				leafRows.add(row);
			}
			index(node.getChildren());
		}
	}

	private void indexColumns(List<ColumnDef> level) {
		for (ColumnDef def : level) {
			if (def.getName() != null) {
				columnsByName.putIfAbsent(def.getName(), def);
			}
			if (def instanceof Column column) {
				leafColumns.add(column);
			} else if (def instanceof ColumnGroup group) {
				indexColumns(group.getColumns());
			}
		}
	}

	/** Values derived from this effective table alone (see {@link #memo}). */
	private final Memos memos = new Memos();

	/** A value derived from this table of its format alone, computed once and kept as long as this object (see {@link Memos}). */
	public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
		return memos.get(key, compute);
	}

	public FormatTable getTable() {
		return table;
	}

	public String getName() {
		return table.getName();
	}

	public String getLabel() {
		return table.getLabel();
	}

	/** The top level of the row tree. */
	public List<RowNode> getRows() {
		return rows;
	}

	/** Every row and row group, depth first, in official order. */
	public List<RowNode> getAllRowNodes() {
		return Collections.unmodifiableList(allRowNodes);
	}

	/** The rows that hold cells, in official order. */
	public List<Row> getLeafRows() {
		return Collections.unmodifiableList(leafRows);
	}

	/** The columns that hold cells, in official order. */
	public List<Column> getLeafColumns() {
		return Collections.unmodifiableList(leafColumns);
	}

	public List<Rule> getRules() {
		return rules;
	}

	public RowNode findRow(String name) {
		return rowsByName.get(name);
	}

	public ColumnDef findColumn(String name) {
		return columnsByName.get(name);
	}

	/** Every row and row group (what a narrative reference or an extension may name). */
	public List<RowDef> getRowDefs() {
		List<RowDef> result = new ArrayList<>();
		for (RowNode node : allRowNodes) {
			result.add(node.getDef());
		}
		return result;
	}

	/** Every column and column group. */
	public List<ColumnDef> getColumnDefs() {
		return new ArrayList<>(columnsByName.values());
	}

	public String labelOf(Element element) {
		if (element instanceof RowDef row) {
			RowNode node = nodes.get(row);
			if (node != null && node.getLabel() != null) {
				return node.getLabel();
			}
		}
		String label = element.getLabel();
		return label != null ? label : element.getName();
	}

	/**
	 * The rows a row reference in a rule or narrative stands for: a row stands for itself, a
	 * group for its leaf rows that are not totals.
	 */
	public List<Row> memberRows(RowDef def) {
		List<Row> result = new ArrayList<>();
		if (def instanceof Row row) {
			result.add(row);
		} else {
			RowNode node = nodes.get(def);
			if (node != null) {
				collectRows(node.getChildren(), result);
			}
		}
		return result;
	}

	private static void collectRows(List<RowNode> level, List<Row> result) {
		for (RowNode node : level) {
			if (node.getDef() instanceof Row row) {
				if (!row.isTotal()) {
					result.add(row);
				}
			} else {
				collectRows(node.getChildren(), result);
			}
		}
	}

	/** The columns a column reference stands for: itself, or a group's non-total leaf columns. */
	public List<Column> memberColumns(ColumnDef def) {
		List<Column> result = new ArrayList<>();
		if (def instanceof Column column) {
			result.add(column);
		} else if (def instanceof ColumnGroup group) {
			collectColumns(group.getColumns(), result);
		}
		return result;
	}

	private static void collectColumns(List<ColumnDef> level, List<Column> result) {
		for (ColumnDef def : level) {
			if (def instanceof Column column) {
				if (!column.isTotal()) {
					result.add(column);
				}
			} else if (def instanceof ColumnGroup group) {
				collectColumns(group.getColumns(), result);
			}
		}
	}
}
