package org.gpr.importer;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gpr.format.NumberText;

/**
 * One published table cell as a gpr cell: the number exactly as published (full-width digits
 * and thousands separators aside), blank as {@code _}, "/" and "-" (and their dashes) as
 * {@code /}, money with its unit when the page's unit is not the format's.
 */
public final class CellText {

	private static final Pattern NUMBER = Pattern.compile("^([+-]?)(\\d[\\d,]*(?:\\.\\d+)?)(亿元|万元|元|件|项|个)?$");

	private CellText() {
	}

	private static String clean(String text) {
		String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
		return s.replaceAll("[\\s\\u00a0\\u3000\\u200b]", "");
	}

	/** Whether the text can be a cell of a table (a number, a dash, a slash), not a label. */
	public static boolean isCell(String text) {
		String s = clean(text);
		return isNotApplicable(s) || NUMBER.matcher(s).matches();
	}

	public static boolean isBlank(String text) {
		return clean(text).isEmpty();
	}

	private static boolean isNotApplicable(String s) {
		return s.matches("[/\\\\]|[-—–―‐‑]+|—+");
	}

	/**
	 * The cell as gpr writes it, or null when the text is no cell at all.
	 *
	 * @param money whether the column holds money
	 * @param formatUnit the unit the format gives the column (万元), or null
	 * @param pageUnit the unit the page's header gives the column, or null
	 */
	public static String toGpr(String text, boolean money, String formatUnit, String pageUnit) {
		String s = clean(text);
		if (s.isEmpty()) {
			return "_";
		}
		if (isNotApplicable(s)) {
			return "/";
		}
		Matcher m = NUMBER.matcher(s);
		if (!m.matches()) {
			return null;
		}
		String sign = m.group(1).equals("-") ? "-" : "";
		String digits = m.group(2).replace(",", "");
		String unit = m.group(3);
		if (NumberText.yuanPer(unit) == null) {
			// a count's unit (件, 项, 个) is dropped; a unit of money (元, 万元, 亿元, as a cell may write it) is kept
			unit = null;
		}
		if (unit == null && money && pageUnit != null && !pageUnit.equals(formatUnit)) {
			unit = pageUnit;
		}
		if (unit != null && !money) {
			return sign + digits + unit;
		}
		return sign + digits + (unit == null ? "" : unit);
	}
}
