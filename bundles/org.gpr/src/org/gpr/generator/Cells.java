package org.gpr.generator;

import org.gpr.eval.CellValue;

/** How cells and labels read in the generated files. */
public final class Cells {

	private Cells() {
	}

	/** A cell as the form shows it: the number as written (with a unit written in the cell), blank, or /. */
	public static String text(CellValue value) {
		if (value == null) {
			return "";
		}
		return switch (value.kind()) {
		case NUMBER -> value.value().toPlainString() + (value.unit() == null ? "" : value.unit());
		case NOT_APPLICABLE -> "/";
		default -> "";
		};
	}

	/**
	 * Text for a spreadsheet cell that a spreadsheet must not read as a formula: text starting
	 * with =, +, -, @ (or a tab or carriage return) gets a leading apostrophe.
	 */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text == null ? "" : text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

	/** Whether the text would be read as a formula by a spreadsheet. */
	public static boolean risky(String text) {
		return text != null && !neutralise(text).equals(text);
	}

	/** Escapes text for HTML element content and quoted attribute values. */
	public static String html(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			case '{' -> out.append("&#123;");
			case '}' -> out.append("&#125;");
			default -> {
				if (c < 0x20 && c != '\n' && c != '\t') {
					out.append(' ');
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	/** A JSON string literal. */
	public static String json(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '<' -> out.append("\\u003c");
			case '>' -> out.append("\\u003e");
			case '\u2028' -> out.append("\\u2028");
			case '\u2029' -> out.append("\\u2029");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** A file-name-safe form of a name: letters (any script), digits, - _ . kept; anything else _. */
	public static String fileName(String name) {
		StringBuilder out = new StringBuilder();
		name.codePoints().forEach(cp -> {
			if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.') {
				out.appendCodePoint(cp);
			} else {
				out.append('_');
			}
		});
		String result = out.toString().replaceAll("^[.]+", "").replaceAll("\\.{2,}", "_");
		if (result.length() > 80) {
			result = result.substring(0, 80);
		}
		if (result.isEmpty() || result.matches("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?")) {
			result = "report_" + result;
		}
		return result;
	}
}
