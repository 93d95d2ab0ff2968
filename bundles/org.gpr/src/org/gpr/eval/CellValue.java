package org.gpr.eval;

import java.math.BigDecimal;

import org.gpr.format.NumberText;
import org.gpr.gpr.BlankCell;
import org.gpr.gpr.Cell;
import org.gpr.gpr.NotApplicableCell;
import org.gpr.gpr.NumberCell;

/**
 * What one cell of a report holds. A blank is not a zero and "not applicable" is neither.
 *
 * @param value the number; for a blank, the value the table's identities determine for it (null
 *            when they do not: see {@link Evaluation#derivation})
 * @param cell the cell in the report, or null when the report has no such row or cell
 */
public record CellValue(Kind kind, BigDecimal value, String unit, Cell cell) {

	public enum Kind {
		NUMBER, BLANK, NOT_APPLICABLE, MISSING, INVALID
	}

	public static final CellValue MISSING = new CellValue(Kind.MISSING, null, null, null);

	public static CellValue of(Cell cell) {
		if (cell instanceof NumberCell number) {
			NumberText text = NumberText.parse(number.getValue(), number.isNegative());
			return text == null ? new CellValue(Kind.INVALID, null, null, cell)
					: new CellValue(Kind.NUMBER, text.value(), text.unit(), cell);
		}
		if (cell instanceof BlankCell) {
			return new CellValue(Kind.BLANK, null, null, cell);
		}
		if (cell instanceof NotApplicableCell) {
			return new CellValue(Kind.NOT_APPLICABLE, null, null, cell);
		}
		return MISSING;
	}

	/**
	 * The amount expressed in the column's unit of money (251000元 in a 万元 column is 25.1), so
	 * that identities over money add like with like; the unit as written is kept for display.
	 */
	public CellValue inUnit(String columnUnit) {
		if (kind != Kind.NUMBER || unit == null || columnUnit == null || unit.equals(columnUnit)) {
			return this;
		}
		BigDecimal converted = value.multiply(factor(unit)).divide(factor(columnUnit));
		return new CellValue(kind, converted, unit, cell);
	}

	private static BigDecimal factor(String unit) {
		BigDecimal factor = org.gpr.format.NumberText.yuanPer(unit);
		return factor == null ? BigDecimal.ONE : factor;
	}

	public boolean isNumber() {
		return kind == Kind.NUMBER;
	}

	public boolean isBlank() {
		return kind == Kind.BLANK;
	}

	/** A blank whose value the table's identities determine (the sum of its parts, a total minus the other parts). */
	public boolean isDerived() {
		return kind == Kind.BLANK && value != null;
	}

	/** The same blank with the value the identities determine for it. */
	CellValue derived(BigDecimal derived) {
		return new CellValue(Kind.BLANK, derived, unit, cell);
	}

	/**
	 * The value an identity computes with: a blank the identities determine has that value, any
	 * other blank counts as 0; anything else not a number has none.
	 */
	public BigDecimal forIdentity() {
		return switch (kind) {
		case NUMBER -> value;
		case BLANK -> value != null ? value : BigDecimal.ZERO;
		default -> null;
		};
	}

	/**
	 * The value a statement about the table may be compared with: a number, or a blank the
	 * identities determine; null for a blank they do not determine (it is not a 0), "/" and the rest.
	 */
	public BigDecimal implied() {
		return kind == Kind.NUMBER || kind == Kind.BLANK ? value : null;
	}

	/** How the cell reads in a message: the number as written, or 空白 / 不适用. */
	public String display() {
		return switch (kind) {
		case NUMBER -> cell instanceof NumberCell number ? (number.isNegative() ? "-" : "") + number.getValue()
				: value.toPlainString();
		case BLANK -> org.gpr.Messages.get("value.blank");
		case NOT_APPLICABLE -> "/";
		default -> "?";
		};
	}
}
