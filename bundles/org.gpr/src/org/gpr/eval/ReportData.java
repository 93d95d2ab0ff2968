package org.gpr.eval;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Cell;
import org.gpr.gpr.CellType;
import org.gpr.gpr.Column;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;

/**
 * The cells of one report, found by table, row and column name (names, so that last year's
 * report answers for this year's format even when the two are different files).
 */
public final class ReportData {

	private final Report report;
	private final EffectiveFormat format;
	private final Map<String, Table> tables = new HashMap<>();
	private final Map<String, Map<String, TableRow>> rows = new HashMap<>();
	private final Map<String, Map<String, Integer>> columnIndexes = new HashMap<>();
	private final Map<Cell, CellValue> values = new IdentityHashMap<>();

	public ReportData(Report report, EffectiveFormat format) {
		this.report = report;
		this.format = format;
		for (ReportSection section : report.getSections()) {
			for (SectionItem item : section.getItems()) {
				if (item instanceof Table table && table.getTable() != null && !table.getTable().eIsProxy()) {
					String name = table.getTable().getName();
					tables.putIfAbsent(name, table);
					Map<String, TableRow> byName = rows.computeIfAbsent(name, k -> new HashMap<>());
					for (TableRow row : table.getRows()) {
						if (row.getRow() != null && !row.getRow().eIsProxy()) {
							byName.putIfAbsent(row.getRow().getName(), row);
						}
					}
				}
			}
		}
	}

	public Report getReport() {
		return report;
	}

	/** The report's effective format, or null when its format does not resolve. */
	public EffectiveFormat getFormat() {
		return format;
	}

	public Table table(String name) {
		return tables.get(name);
	}

	public TableRow row(String table, String row) {
		Map<String, TableRow> byName = rows.get(table);
		return byName == null ? null : byName.get(row);
	}

	/** The value in the table's row at the column with this name (by the report's own format). */
	public CellValue value(String table, String row, String column) {
		TableRow tableRow = row(table, row);
		EffectiveTable declared = format == null ? null : format.findTable(table);
		if (tableRow == null || declared == null) {
			return CellValue.MISSING;
		}
		Integer index = columnIndexes.computeIfAbsent(table, name -> indexes(declared)).get(column);
		List<Cell> cells = tableRow.getCells();
		if (index == null || index >= cells.size()) {
			return CellValue.MISSING;
		}
		Column declaredColumn = declared.getLeafColumns().get(index);
		return values.computeIfAbsent(cells.get(index), cell -> {
			CellValue value = CellValue.of(cell);
			return declaredColumn.getType() == CellType.MONEY ? value.inUnit(declaredColumn.getUnit()) : value;
		});
	}

	/** Records the value the identities determine for a blank cell; later reads of the cell see it. */
	void derive(Cell cell, BigDecimal value) {
		CellValue current = values.get(cell);
		if (current != null && current.isBlank()) {
			values.put(cell, current.derived(value));
		}
	}

	private static Map<String, Integer> indexes(EffectiveTable table) {
		Map<String, Integer> result = new HashMap<>();
		List<Column> columns = table.getLeafColumns();
		for (int i = 0; i < columns.size(); i++) {
			result.putIfAbsent(columns.get(i).getName(), i);
		}
		return result;
	}
}
