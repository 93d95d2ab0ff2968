package org.gpr.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Binary;
import org.gpr.gpr.CellRef;
import org.gpr.gpr.Change;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.Embed;
import org.gpr.gpr.Expression;
import org.gpr.gpr.Literal;
import org.gpr.gpr.NumberLiteral;
import org.gpr.gpr.Percent;
import org.gpr.gpr.Row;
import org.gpr.gpr.RowDef;
import org.gpr.gpr.Text;
import org.gpr.gpr.TextPart;
import org.gpr.format.NumberText;

/**
 * Evaluates the expressions embedded in a report's narrative ({@code {table.row.column}}, sums
 * and differences, {@code percent(part, whole[, digits])}) over the report's cells, as the
 * {@link Evaluator} reads them. A group row or column stands for the sum of its members;
 * {@code previous} reads last year's report. A blank has the value the identities determine for
 * it, else counts as 0; a not-applicable, missing or unresolved cell makes the value unknown.
 */
public final class NarrativeEvaluator {

	/** What an expression evaluates to: a number (with its unit of money, if any), or unknown. */
	public record Value(BigDecimal number, String unit, boolean percent, boolean change) {

		public static final Value UNKNOWN = new Value(null, null, false, false);

		public Value(BigDecimal number, String unit, boolean percent) {
			this(number, unit, percent, false);
		}

		public boolean isKnown() {
			return number != null;
		}

		/** The value as the narrative shows it: digits as computed, a unit or % after them, — when unknown. */
		public String display() {
			if (number == null) {
				return "—";
			}
			String digits = number.toPlainString();
			if (change) {
				// the wording follows the sign: 增长12.0%, 减少38.3%, 持平
				return number.signum() > 0 ? CHANGE_UP + digits + "%"
						: number.signum() < 0 ? CHANGE_DOWN + number.negate().toPlainString() + "%" : CHANGE_SAME;
			}
			return percent ? digits + "%" : unit == null ? digits : digits + unit;
		}
	}

	/** How the report says a change from last year (the generated report is in Chinese). */
	public static final String CHANGE_UP = "增长";
	public static final String CHANGE_DOWN = "减少";
	public static final String CHANGE_SAME = "持平";

	/** Digits after the decimal point of a percent() without a third argument. */
	public static final int DEFAULT_PERCENT_DIGITS = 1;

	private final ReportData data;
	private final ReportData previous;

	/**
	 * @param data this year's report
	 * @param previous last year's report, or null when there is none
	 */
	public NarrativeEvaluator(ReportData data, ReportData previous) {
		this.data = data;
		this.previous = previous;
	}

	public NarrativeEvaluator(Evaluation evaluation) {
		this(evaluation.getData(), evaluation.getPrevious());
	}

	/** Texts already rendered by this evaluator (the checks read the same texts several times). */
	private final java.util.Map<Text, String> rendered = new java.util.IdentityHashMap<>();

	/** The text with every embedded expression replaced by its value. */
	public String render(Text text) {
		if (text == null) {
			return "";
		}
		String done = rendered.get(text);
		if (done == null) {
			done = renderNow(text);
			rendered.put(text, done);
		}
		return done;
	}

	private String renderNow(Text text) {
		StringBuilder out = new StringBuilder();
		for (TextPart part : text.getParts()) {
			if (part instanceof Literal literal) {
				out.append(literal.getValue() == null ? "" : literal.getValue());
			} else if (part instanceof Embed embed) {
				out.append(evaluate(embed.getExpression()).display());
			}
		}
		return out.toString();
	}

	public Value evaluate(Expression expression) {
		if (expression instanceof NumberLiteral literal) {
			NumberText number = NumberText.parse(literal.getValue(), false);
			return number == null ? Value.UNKNOWN : new Value(number.value(), number.unit(), false);
		}
		if (expression instanceof CellRef ref) {
			return cell(ref);
		}
		if (expression instanceof Binary binary) {
			Value left = evaluate(binary.getLeft());
			Value right = evaluate(binary.getRight());
			if (!left.isKnown() || !right.isKnown()) {
				return Value.UNKNOWN;
			}
			BigDecimal result = "-".equals(binary.getOperator()) ? left.number().subtract(right.number())
					: left.number().add(right.number());
			String unit = left.unit() != null ? left.unit() : right.unit();
			return new Value(result, unit, false);
		}
		if (expression instanceof Percent percent) {
			Value part = evaluate(percent.getPart());
			Value whole = evaluate(percent.getWhole());
			if (!part.isKnown() || !whole.isKnown() || whole.number().signum() == 0) {
				return Value.UNKNOWN;
			}
			int digits = DEFAULT_PERCENT_DIGITS;
			if (percent.getDigits() != null) {
				try {
					digits = Math.min(10, Integer.parseInt(percent.getDigits()));
				} catch (NumberFormatException e) {
					return Value.UNKNOWN;
				}
			}
			BigDecimal ratio = part.number().multiply(BigDecimal.valueOf(100)).divide(whole.number(), digits,
					RoundingMode.HALF_UP);
			return new Value(ratio, null, true);
		}
		if (expression instanceof Change change) {
			return change(change);
		}
		return Value.UNKNOWN;
	}

	/**
	 * change(x): (x − last year's x) / last year's x as a percentage; change(x from base) compares
	 * with base instead. Unknown without last year's report or when the base is 0.
	 */
	private Value change(Change change) {
		Value current = evaluate(change.getValue());
		Value base = baseOf(change);
		if (!current.isKnown() || !base.isKnown() || base.number().signum() == 0) {
			return Value.UNKNOWN;
		}
		int digits = DEFAULT_PERCENT_DIGITS;
		if (change.getDigits() != null) {
			try {
				digits = Math.min(10, Integer.parseInt(change.getDigits()));
			} catch (NumberFormatException e) {
				return Value.UNKNOWN;
			}
		}
		BigDecimal ratio = current.number().subtract(base.number()).multiply(BigDecimal.valueOf(100))
				.divide(base.number().abs(), digits, RoundingMode.HALF_UP);
		return new Value(ratio, null, true, true);
	}

	/** What a change() compares with: its base, or its own expression over last year's report. */
	public Value baseOf(Change change) {
		if (change.getBase() != null) {
			return evaluate(change.getBase());
		}
		if (previous == null) {
			return Value.UNKNOWN;
		}
		return new NarrativeEvaluator(previous, null).evaluate(change.getValue());
	}

	/** The value of an expression over last year's report (unknown without one). */
	public Value lastYear(Expression expression) {
		return previous == null ? Value.UNKNOWN : new NarrativeEvaluator(previous, null).evaluate(expression);
	}

	/** The cell reference's value in one report (whether or not it says previous). */
	public static Value valueIn(ReportData source, CellRef ref) {
		return new NarrativeEvaluator(source, null).cell(ref, source);
	}

	/**
	 * What a table implies for a cell or group of cells, named as in {@code {table.row.column}}: the
	 * sum of its numbers and of the blanks the identities determine ({@code derived} when any was
	 * one), or null when a blank they do not determine, a not-applicable or a missing cell is part of
	 * it. A statement about the table is compared with this, never with a blank taken for 0.
	 */
	public Implied implied(String tableName, String rowName, String columnName) {
		if (data == null || data.getFormat() == null) {
			return null;
		}
		EffectiveTable table = data.getFormat().findTable(tableName);
		if (table == null || table.findRow(rowName) == null || table.findColumn(columnName) == null) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		boolean derived = false;
		boolean any = false;
		for (Row row : table.memberRows(table.findRow(rowName).getDef())) {
			for (Column column : table.memberColumns(table.findColumn(columnName))) {
				CellValue value = data.value(table.getName(), row.getName(), column.getName());
				BigDecimal number = value.implied();
				if (number == null) {
					return null;
				}
				derived |= value.isDerived();
				sum = sum.add(number);
				any = true;
			}
		}
		return any ? new Implied(sum, derived) : null;
	}

	/** A value the table implies, and whether a blank the identities determine is part of it. */
	public record Implied(BigDecimal value, boolean derived) {
	}

	private Value cell(CellRef ref) {
		return cell(ref, ref.isPrevious() ? previous : data);
	}

	private Value cell(CellRef ref, ReportData source) {
		if (source == null || source.getFormat() == null || ref.getTable() == null || ref.getTable().eIsProxy()
				|| ref.getRow() == null || ref.getRow().eIsProxy() || ref.getColumn() == null
				|| ref.getColumn().eIsProxy()) {
			return Value.UNKNOWN;
		}
		EffectiveTable table = source.getFormat().findTable(ref.getTable().getName());
		if (table == null) {
			return Value.UNKNOWN;
		}
		// by name, so that last year's report answers in its own format
		RowDef rowDef = table.findRow(ref.getRow().getName()) == null ? null : table.findRow(ref.getRow().getName()).getDef();
		ColumnDef columnDef = table.findColumn(ref.getColumn().getName());
		if (rowDef == null || columnDef == null) {
			return Value.UNKNOWN;
		}
		BigDecimal sum = BigDecimal.ZERO;
		String unit = null;
		boolean any = false;
		for (Row row : table.memberRows(rowDef)) {
			for (Column column : table.memberColumns(columnDef)) {
				CellValue value = source.value(table.getName(), row.getName(), column.getName());
				BigDecimal number = value.forIdentity();
				if (number == null) {
					return Value.UNKNOWN;
				}
				if (value.unit() != null) {
					unit = value.unit();
				}
				sum = sum.add(number);
				any = true;
			}
		}
		// a column's declared unit is in the table's header: only a unit written in a cell is shown
		return any ? new Value(sum, unit, false) : Value.UNKNOWN;
	}
}
