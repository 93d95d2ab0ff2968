package org.gpr.format;

import java.math.BigDecimal;

/**
 * A number as written in a cell or a format: digits, an optional fraction and an optional unit
 * of money (元, 万元, 亿元). Read as {@link BigDecimal}, never as floating point.
 */
public record NumberText(BigDecimal value, String unit) {

	public static final String[] UNITS = { "亿元", "万元", "元" };

	/** Reads the text of a NUMBER token; a leading '-' negates it. Null for text that is no number. */
	public static NumberText parse(String text, boolean negative) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (isPlainWhole(text)) {
			// the usual cell, a whole number without a unit: read without BigDecimal's string parser
			long value = Long.parseLong(text);
			return new NumberText(BigDecimal.valueOf(negative ? -value : value), null);
		}
		String digits = text;
		String unit = null;
		for (String candidate : UNITS) {
			if (digits.endsWith(candidate)) {
				unit = candidate;
				digits = digits.substring(0, digits.length() - candidate.length());
				break;
			}
		}
		try {
			BigDecimal value = new BigDecimal(digits);
			return new NumberText(negative ? value.negate() : value, unit);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** How many 元 one of a unit of money is (万元: 10000); null for what is no unit of money. */
	public static BigDecimal yuanPer(String unit) {
		if (unit == null) {
			return null;
		}
		return switch (unit) {
		case "元" -> BigDecimal.ONE;
		case "万元" -> BigDecimal.valueOf(10_000);
		case "亿元" -> BigDecimal.valueOf(100_000_000);
		default -> null;
		};
	}

	/**
	 * Whether the text is the usual cell: a whole number of at most 18 digits, without a fraction
	 * or a unit, so that it fits a {@code long} (the sign is written apart from the digits).
	 */
	public static boolean isPlainWhole(String text) {
		return text != null && !text.isEmpty() && text.length() <= 18 && isDigits(text);
	}

	private static boolean isDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	public boolean isWhole() {
		return value.stripTrailingZeros().scale() <= 0;
	}

	/** Decimals as written (12.50 has two). */
	public int decimals() {
		return Math.max(0, value.scale());
	}

	/** Whether the value fits in a {@code long}. */
	public boolean fitsLong() {
		return value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
				&& value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
	}
}
