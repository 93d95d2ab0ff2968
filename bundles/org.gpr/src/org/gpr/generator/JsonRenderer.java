package org.gpr.generator;

import static org.gpr.generator.Cells.json;

import org.gpr.eval.CellValue;
import org.gpr.eval.ReportData;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.EffectiveTable.RowNode;
import org.gpr.gpr.CellType;
import org.gpr.gpr.Column;
import org.gpr.gpr.Report;
import org.gpr.gpr.Row;

/**
 * Every value of a report as JSON, keyed by the format's names:
 * {@code tables.<table>.values.<row>.<column>}. A number is a JSON number (as written, never
 * rounded); a blank cell is {@code null}; a not-applicable cell is {@code "/"}; a cell the report
 * does not have is absent. Money is {@code {"value": 31819.54, "unit": "万元"}}. Labels of tables,
 * rows and columns are given beside the values.
 */
public final class JsonRenderer {

	private JsonRenderer() {
	}

	public static String render(Report report, EffectiveFormat format, ReportData data) {
		StringBuilder out = new StringBuilder(16 * 1024);
		out.append("{\n");
		out.append("  \"body\": ").append(json(report.getBody())).append(",\n");
		out.append("  \"year\": ").append(year(report.getYear())).append(",\n");
		out.append("  \"format\": ").append(json(format == null ? null : format.getName())).append(",\n");
		out.append("  \"title\": ").append(json(report.getTitle())).append(",\n");
		out.append("  \"tables\": {");
		boolean firstTable = true;
		if (format != null) {
			for (EffectiveFormat.Section section : format.getSections()) {
				for (EffectiveTable table : section.getTables()) {
					if (data == null || data.table(table.getName()) == null) {
						continue;
					}
					out.append(firstTable ? "\n" : ",\n");
					firstTable = false;
					table(out, section, table, data);
				}
			}
		}
		out.append(firstTable ? "}\n" : "\n  }\n").append("}\n");
		return out.toString();
	}

	private static String year(String year) {
		return year != null && year.matches("[0-9]{1,9}") ? String.valueOf(Integer.parseInt(year)) : json(year);
	}

	private static void table(StringBuilder out, EffectiveFormat.Section section, EffectiveTable table, ReportData data) {
		out.append("    ").append(json(table.getName())).append(": {\n");
		out.append("      \"label\": ").append(json(table.getLabel())).append(",\n");
		out.append("      \"section\": ").append(json(section.getName())).append(",\n");
		out.append("      \"columns\": {");
		boolean first = true;
		for (Column column : table.getLeafColumns()) {
			out.append(first ? "\n" : ",\n");
			first = false;
			out.append("        ").append(json(column.getName())).append(": {\"label\": ")
					.append(json(TableLayout.columnPath(table, column))).append(", \"type\": ")
					.append(json(type(column))).append(column.getUnit() != null ? ", \"unit\": " + json(column.getUnit()) : "")
					.append(column.isTotal() ? ", \"total\": true" : "").append('}');
		}
		out.append("\n      },\n      \"rows\": {");
		first = true;
		for (RowNode node : table.getAllRowNodes()) {
			out.append(first ? "\n" : ",\n");
			first = false;
			out.append("        ").append(json(node.getName())).append(": {\"label\": ")
					.append(json(node.getLabel() != null ? node.getLabel() : node.getName()));
			if (node.isGroup()) {
				out.append(", \"group\": true, \"members\": [");
				for (int i = 0; i < node.getChildren().size(); i++) {
					out.append(i > 0 ? ", " : "").append(json(node.getChildren().get(i).getName()));
				}
				out.append(']');
			} else if (node.getDef() instanceof Row row && row.isTotal()) {
				out.append(", \"total\": true");
			}
			out.append('}');
		}
		out.append("\n      },\n      \"values\": {");
		first = true;
		for (Row row : table.getLeafRows()) {
			if (data.row(table.getName(), row.getName()) == null) {
				continue;
			}
			out.append(first ? "\n" : ",\n");
			first = false;
			out.append("        ").append(json(row.getName())).append(": {");
			boolean firstCell = true;
			for (Column column : table.getLeafColumns()) {
				CellValue value = data.value(table.getName(), row.getName(), column.getName());
				if (value.kind() == CellValue.Kind.MISSING) {
					continue;
				}
				out.append(firstCell ? "" : ", ").append(json(column.getName())).append(": ").append(value(value, column));
				firstCell = false;
			}
			out.append('}');
		}
		out.append("\n      }\n    }");
	}

	private static String type(Column column) {
		CellType type = column.getType();
		return type == null ? "count" : type.getLiteral();
	}

	static String value(CellValue value, Column column) {
		return switch (value.kind()) {
		case NUMBER -> {
			String unit = value.unit() != null ? value.unit() : column.getUnit();
			String number = value.value().toPlainString();
			yield column.getType() == CellType.MONEY || unit != null
					? "{\"value\": " + number + ", \"unit\": " + json(unit) + "}" : number;
		}
		case BLANK -> "null";
		case NOT_APPLICABLE -> "\"/\"";
		default -> "\"?\"";
		};
	}
}
