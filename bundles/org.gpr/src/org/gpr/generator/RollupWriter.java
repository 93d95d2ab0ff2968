package org.gpr.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		List<EffectiveFormat.Section> sections = format.getSections();
		for (int i = 0; i < sections.size(); i++) {
			section(b, format, sections.get(i), i == 0, rollup);
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
	 * A section as {@link #write} writes it, after a blank line: in the format's first section the
	 * figures, then the topics' headings and the tables.
	 */
	private static void section(StringBuilder b, EffectiveFormat format, EffectiveFormat.Section section, boolean first,
			Rollup rollup) {
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
		}
		topics(b, format, section);
		for (EffectiveTable table : section.getTables()) {
			table(b, table, rollup);
		}
		b.append("}\n");
	}

	/** An edit of an aggregate's text: the characters from {@code start} to {@code end} become {@code text}. */
	public record Edit(int start, int end, String text) {
	}

	/**
	 * Refills an aggregate that exists: {@link #refillEdits}, applied.
	 *
	 * @param existing the file's text, parsed without syntax errors into {@code report}
	 */
	public static String refill(String existing, Report report, Rollup rollup, EffectiveFormat format, String rosterPath) {
		StringBuilder b = new StringBuilder(existing);
		List<Edit> edits = refillEdits(existing, report, rollup, format, rosterPath);
		for (int i = edits.size() - 1; i >= 0; i--) {
			b.replace(edits.get(i).start(), edits.get(i).end(), edits.get(i).text());
		}
		return b.toString();
	}

	/**
	 * What refilling an aggregate that exists changes, in the order of the text, each edit changing
	 * something: every table of the format is written again from the roll-up exactly as
	 * {@link #write} writes it, and so are the leading comment lines (the roster's) of a file gpr
	 * rollup wrote; everything else (title, headings, paragraphs, acceptances, comments inside
	 * sections) is kept byte for byte. A table of the format that the file lacks is added where
	 * {@link #write} puts it: after the table of the format before it that the file has, or before
	 * the first one it has, or at the end of its section when it has none. A section of the format
	 * that the file lacks is added, as {@link #write} writes it, after the section of the format
	 * before it that the file has, or before the first one it has, or at the end of the file. The
	 * command {@code gpr rollup} and the editor's quick fix both refill with this.
	 *
	 * @param existing the text {@code report} was parsed from, without syntax errors
	 * @param rosterPath the roster's path relative to the aggregate's folder, for the leading comment
	 */
	public static List<Edit> refillEdits(String existing, Report report, Rollup rollup, EffectiveFormat format,
			String rosterPath) {
		List<Edit> edits = new ArrayList<>();
		if (isWritten(existing)) {
			int headerEnd = 0;
			while (headerEnd < existing.length() && existing.startsWith("//", headerEnd)) {
				int end = existing.indexOf('\n', headerEnd);
				headerEnd = end < 0 ? existing.length() : end + 1;
			}
			StringBuilder header = new StringBuilder();
			header(header, rollup, rosterPath);
			edits.add(new Edit(0, headerEnd, header.toString()));
		}
		// the file's section of each name of the format, the first where it has two
		Map<String, ReportSection> written = new HashMap<>();
		for (ReportSection section : report.getSections()) {
			if (section.getSection() != null && !section.getSection().eIsProxy()) {
				written.putIfAbsent(section.getSection().getName(), section);
			}
		}
		List<EffectiveFormat.Section> sections = format.getSections();
		StringBuilder missing = new StringBuilder();
		ReportSection previous = null;
		for (int i = 0; i < sections.size(); i++) {
			ReportSection section = written.get(sections.get(i).getName());
			if (section == null) {
				section(missing, format, sections.get(i), i == 0, rollup);
				continue;
			}
			if (missing.length() > 0) {
				if (previous == null) {
					// before the first section the file has: the blank line goes after
					int at = lineStart(existing, NodeModelUtils.findActualNodeFor(section).getOffset());
					edits.add(new Edit(at, at, missing.substring(1) + "\n"));
				} else {
					edits.add(after(existing, previous, missing));
				}
				missing.setLength(0);
			}
			tables(existing, section, sections.get(i), rollup, edits);
			previous = section;
		}
		if (missing.length() > 0) {
			if (previous != null) {
				edits.add(after(existing, previous, missing));
			} else {
				boolean lineBreak = existing.isEmpty() || existing.endsWith("\n");
				edits.add(new Edit(existing.length(), existing.length(), (lineBreak ? "" : "\n") + missing));
			}
		}
		edits.removeIf(edit -> existing.substring(edit.start(), edit.end()).equals(edit.text()));
		edits.sort(java.util.Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
		return edits;
	}

	/** The tables of one section written again, and those the file lacks added at their places. */
	private static void tables(String existing, ReportSection section, EffectiveFormat.Section declared, Rollup rollup,
			List<Edit> edits) {
		Map<String, Table> written = new HashMap<>();
		for (org.gpr.gpr.SectionItem item : section.getItems()) {
			if (item instanceof Table table && table.getTable() != null && !table.getTable().eIsProxy()) {
				written.putIfAbsent(table.getTable().getName(), table);
			}
		}
		StringBuilder missing = new StringBuilder();
		Table previous = null;
		for (EffectiveTable table : declared.getTables()) {
			StringBuilder text = new StringBuilder();
			table(text, table, rollup);
			Table found = written.get(table.getName());
			if (found == null) {
				missing.append(text);
				continue;
			}
			INode node = NodeModelUtils.findActualNodeFor(found);
			if (missing.length() > 0) {
				edits.add(previous == null ? new Edit(lineStart(existing, node.getOffset()), lineStart(existing, node.getOffset()),
						missing.toString()) : after(existing, previous, missing));
				missing.setLength(0);
			}
			// without the first indent and the last line break: the table's own text
			edits.add(new Edit(node.getOffset(), node.getEndOffset(), text.substring(INDENT.length(), text.length() - 1)));
			previous = found;
		}
		if (missing.length() > 0) {
			if (previous != null) {
				edits.add(after(existing, previous, missing));
			} else {
				// on the line of the section's closing brace
				int close = NodeModelUtils.findActualNodeFor(section).getEndOffset() - 1;
				int lineStart = lineStart(existing, close);
				boolean ownLine = existing.substring(lineStart, close).isBlank();
				int at = ownLine ? lineStart : close;
				edits.add(new Edit(at, at, ownLine ? missing.toString() : "\n" + missing));
			}
		}
	}

	/** Text inserted at the start of the line after the one where {@code object} ends. */
	private static Edit after(String existing, org.eclipse.emf.ecore.EObject object, CharSequence text) {
		int end = NodeModelUtils.findActualNodeFor(object).getEndOffset();
		int lineBreak = existing.indexOf('\n', end);
		return lineBreak < 0 ? new Edit(existing.length(), existing.length(), "\n" + text)
				: new Edit(lineBreak + 1, lineBreak + 1, text.toString());
	}

	private static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
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
