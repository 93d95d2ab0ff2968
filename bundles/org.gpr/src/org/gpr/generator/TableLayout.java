package org.gpr.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gpr.eval.CellValue;
import org.gpr.eval.ReportData;
import org.gpr.format.EffectiveTable;
import org.gpr.format.EffectiveTable.RowNode;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.ColumnGroup;
import org.gpr.gpr.Row;

/**
 * A table of a report laid out on a grid as the official form lays it out, from its format
 * alone: a header of as many rows as the column groups are deep (a group spans its members, a
 * column spans down to the last header row), a corner note in the top left, and row labels over
 * as many grid columns as the row groups are deep (a group spans its members' rows). The HTML
 * and the XLSX are drawn from the same layout.
 */
public final class TableLayout {

	/** What a grid cell holds. */
	public enum Kind {
		/** The top-left cell: the corner note or the header of the row labels. */
		CORNER,
		/** A header over all value columns (申请人情况). */
		SPANNER,
		COLUMN_GROUP, COLUMN, ROW_GROUP, ROW, VALUE
	}

	/** One cell of the grid at (row, column), spanning rowSpan × colSpan. */
	public record Cell(int row, int column, int rowSpan, int colSpan, Kind kind, String text, CellValue value,
			Column valueColumn) {
	}

	private final EffectiveTable table;
	private final List<Cell> header = new ArrayList<>();
	private final List<List<Cell>> body = new ArrayList<>();
	private final List<Row> rows = new ArrayList<>();
	private final int labelColumns;
	private final int headerRows;
	private final int width;

	public TableLayout(EffectiveTable table, ReportData data) {
		this.table = table;
		String corner = table.getTable().getCorner();
		String spanner = table.getTable().getHeader();
		List<Column> leaves = table.getLeafColumns();
		int columnDepth = depth(table.getTable().getColumns());
		int rowDepth = 0;
		boolean labelled = corner != null || spanner != null;
		for (RowNode node : table.getAllRowNodes()) {
			rowDepth = Math.max(rowDepth, node.getDepth() + 1);
			labelled |= node.isGroup() || node.getDef().getLabel() != null;
		}
		labelColumns = labelled ? Math.max(1, rowDepth) : 0;
		int top = corner != null && spanner != null ? 1 : 0;
		headerRows = top + columnDepth;
		width = labelColumns + leaves.size();
		if (labelColumns > 0) {
			header.add(new Cell(0, 0, headerRows, labelColumns, Kind.CORNER, corner != null ? corner : spanner, null, null));
		}
		if (top == 1) {
			header.add(new Cell(0, labelColumns, 1, leaves.size(), Kind.SPANNER, spanner, null, null));
		}
		placeColumns(table.getTable().getColumns(), top, 0, columnDepth, labelColumns);
		header.sort((a, b) -> a.row() != b.row() ? a.row() - b.row() : a.column() - b.column());
		for (Row row : table.getLeafRows()) {
			rows.add(row);
			body.add(new ArrayList<>());
		}
		placeRows(table.getRows(), 0);
		for (int r = 0; r < rows.size(); r++) {
			Row row = rows.get(r);
			for (int c = 0; c < leaves.size(); c++) {
				Column column = leaves.get(c);
				CellValue value = data == null ? CellValue.MISSING : data.value(table.getName(), row.getName(), column.getName());
				body.get(r).add(new Cell(headerRows + r, labelColumns + c, 1, 1, Kind.VALUE, null, value, column));
			}
		}
	}

	private static int depth(List<ColumnDef> level) {
		int depth = 0;
		for (ColumnDef def : level) {
			depth = Math.max(depth, def instanceof ColumnGroup group ? 1 + depth(group.getColumns()) : 1);
		}
		return depth;
	}

	private static int leafCount(ColumnDef def) {
		if (def instanceof ColumnGroup group) {
			int count = 0;
			for (ColumnDef child : group.getColumns()) {
				count += leafCount(child);
			}
			return count;
		}
		return 1;
	}

	private int placeColumns(List<ColumnDef> level, int top, int depth, int columnDepth, int column) {
		for (ColumnDef def : level) {
			if (def instanceof ColumnGroup group) {
				int span = leafCount(group);
				if (span > 0) {
					header.add(new Cell(top + depth, column, 1, span, Kind.COLUMN_GROUP, label(def), null, null));
				}
				column = placeColumns(group.getColumns(), top, depth + 1, columnDepth, column);
			} else if (def instanceof Column leaf) {
				String text = label(def);
				if (leaf.getUnit() != null && !leaf.getUnit().isEmpty()) {
					text = text + "（" + leaf.getUnit() + "）";
				}
				header.add(new Cell(top + depth, column, columnDepth - depth, 1, Kind.COLUMN, text, null, null));
				column++;
			}
		}
		return column;
	}

	/** Places the label cells of the row tree; returns nothing, fills the body rows. */
	private void placeRows(List<RowNode> level, int depth) {
		for (RowNode node : level) {
			if (node.isGroup()) {
				List<Row> members = new ArrayList<>();
				collectLeaves(node, members);
				if (members.isEmpty()) {
					continue;
				}
				int first = rows.indexOf(members.get(0));
				if (labelColumns > 0) {
					body.get(first).add(new Cell(headerRows + first, depth, members.size(), 1, Kind.ROW_GROUP,
							node.getLabel() != null ? node.getLabel() : node.getName(), null, null));
				}
				placeRows(node.getChildren(), depth + 1);
			} else if (node.getDef() instanceof Row row && labelColumns > 0) {
				int index = rows.indexOf(row);
				body.get(index).add(new Cell(headerRows + index, depth, 1, labelColumns - depth, Kind.ROW,
						node.getLabel() != null ? node.getLabel() : node.getName(), null, null));
			}
		}
	}

	private static void collectLeaves(RowNode node, List<Row> into) {
		for (RowNode child : node.getChildren()) {
			if (child.getDef() instanceof Row row) {
				into.add(row);
			} else {
				collectLeaves(child, into);
			}
		}
	}

	private static String label(ColumnDef def) {
		return def.getLabel() != null ? def.getLabel() : def.getName();
	}

	public EffectiveTable getTable() {
		return table;
	}

	/** The header cells, row by row, left to right. */
	public List<Cell> getHeader() {
		return Collections.unmodifiableList(header);
	}

	public List<Cell> headerRow(int row) {
		return header.stream().filter(c -> c.row() == row).toList();
	}

	/** The body rows: each row's label cells (groups first) and value cells, left to right. */
	public List<List<Cell>> getBody() {
		return Collections.unmodifiableList(body);
	}

	/** The leaf rows, in the order of the body. */
	public List<Row> getRows() {
		return Collections.unmodifiableList(rows);
	}

	public int getLabelColumns() {
		return labelColumns;
	}

	public int getHeaderRows() {
		return headerRows;
	}

	public int getWidth() {
		return width;
	}

	/** A leaf column's label with the labels of its groups, joined by ·: 法人或其他组织·商业企业. */
	public static String columnPath(EffectiveTable table, Column column) {
		List<String> labels = new ArrayList<>();
		path(table.getTable().getColumns(), column, labels);
		return String.join("·", labels);
	}

	private static boolean path(List<ColumnDef> level, Column target, List<String> labels) {
		for (ColumnDef def : level) {
			labels.add(label(def) + (def == target && target.getUnit() != null ? "（" + target.getUnit() + "）" : ""));
			if (def == target || def instanceof ColumnGroup group && path(group.getColumns(), target, labels)) {
				return true;
			}
			labels.remove(labels.size() - 1);
		}
		return false;
	}

	/** A leaf row's label with the labels of its groups, joined by ·. */
	public static String rowPath(EffectiveTable table, Row row) {
		List<String> labels = new ArrayList<>();
		rowPath(table.getRows(), row, labels);
		return String.join("·", labels);
	}

	private static boolean rowPath(List<RowNode> level, Row target, List<String> labels) {
		for (RowNode node : level) {
			labels.add(node.getLabel() != null ? node.getLabel() : node.getName());
			if (node.getDef() == target || node.isGroup() && rowPath(node.getChildren(), target, labels)) {
				return true;
			}
			labels.remove(labels.size() - 1);
		}
		return false;
	}
}
