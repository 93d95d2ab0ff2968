package org.gpr.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What the importer made of a published report, ready to be written as {@code .gpr}: the report's
 * head, its sections in official order with their narrative and tables, the changes a format
 * extension must make so that the report's own rows fit, and everything it could not place.
 */
public final class ImportedReport {

	/** A piece of narrative text: literal text, or an expression over the report's cells. */
	public record Part(String text, boolean embed) {
		public static Part literal(String text) {
			return new Part(text, false);
		}

		public static Part embed(String expression) {
			return new Part(expression, true);
		}
	}

	/** A heading, a paragraph or a numbered list (one text per item). */
	public record Narrative(Kind kind, List<List<Part>> texts) {
		public enum Kind {
			HEADING, PARAGRAPH, LIST
		}
	}

	/** A row of a table as the report's file will hold it. */
	public static final class Row {
		public final String name;
		public final String label;
		public final List<String> cells;
		/** The names of the row groups it is in, outermost first (for sums in the narrative audit). */
		public final List<String> groups;
		public final boolean total;
		/** A remark written after the row as a comment, or null. */
		public String comment;

		public Row(String name, String label, List<String> cells, List<String> groups, boolean total) {
			this.name = name;
			this.label = label;
			this.cells = cells;
			this.groups = groups;
			this.total = total;
		}
	}

	/** One table of the report. */
	public static final class Table {
		public final String name;
		public final String label;
		public final List<String> columns;
		public final List<String> columnLabels;
		/** For each column, the label of its group ("" when none), for the header comment. */
		public final List<String> columnGroups;
		/** Whether a '|' goes before each column. */
		public final List<Boolean> separators;
		public final List<Row> rows = new ArrayList<>();
		/** Lines of the published table that matched nothing, kept as comments. */
		public final List<String> unmatched = new ArrayList<>();

		public Table(String name, String label, List<String> columns, List<String> columnLabels, List<String> columnGroups,
				List<Boolean> separators) {
			this.name = name;
			this.label = label;
			this.columns = columns;
			this.columnLabels = columnLabels;
			this.columnGroups = columnGroups;
			this.separators = separators;
		}

		public Row row(String name) {
			return rows.stream().filter(r -> r.name.equals(name)).findFirst().orElse(null);
		}
	}

	/** One section of the report. */
	public static final class Section {
		public final String name;
		public final String label;
		public final List<Object> items = new ArrayList<>();
		public final List<String> unmatched = new ArrayList<>();

		public Section(String name, String label) {
			this.name = name;
			this.label = label;
		}

		public List<Table> tables() {
			return items.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
		}

		public List<Narrative> narratives() {
			return items.stream().filter(Narrative.class::isInstance).map(Narrative.class::cast).toList();
		}
	}

	public String source;
	/** How the places of the source are named (lines; pages and lines; paragraphs and tables). */
	public SourceDocument.Places places = SourceDocument.Places.LINES;
	public String body;
	public int year;
	/** The official format the report follows (gov2019, gov2021). */
	public String baseFormat;
	/** The format the report names: the official one, or the generated extension. */
	public String format;
	public String title;
	/** Last year's report as the written report names it ({@code previous "…"}, relative to it), or null. */
	public String previous;
	/** When the report was published (YYYY-MM-DD), as its page states; null when it does not. */
	public String published;
	public List<Part> contact;
	public final List<Section> sections = new ArrayList<>();
	/** Per table name, the {@code extend table} changes of the generated format extension. */
	public final java.util.Map<String, List<String>> extensionChanges = new java.util.LinkedHashMap<>();
	/** Per table name, the extra rules of the generated format extension. */
	public final java.util.Map<String, List<String>> extensionRules = new java.util.LinkedHashMap<>();
	/** Text of the page outside the report (navigation, footer), kept as comments at the end. */
	public final List<String> outside = new ArrayList<>();
	/** The line of the source where the first of those lines is (0 when there are none). */
	public int outsideLine;
	public final List<ImportWarning> warnings = new ArrayList<>();
	public final List<NarrativeFinding> findings = new ArrayList<>();

	/**
	 * A change from last year the narrative states, to be compared with last year's report.
	 *
	 * @param words the words of the change ("较去年回落12.3%")
	 * @param expression the cells the change is about ({@code 申请.新收.总计})
	 * @param stated this year's number as the narrative states it
	 * @param table this year's number as the tables give it, or null
	 * @param change the change stated, in percent, negative for a fall
	 * @param digits the digits after the point written
	 */
	public record Change(int line, String words, String expression, java.math.BigDecimal stated, java.math.BigDecimal table,
			java.math.BigDecimal change, int digits) {
	}

	/** The changes from last year the narrative states. */
	public final List<Change> changes = new ArrayList<>();
	/** What the tables give for the expressions the narrative audit knows, for next year's changes. */
	public final java.util.Map<String, java.math.BigDecimal> values = new java.util.LinkedHashMap<>();

	public boolean needsExtension() {
		return !extensionChanges.isEmpty();
	}

	public Table table(String name) {
		for (Section section : sections) {
			for (Table table : section.tables()) {
				if (table.name.equals(name)) {
					return table;
				}
			}
		}
		return null;
	}

	/** The import's warnings and the narrative's mismatches, in the order of the file. */
	public List<ImportWarning> allWarnings() {
		List<ImportWarning> all = new ArrayList<>(warnings);
		for (NarrativeFinding finding : findings) {
			if (!finding.matches()) {
				all.add(new ImportWarning(finding.line(), finding.message()));
			}
		}
		all.sort(java.util.Comparator.comparingInt(ImportWarning::line));
		return all;
	}

	/** Where a warning is: the place in the source, or null for one about the whole file. */
	public String place(int line) {
		return line > 0 ? places.name(line) : null;
	}

	public void warn(int line, String message) {
		warnings.add(new ImportWarning(line, message));
	}
}
