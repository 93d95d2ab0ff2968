package org.gpr.eval;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Cell;
import org.gpr.gpr.CellType;
import org.gpr.gpr.Column;
import org.gpr.gpr.Report;
import org.gpr.gpr.Row;
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
	private final Map<String, Map<String, Entry>> rows = new HashMap<>();

	/** A row of the report and the values of its cells, by position, read when first asked for. */
	private static final class Entry {
		final TableRow row;
		CellValue[] values;

		Entry(TableRow row) {
			this.row = row;
		}
	}

	public ReportData(Report report, EffectiveFormat format) {
		this.report = report;
		this.format = format;
		for (ReportSection section : report.getSections()) {
			for (SectionItem item : section.getItems()) {
				if (item instanceof Table table && table.getTable() != null && !table.getTable().eIsProxy()) {
					String name = table.getTable().getName();
					tables.putIfAbsent(name, table);
					Map<String, Entry> byName = rows.computeIfAbsent(name, k -> new HashMap<>());
					for (TableRow row : table.getRows()) {
						if (row.getRow() != null && !row.getRow().eIsProxy()) {
							byName.putIfAbsent(row.getRow().getName(), new Entry(row));
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
		Entry entry = entry(table, row);
		return entry == null ? null : entry.row;
	}

	private Entry entry(String table, String row) {
		Map<String, Entry> byName = rows.get(table);
		return byName == null ? null : byName.get(row);
	}

	/** The value in the table's row at the column with this name (by the report's own format). */
	public CellValue value(String table, String row, String column) {
		Entry entry = entry(table, row);
		EffectiveTable declared = entry == null || format == null ? null : format.findTable(table);
		if (declared == null) {
			return CellValue.MISSING;
		}
		return valueAt(entry, declared, columnIndexes(declared).get(column));
	}

	/**
	 * The values of one row at these columns (by name), MISSING where the report has none: one
	 * look-up of the row for all its cells.
	 */
	public CellValue[] values(String table, String row, List<Column> columns) {
		CellValue[] result = new CellValue[columns.size()];
		Entry entry = entry(table, row);
		EffectiveTable declared = entry == null || format == null ? null : format.findTable(table);
		Map<String, Integer> indexes = declared == null ? null
				: columnIndexes(declared);
		for (int i = 0; i < result.length; i++) {
			result[i] = declared == null ? CellValue.MISSING : valueAt(entry, declared, indexes.get(columns.get(i).getName()));
		}
		return result;
	}

	/**
	 * The values of these rows (by name) at one column, MISSING where the report has none: the
	 * table and the column's position looked up once for all the rows (a column identity's terms).
	 */
	public CellValue[] values(String table, List<Row> members, String column) {
		CellValue[] result = new CellValue[members.size()];
		EffectiveTable declared = format == null ? null : format.findTable(table);
		Map<String, Entry> byName = declared == null ? null : rows.get(table);
		Integer index = byName == null ? null : columnIndexes(declared).get(column);
		for (int i = 0; i < result.length; i++) {
			Entry entry = byName == null ? null : byName.get(members.get(i).getName());
			result[i] = entry == null ? CellValue.MISSING : valueAt(entry, declared, index);
		}
		return result;
	}

	/**
	 * Where the columns (by name) stand in the table's rows of this report, -1 for a column its
	 * format does not have: found once for a table, for {@link #values(String, String, int[])}.
	 */
	public int[] positions(String table, List<Column> columns) {
		int[] positions = new int[columns.size()];
		EffectiveTable declared = format == null ? null : format.findTable(table);
		Map<String, Integer> indexes = declared == null ? null
				: columnIndexes(declared);
		for (int i = 0; i < positions.length; i++) {
			Integer index = indexes == null ? null : indexes.get(columns.get(i).getName());
			positions[i] = index == null ? -1 : index;
		}
		return positions;
	}

	/** The values of one row at the columns whose {@link #positions} these are; MISSING where the report has none. */
	public CellValue[] values(String table, String row, int[] positions) {
		CellValue[] result = new CellValue[positions.length];
		Entry entry = entry(table, row);
		EffectiveTable declared = entry == null || format == null ? null : format.findTable(table);
		for (int i = 0; i < result.length; i++) {
			result[i] = declared == null || positions[i] < 0 ? CellValue.MISSING : valueAt(entry, declared, positions[i]);
		}
		return result;
	}

	private CellValue valueAt(Entry entry, EffectiveTable declared, Integer index) {
		List<Cell> cells = entry.row.getCells();
		if (index == null || index >= cells.size()) {
			return CellValue.MISSING;
		}
		if (entry.values == null || entry.values.length != cells.size()) {
			entry.values = new CellValue[cells.size()];
		}
		CellValue value = entry.values[index];
		if (value == null) {
			Column declaredColumn = declared.getLeafColumns().get(index);
			value = CellValue.of(cells.get(index));
			if (declaredColumn.getType() == CellType.MONEY) {
				value = value.inUnit(declaredColumn.getUnit());
			}
			entry.values[index] = value;
		}
		return value;
	}

	/**
	 * A report's cells as last year's report, read once per parse of that report (and of its
	 * format) and shared by every report that links to it. Every cell is read in advance, so that
	 * reading it afterwards changes nothing and may happen on any thread.
	 */
	static ReportData asPrevious(Report report, EffectiveFormat format) {
		if (report.eResource() == null) {
			return new ReportData(report, format).complete();
		}
		return org.gpr.format.ParseCache.get(report.eResource(),
				org.eclipse.xtext.util.Tuples.create(ReportData.class, format),
				() -> new ReportData(report, format).complete());
	}

	/** Reads the value of every cell of every row the report has (the caches filled). */
	private ReportData complete() {
		for (Map.Entry<String, Map<String, Entry>> table : rows.entrySet()) {
			EffectiveTable declared = format == null ? null : format.findTable(table.getKey());
			if (declared == null) {
				continue;
			}
			for (String row : table.getValue().keySet()) {
				for (Column column : declared.getLeafColumns()) {
					value(table.getKey(), row, column.getName());
				}
			}
		}
		return this;
	}

	/** Records the value the identities determine for a blank cell; later reads of the cell see it. */
	void derive(Cell cell, BigDecimal value) {
		if (!(cell.eContainer() instanceof TableRow row) || !(row.eContainer() instanceof Table table)
				|| table.getTable() == null || row.getRow() == null) {
			return;
		}
		Entry entry = entry(table.getTable().getName(), row.getRow().getName());
		if (entry == null || entry.row != row || entry.values == null) {
			return;
		}
		int index = row.getCells().indexOf(cell);
		CellValue current = index < 0 || index >= entry.values.length ? null : entry.values[index];
		if (current != null && current.isBlank()) {
			entry.values[index] = current.derived(value);
		}
	}

	/** The key of the column positions in a table's memo. */
	private static final Object COLUMN_INDEXES = new Object();

	/**
	 * The positions of the table's columns by name, found once per effective table (that is, per
	 * parse of its format) and shared by every report checked against it.
	 */
	private static Map<String, Integer> columnIndexes(EffectiveTable declared) {
		return declared.memo(COLUMN_INDEXES, () -> indexes(declared));
	}

	private static Map<String, Integer> indexes(EffectiveTable table) {
		Map<String, Integer> result = new HashMap<>();
		List<Column> columns = table.getLeafColumns();
		for (int i = 0; i < columns.size(); i++) {
			result.putIfAbsent(columns.get(i).getName(), i);
		}
		return java.util.Collections.unmodifiableMap(result);
	}
}
