package org.gpr.generator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gpr.eval.Figures;
import org.gpr.eval.Rollup;
import org.gpr.eval.RollupMessages;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Column;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.Roster;
import org.gpr.gpr.RosterEntry;
import org.gpr.gpr.RosterExclusion;
import org.gpr.gpr.Row;
import org.gpr.gpr.Table;
import org.gpr.formatting2.GprFormatter;

/**
 * Writes the aggregate report of a roll-up as a {@code .gpr} file: a header naming the roster
 * (which lists the members; gpr rollup prints them), the {@code rollup} link, every table of the format filled with the members'
 * sums (columns aligned, wide characters counting twice), and a narrative skeleton whose
 * paragraphs are the format's figures as references to the aggregate's own cells.
 */
public final class RollupWriter {

	private static final String INDENT = "  ";
	private static final String ROW_INDENT = "    ";

	private RollupWriter() {
	}

	/** The first line of every file this writer writes: {@code gpr rollup} only overwrites such files. */
	public static boolean isWritten(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		return first.startsWith("//") && first.contains("gpr rollup");
	}

	/**
	 * @param rosterPath the roster's path relative to the folder the aggregate is written to
	 */
	public static String write(Rollup rollup, EffectiveFormat format, String rosterPath) {
		Roster roster = rollup.getRoster();
		StringBuilder b = new StringBuilder();
		header(b, rollup, rosterPath);
		b.append("report ").append(quote(roster.getBody())).append(" year ").append(roster.getYear()).append(" format ")
				.append(format.getName()).append('\n');
		b.append("rollup ").append(quote(rosterPath)).append('\n');
		b.append("title ").append(quote(RollupMessages.get("writer.title", roster.getBody(), roster.getYear())))
				.append('\n');
		boolean first = true;
		for (EffectiveFormat.Section section : format.getSections()) {
			b.append('\n').append("section ").append(section.getName()).append(" {\n");
			if (first) {
				for (Figures.Definition figure : Figures.of(format)) {
					String expression = text(figure);
					if (expression != null) {
						b.append(INDENT).append("paragraph ")
								.append(quote(RollupMessages.get("writer.figure", figure.label()))).append(" {")
								.append(expression).append("}\n");
					}
				}
				first = false;
			}
			topics(b, format, section);
			for (EffectiveTable table : section.getTables()) {
				table(b, table, rollup);
			}
			b.append("}\n");
		}
		return b.toString();
	}

	/** The comment lines the file starts with: the roster, how many members are summed, the bodies it excludes. */
	private static void header(StringBuilder b, Rollup rollup, String rosterPath) {
		b.append("// ").append(RollupMessages.get("writer.header", rosterPath, rollup.summed().size(),
				rollup.leftOut().size())).append('\n');
		for (RosterEntry entry : rollup.getRoster().getEntries()) {
			if (entry instanceof RosterExclusion exclusion) {
				b.append("// ").append(RollupMessages.get("writer.excluded", comment(exclusion.getBody()),
						comment(exclusion.getReason()))).append('\n');
			}
		}
	}

	/**
	 * Refills an aggregate that exists: its leading comment lines (the roster's) and every table of
	 * the format are written again from the roll-up, exactly as {@link #write} writes them; everything
	 * else (title, headings, paragraphs, acceptances, comments inside sections) is kept byte for byte. A
	 * table of the format that the file lacks is added at the end of its section; a section of the
	 * format that the file lacks is added, with its tables, at the end of the file.
	 *
	 * @param existing the file's text, parsed without syntax errors into {@code report}
	 */
	public static String refill(String existing, Report report, Rollup rollup, EffectiveFormat format, String rosterPath) {
		List<int[]> spans = new ArrayList<>();
		List<String> replacements = new ArrayList<>();
		// the leading comment lines
		int headerEnd = 0;
		while (headerEnd < existing.length() && existing.startsWith("//", headerEnd)) {
			int end = existing.indexOf('\n', headerEnd);
			headerEnd = end < 0 ? existing.length() : end + 1;
		}
		StringBuilder header = new StringBuilder();
		header(header, rollup, rosterPath);
		spans.add(new int[] { 0, headerEnd });
		replacements.add(header.toString());
		StringBuilder missingSections = new StringBuilder();
		for (EffectiveFormat.Section section : format.getSections()) {
			ReportSection written = null;
			for (ReportSection candidate : report.getSections()) {
				if (candidate.getSection() != null && section.getName().equals(candidate.getSection().getName())) {
					written = candidate;
					break;
				}
			}
			if (written == null) {
				missingSections.append('\n').append("section ").append(section.getName()).append(" {\n");
				for (EffectiveTable table : section.getTables()) {
					table(missingSections, table, rollup);
				}
				missingSections.append("}\n");
				continue;
			}
			StringBuilder missingTables = new StringBuilder();
			for (EffectiveTable table : section.getTables()) {
				Table found = null;
				for (org.gpr.gpr.SectionItem item : written.getItems()) {
					if (item instanceof Table t && t.getTable() != null && table.getName().equals(t.getTable().getName())) {
						found = t;
						break;
					}
				}
				StringBuilder text = new StringBuilder();
				table(text, table, rollup);
				if (found == null) {
					missingTables.append(text);
					continue;
				}
				INode node = NodeModelUtils.findActualNodeFor(found);
				spans.add(new int[] { node.getOffset(), node.getEndOffset() });
				// without the first indent and the last line break: the table's own text
				replacements.add(text.substring(INDENT.length(), text.length() - 1));
			}
			if (missingTables.length() > 0) {
				INode node = NodeModelUtils.findActualNodeFor(written);
				// the line of the section's closing brace
				int close = node.getEndOffset() - 1;
				int lineStart = existing.lastIndexOf('\n', close) + 1;
				boolean ownLine = existing.substring(lineStart, close).isBlank();
				int at = ownLine ? lineStart : close;
				spans.add(new int[] { at, at });
				replacements.add(ownLine ? missingTables.toString() : "\n" + missingTables);
			}
		}
		StringBuilder b = new StringBuilder(existing);
		for (int i = spans.size() - 1; i >= 0; i--) {
			b.replace(spans.get(i)[0], spans.get(i)[1], replacements.get(i));
		}
		if (missingSections.length() > 0) {
			if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
				b.append('\n');
			}
			b.append(missingSections);
		}
		return b.toString();
	}

	/**
	 * A heading for each topic the format requires of the section whatever the body and the tables
	 * (its {@code mention} rules without {@code for} or {@code when}), numbered （一）（二）… as in
	 * published reports, so that the author writes under each what the region did.
	 */
	private static void topics(StringBuilder b, EffectiveFormat format, EffectiveFormat.Section section) {
		int n = 0;
		for (org.gpr.gpr.TopicRule topic : org.gpr.review.ReviewRules.of(format, org.gpr.gpr.TopicRule.class)) {
			if (topic.getSection() != null && section.getName().equals(topic.getSection().getName())
					&& topic.getKinds().isEmpty() && topic.getCondition() == null) {
				b.append(INDENT).append("heading ").append(quote(NUMERALS[Math.min(n++, NUMERALS.length - 1)] + topic.getLabel()))
						.append('\n');
			}
		}
	}

	private static final String[] NUMERALS = { "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）" };

	private static String text(Figures.Definition figure) {
		ICompositeNode node = NodeModelUtils.getNode(figure.expression());
		return node == null ? null : node.getText().trim().replaceAll("\\s+", " ");
	}

	private static void table(StringBuilder b, EffectiveTable table, Rollup rollup) {
		List<Column> columns = table.getLeafColumns();
		List<Row> rows = table.getLeafRows();
		List<String[]> lines = new ArrayList<>();
		String[] header = new String[columns.size() + 1];
		header[0] = "//";
		for (int c = 0; c < columns.size(); c++) {
			header[c + 1] = columns.get(c).getLabel() == null ? columns.get(c).getName() : columns.get(c).getLabel();
		}
		for (Row row : rows) {
			String[] line = new String[columns.size() + 1];
			line[0] = row.getName();
			for (int c = 0; c < columns.size(); c++) {
				Rollup.Total total = rollup.total(table.getName(), row.getName(), columns.get(c).getName());
				line[c + 1] = total == null ? "_" : total.text();
			}
			lines.add(line);
		}
		int[] widths = new int[columns.size() + 1];
		for (String[] line : lines) {
			for (int c = 0; c < line.length; c++) {
				widths[c] = Math.max(widths[c], GprFormatter.width(line[c]));
			}
		}
		b.append(INDENT).append("table ").append(table.getName()).append(" {\n");
		if (columns.size() > 1) {
			b.append(ROW_INDENT).append("// ").append(String.join(" · ", List.of(header).subList(1, header.length)))
					.append('\n');
		}
		for (String[] line : lines) {
			StringBuilder row = new StringBuilder(ROW_INDENT).append(line[0]).append(" ".repeat(widths[0] - GprFormatter.width(line[0])));
			for (int c = 1; c < line.length; c++) {
				row.append("  ").append(" ".repeat(widths[c] - GprFormatter.width(line[c]))).append(line[c]);
			}
			b.append(row).append('\n');
		}
		b.append(INDENT).append("}\n");
	}

	private static String comment(String text) {
		return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
	}

	static String quote(String text) {
		return '"' + (text == null ? "" : text).replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ")
				+ '"';
	}
}
