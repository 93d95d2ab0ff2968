package org.gpr.ide.editor;

import java.util.List;

/**
 * The highlighting styles of gpr: ids shared by the lexical and the semantic highlighter, with
 * their default colours (RGB) and labels. The Eclipse editor shows them in its preference page.
 */
public final class HighlightingStyles {

	private HighlightingStyles() {
	}

	public static final String KEYWORD = "keyword";
	public static final String STRING = "string";
	public static final String NUMBER = "number";
	public static final String COMMENT = "comment";
	public static final String ROW = "row";
	public static final String COLUMN = "column";
	public static final String TOTAL = "total";
	public static final String BLANK = "blank";
	public static final String NOT_APPLICABLE = "notApplicable";
	public static final String REFERENCE = "reference";
	public static final String DECLARATION = "declaration";

	/** A style: id, English label, default colour, bold. */
	public record Style(String id, String label, int red, int green, int blue, boolean bold) {
	}

	public static final List<Style> ALL = List.of(
			new Style(KEYWORD, "Keywords", 127, 0, 85, true),
			new Style(STRING, "Strings and narrative text", 42, 0, 255, false),
			new Style(NUMBER, "Numbers", 0, 0, 0, false),
			new Style(COMMENT, "Comments", 63, 127, 95, false),
			new Style(ROW, "Row names", 0, 102, 153, false),
			new Style(COLUMN, "Column names", 0, 128, 128, false),
			new Style(TOTAL, "Totals", 153, 51, 0, false),
			new Style(BLANK, "Blank cells (_)", 200, 120, 0, true),
			new Style(NOT_APPLICABLE, "Not applicable cells (/)", 128, 128, 128, true),
			new Style(REFERENCE, "Embedded references {table.row.column}", 170, 0, 170, false),
			new Style(DECLARATION, "Declared names (formats, sections, tables)", 0, 0, 192, true));

	public static Style find(String id) {
		for (Style style : ALL) {
			if (style.id().equals(id)) {
				return style;
			}
		}
		return null;
	}
}
