package org.gpr.ide.editor;

import java.util.List;

import org.gpr.Messages;

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

	/** The labels of the styles, Chinese with an English variant (org/gpr/ide/messages*.properties). */
	public static final Messages.Bundle LABELS = new Messages.Bundle("org.gpr.ide.messages",
			HighlightingStyles.class.getClassLoader());

	/** A style: id, default colour, bold. */
	public record Style(String id, int red, int green, int blue, boolean bold) {

		/** The label a preference page shows, in the current language. */
		public String label() {
			return LABELS.get("style." + id);
		}
	}

	public static final List<Style> ALL = List.of(
			new Style(KEYWORD, 127, 0, 85, true),
			new Style(STRING, 42, 0, 255, false),
			new Style(NUMBER, 0, 0, 0, false),
			new Style(COMMENT, 63, 127, 95, false),
			new Style(ROW, 0, 102, 153, false),
			new Style(COLUMN, 0, 128, 128, false),
			new Style(TOTAL, 153, 51, 0, false),
			new Style(BLANK, 200, 120, 0, true),
			new Style(NOT_APPLICABLE, 128, 128, 128, true),
			new Style(REFERENCE, 170, 0, 170, false),
			new Style(DECLARATION, 0, 0, 192, true));

	public static Style find(String id) {
		for (Style style : ALL) {
			if (style.id().equals(id)) {
				return style;
			}
		}
		return null;
	}
}
