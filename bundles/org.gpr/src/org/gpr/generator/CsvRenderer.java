package org.gpr.generator;

import java.util.ArrayList;
import java.util.List;

import org.gpr.eval.CellValue;
import org.gpr.eval.ReportData;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Column;
import org.gpr.gpr.Row;

/**
 * One table as CSV (RFC 4180, CRLF): a header line of the official column labels (a group's label
 * before its members', joined by ·), then a line per row: the row's label and its cells. Written
 * with a byte-order mark by the caller, so that Excel and WPS read it as UTF-8. Text a spreadsheet
 * would take for a formula is neutralised; numbers are written as numbers.
 */
public final class CsvRenderer {

	private CsvRenderer() {
	}

	public static String render(EffectiveTable table, ReportData data) {
		List<Column> columns = table.getLeafColumns();
		StringBuilder out = new StringBuilder();
		List<String> header = new ArrayList<>();
		String corner = table.getTable().getHeader() != null ? table.getTable().getHeader() : "";
		header.add(corner);
		for (Column column : columns) {
			header.add(TableLayout.columnPath(table, column));
		}
		line(out, header, null);
		for (Row row : table.getLeafRows()) {
			List<String> fields = new ArrayList<>();
			fields.add(TableLayout.rowPath(table, row));
			boolean[] numeric = new boolean[columns.size() + 1];
			for (int i = 0; i < columns.size(); i++) {
				CellValue value = data == null ? CellValue.MISSING
						: data.value(table.getName(), row.getName(), columns.get(i).getName());
				fields.add(Cells.text(value));
				numeric[i + 1] = value.isNumber();
			}
			line(out, fields, numeric);
		}
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> fields, boolean[] numeric) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String field = fields.get(i);
			if (numeric == null || !numeric[i]) {
				field = Cells.neutralise(field);
			}
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
					|| field.indexOf('\r') >= 0) {
				field = '"' + field.replace("\"", "\"\"") + '"';
			}
			out.append(field);
		}
		out.append("\r\n");
	}
}
