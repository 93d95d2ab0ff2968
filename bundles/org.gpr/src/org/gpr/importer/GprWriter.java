package org.gpr.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link ImportedReport} as a {@code .gpr} report, its tables' columns aligned (wide
 * characters count twice) under a comment naming them, and the generated format extension when
 * the report needs one.
 */
public final class GprWriter {

	private static final String INDENT = "  ";
	private static final String ROW_INDENT = "    ";

	/** The report file. */
	public String report(ImportedReport report) {
		StringBuilder b = new StringBuilder();
		b.append("// ").append(ImportMessages.get("writer.header", report.source, report.baseFormat)).append('\n');
		if (report.needsExtension()) {
			b.append("// ").append(ImportMessages.get("writer.header.extension", report.format)).append('\n');
		}
		b.append("report ").append(quote(report.body)).append(" year ").append(report.year).append(" format ")
				.append(report.format).append('\n');
		if (report.previous != null) {
			b.append("previous ").append(quote(report.previous)).append('\n');
		}
		if (report.published != null) {
			b.append("published ").append(report.published).append('\n');
		}
		b.append("title ").append(quote(report.title)).append('\n');
		if (report.contact != null) {
			b.append("contact ").append(text(report.contact)).append('\n');
		}
		for (ImportedReport.Section section : report.sections) {
			b.append('\n').append("section ").append(section.name).append(" {\n");
			for (Object item : section.items) {
				if (item instanceof ImportedReport.Narrative narrative) {
					narrative(b, narrative);
				} else if (item instanceof ImportedReport.Table table) {
					table(b, table);
				}
			}
			for (String text : section.unmatched) {
				b.append(INDENT).append("// ").append(ImportMessages.get("writer.unmatched")).append(comment(text)).append('\n');
			}
			b.append("}\n");
		}
		if (!report.outside.isEmpty()) {
			b.append('\n').append("// ").append(ImportMessages.get("writer.outside")).append('\n');
			for (String text : report.outside) {
				b.append("//   ").append(comment(text)).append('\n');
			}
		}
		return b.toString();
	}

	/** The format extension file, or null when the report fits its official format. */
	public String extension(ImportedReport report) {
		if (!report.needsExtension()) {
			return null;
		}
		StringBuilder b = new StringBuilder();
		b.append("// ").append(ImportMessages.get("writer.extension.header", report.source, report.baseFormat)).append('\n');
		b.append("// ").append(ImportMessages.get("writer.extension.identities", report.baseFormat)).append('\n');
		b.append("format ").append(report.format).append(" extends ").append(report.baseFormat).append(' ')
				.append(quote(ImportMessages.get("writer.extension.label", report.body))).append(" {\n");
		for (Map.Entry<String, List<String>> entry : report.extensionChanges.entrySet()) {
			b.append("\textend table ").append(entry.getKey()).append(" {\n");
			for (String change : entry.getValue()) {
				b.append("\t\t").append(change).append('\n');
			}
			b.append("\t}\n");
		}
		b.append("}\n");
		return b.toString();
	}

	private static void narrative(StringBuilder b, ImportedReport.Narrative narrative) {
		switch (narrative.kind()) {
		case HEADING -> b.append(INDENT).append("heading ").append(text(narrative.texts().get(0))).append('\n');
		case PARAGRAPH -> b.append(INDENT).append("paragraph ").append(text(narrative.texts().get(0))).append('\n');
		case LIST -> {
			b.append(INDENT).append("list {\n");
			for (List<ImportedReport.Part> item : narrative.texts()) {
				b.append(INDENT).append(INDENT).append("item ").append(text(item)).append('\n');
			}
			b.append(INDENT).append("}\n");
		}
		}
	}

	private static String text(List<ImportedReport.Part> parts) {
		List<String> pieces = new ArrayList<>();
		for (ImportedReport.Part part : parts) {
			pieces.add(part.embed() ? "{" + part.text() + "}" : quote(part.text()));
		}
		return String.join(" ", pieces);
	}

	private static void table(StringBuilder b, ImportedReport.Table table) {
		b.append(INDENT).append("table ").append(table.name).append(" {\n");
		int columns = table.columns.size();
		int[] widths = new int[columns];
		for (int i = 0; i < columns; i++) {
			widths[i] = width(table.columnLabels.get(i));
			for (ImportedReport.Row row : table.rows) {
				widths[i] = Math.max(widths[i], width(row.cells.get(i)));
			}
		}
		int nameWidth = 4;
		for (ImportedReport.Row row : table.rows) {
			nameWidth = Math.max(nameWidth, width(row.name));
		}
		if (table.columnGroups.stream().anyMatch(g -> !g.isEmpty())) {
			StringBuilder line = new StringBuilder(ROW_INDENT).append("//").append(" ".repeat(nameWidth - 2));
			int i = 0;
			while (i < columns) {
				int j = i;
				int span = 0;
				while (j < columns && table.columnGroups.get(j).equals(table.columnGroups.get(i))) {
					span += (j > i && table.separators.get(j) ? 2 : 0) + 2 + widths[j];
					j++;
				}
				line.append(table.separators.get(i) ? " |" : "").append("  ");
				String group = table.columnGroups.get(i);
				line.append(group).append(" ".repeat(Math.max(1, span - 2 - width(group))));
				i = j;
			}
			b.append(line.toString().stripTrailing()).append('\n');
		}
		StringBuilder header = new StringBuilder(ROW_INDENT).append("//").append(" ".repeat(nameWidth - 2));
		for (int i = 0; i < columns; i++) {
			header.append(table.separators.get(i) ? " |" : "").append("  ").append(padLeft(table.columnLabels.get(i), widths[i]));
		}
		b.append(header.toString().stripTrailing()).append('\n');
		for (ImportedReport.Row row : table.rows) {
			StringBuilder line = new StringBuilder(ROW_INDENT).append(padRight(row.name, nameWidth));
			for (int i = 0; i < columns; i++) {
				line.append(table.separators.get(i) ? " |" : "").append("  ").append(padLeft(row.cells.get(i), widths[i]));
			}
			if (row.comment != null) {
				line.append("  // ").append(comment(row.comment));
			}
			b.append(line.toString().stripTrailing()).append('\n');
		}
		for (String text : table.unmatched) {
			b.append(ROW_INDENT).append("// ").append(ImportMessages.get("writer.unmatched")).append(comment(text)).append('\n');
		}
		b.append(INDENT).append("}\n");
	}

	/** Display width: CJK and full-width characters take two columns. */
	static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) >= 0x2E80 ? 2 : 1;
		}
		return width;
	}

	private static String padLeft(String text, int width) {
		return " ".repeat(Math.max(0, width - width(text))) + text;
	}

	private static String padRight(String text, int width) {
		return text + " ".repeat(Math.max(0, width - width(text)));
	}

	private static String comment(String text) {
		return text.replaceAll("[\\r\\n]+", " ");
	}

	/** A gpr string literal. */
	public static String quote(String text) {
		StringBuilder b = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> {
			}
			case '\t' -> b.append("\\t");
			default -> b.append(c);
			}
		}
		return b.append('"').toString();
	}
}
