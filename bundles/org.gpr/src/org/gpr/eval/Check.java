package org.gpr.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Element;
import org.gpr.gpr.Relation;
import org.gpr.gpr.Rule;
import org.gpr.gpr.Severity;
import org.gpr.gpr.Sum;
import org.gpr.gpr.Term;

/** One rule of a format evaluated in one column (or one row) of a report's table. */
public final class Check {

	public enum Status {
		HOLDS, BROKEN,
		/** A cell is not applicable (/), missing, or from a previous report that is not there. */
		SKIPPED
	}

	private final Rule rule;
	private final EffectiveTable table;
	private final Element along;
	private final List<Operand> operands;
	private final Status status;
	private final BigDecimal left;
	private final BigDecimal right;
	private Operand culprit;
	private BigDecimal expected;

	Check(Rule rule, EffectiveTable table, Element along, List<Operand> operands, Status status, BigDecimal left,
			BigDecimal right) {
		this.rule = rule;
		this.table = table;
		this.along = along;
		this.operands = Collections.unmodifiableList(operands);
		this.status = status;
		this.left = left;
		this.right = right;
	}

	public Rule getRule() {
		return rule;
	}

	public EffectiveTable getTable() {
		return table;
	}

	/** The column the rule was evaluated in ({@code for each column}) or the row ({@code for each row}). */
	public Element getAlong() {
		return along;
	}

	public List<Operand> getOperands() {
		return operands;
	}

	public Status getStatus() {
		return status;
	}

	public boolean isBroken() {
		return status == Status.BROKEN;
	}

	public boolean isError() {
		return rule.getSeverity() == Severity.ERROR;
	}

	/** Whether the rule compares with last year's report. */
	public boolean isCrossYear() {
		return isCrossYear(rule);
	}

	/** Whether a rule names a cell of last year's report. */
	public static boolean isCrossYear(Rule rule) {
		return hasPrevious(rule.getLeft()) || hasPrevious(rule.getRight());
	}

	private static boolean hasPrevious(Sum sum) {
		if (sum != null) {
			List<Term> terms = sum.getTerms();
			for (int i = 0; i < terms.size(); i++) {
				if (terms.get(i).isPrevious()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The sum of the left-hand side (blanks as 0), or null when skipped. */
	public BigDecimal getLeft() {
		return left;
	}

	public BigDecimal getRight() {
		return right;
	}

	/** The cell this year's report should change, for a broken check. */
	public Operand getCulprit() {
		return culprit;
	}

	/** The value the culprit must take for the rule to hold (null for an inequality). */
	public BigDecimal getExpected() {
		return expected;
	}

	void blame(Operand operand, BigDecimal value) {
		this.culprit = operand;
		this.expected = value;
	}

	/** This year's cells of the check. */
	public List<Operand> currentOperands() {
		List<Operand> result = new ArrayList<>();
		for (Operand operand : operands) {
			if (!operand.previous()) {
				result.add(operand);
			}
		}
		return result;
	}

	/** The blank cells of this year's report the check counted as 0. */
	public List<Operand> blanks() {
		// read for every check of a report, and most have none: no list is made for them
		List<Operand> result = null;
		for (int i = 0; i < operands.size(); i++) {
			Operand operand = operands.get(i);
			if (!operand.previous() && operand.value().isBlank()) {
				if (result == null) {
					result = new ArrayList<>();
				}
				result.add(operand);
			}
		}
		return result == null ? List.of() : result;
	}

	/** The value an operand of this year's must have for an equality to hold, the others unchanged. */
	public BigDecimal solveFor(Operand operand) {
		if (rule.getRelation() != Relation.EQ || left == null || right == null) {
			return null;
		}
		BigDecimal current = operand.value().forIdentity();
		if (current == null) {
			return null;
		}
		BigDecimal difference = left.subtract(right);
		boolean plus = operand.left() != operand.negative();
		return plus ? current.subtract(difference) : current.add(difference);
	}
}
