package org.gpr.eval;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gpr.gpr.Cell;
import org.gpr.gpr.CellType;
import org.gpr.gpr.Relation;

/**
 * What a report's tables imply for their blank cells. An equality whose cells are all known but
 * one blank determines that blank: totals first (a blank 总计 is the sum of its parts), then parts
 * (a total minus the other parts), repeated until nothing more is determined, so that a blank
 * total column gives its values to the column rules that sum it. A blank the identities do not
 * determine stays undetermined: the identities count it as 0, a statement about it cannot be
 * checked. A value that would be negative in a column that is not signed is not taken. Several
 * blank parts whose known cells already make the total are each 0, counts not being negative.
 * When nothing more is determined so, a blank total whose parts are partly filled and partly
 * blank is the sum of the filled parts (a blank part counts as 0, as everywhere in the
 * identities): the published practice of leaving the 总计 column blank, and the sub-rows' blanks
 * for nothing. One such total at a time, then the exact derivations again.
 */
final class Derivations {

	private Derivations() {
	}

	/** The derivations, in the order found; the checks are a first evaluation (blanks undetermined). */
	static Map<Cell, Derivation> of(List<Check> checks) {
		Map<Cell, Derivation> found = new LinkedHashMap<>();
		if (!hasBlank(checks)) {
			// only a blank of this year's report in an evaluated equality is ever determined
			return found;
		}
		boolean changed = true;
		while (changed) {
			changed = pass(checks, found, true) || pass(checks, found, false) || totalOfFilledParts(checks, found);
		}
		return found;
	}

	/** Whether an equality that was evaluated has a blank of this year's report among its cells. */
	private static boolean hasBlank(List<Check> checks) {
		for (Check check : checks) {
			if (check.getStatus() == Check.Status.SKIPPED || check.getRule().getRelation() != Relation.EQ) {
				continue;
			}
			for (Operand operand : check.getOperands()) {
				if (operand.value().isBlank() && !operand.previous()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The first blank total (alone on its side of an equality) whose other side has at least one
	 * number and otherwise only undetermined blanks: it is the sum of the numbers. True when found.
	 */
	private static boolean totalOfFilledParts(List<Check> checks, Map<Cell, Derivation> found) {
		for (Check check : checks) {
			if (check.getStatus() == Check.Status.SKIPPED || check.getRule().getRelation() != Relation.EQ) {
				continue;
			}
			List<Operand> operands = check.getOperands();
			for (boolean left : new boolean[] { true, false }) {
				List<Operand> side = operands.stream().filter(o -> o.left() == left).toList();
				if (side.size() != 1) {
					continue;
				}
				Operand total = side.get(0);
				if (total.previous() || !total.value().isBlank() || known(total, found) != null) {
					continue;
				}
				BigDecimal sum = BigDecimal.ZERO;
				boolean filled = false;
				boolean usable = true;
				for (Operand part : operands) {
					if (part.left() == left) {
						continue;
					}
					BigDecimal value = known(part, found);
					if (value == null) {
						if (part.previous() || part.negative() || part.column().getType() == CellType.SIGNED
								|| part.sameCell(total)) {
							usable = false;
							break;
						}
						continue;
					}
					filled |= part.value().isNumber();
					sum = sum.add(contribution(part, value));
				}
				if (!usable || !filled) {
					continue;
				}
				BigDecimal value = contribution(total, sum.negate());
				if (value.signum() < 0 && total.column().getType() != CellType.SIGNED) {
					continue;
				}
				Cell cell = total.value().cell();
				found.put(cell, new Derivation(cell, value, check, total, true));
				return true;
			}
		}
		return false;
	}

	/** One pass over the equalities; true when a blank was determined. */
	private static boolean pass(List<Check> checks, Map<Cell, Derivation> found, boolean totals) {
		boolean changed = false;
		for (Check check : checks) {
			if (check.getStatus() == Check.Status.SKIPPED || check.getRule().getRelation() != Relation.EQ) {
				continue;
			}
			Operand unknown = null;
			int unknowns = 0;
			BigDecimal sum = BigDecimal.ZERO;
			for (Operand operand : check.getOperands()) {
				BigDecimal value = known(operand, found);
				if (value == null) {
					if (unknown == null || !operand.sameCell(unknown)) {
						unknowns++;
					}
					unknown = operand;
					continue;
				}
				sum = sum.add(contribution(operand, value));
			}
			if (unknowns > 1 && !totals && zeroParts(check, found, sum)) {
				changed = true;
				continue;
			}
			if (unknowns != 1 || unknown.previous()) {
				continue;
			}
			Operand blank = unknown;
			boolean alone = check.getOperands().stream().filter(o -> o.left() == blank.left()).count() == 1;
			if (totals && !alone) {
				continue;
			}
			// contribution(blank, x) + sum = 0
			BigDecimal value = contribution(blank, sum.negate());
			if (value.signum() < 0 && blank.column().getType() != CellType.SIGNED) {
				continue;
			}
			Cell cell = blank.value().cell();
			found.put(cell, new Derivation(cell, value, check, blank, alone));
			changed = true;
		}
		return changed;
	}

	/**
	 * Several blank parts whose known cells already add up to the total: counts are not negative,
	 * so every one of them is 0 (a column of blanks under a total of 0, as published or as a row of
	 * totals implies it).
	 */
	private static boolean zeroParts(Check check, Map<Cell, Derivation> found, BigDecimal sum) {
		List<Operand> unknown = check.getOperands().stream().filter(o -> known(o, found) == null).toList();
		Boolean side = null;
		for (Operand operand : unknown) {
			if (operand.previous() || operand.negative() || operand.column().getType() == CellType.SIGNED
					|| side != null && side != operand.left()) {
				return false;
			}
			side = operand.left();
		}
		// every part blank under a total of 0 (published, or derived from a row of totals) is 0 as well
		if (unknown.isEmpty() || sum.signum() != 0) {
			return false;
		}
		for (Operand operand : unknown) {
			Cell cell = operand.value().cell();
			found.put(cell, new Derivation(cell, BigDecimal.ZERO, check, operand, false));
		}
		return true;
	}

	/** The value of an operand as far as known: a number, a derived blank; null for an undetermined blank. */
	private static BigDecimal known(Operand operand, Map<Cell, Derivation> found) {
		CellValue value = operand.value();
		if (value.isBlank() && !operand.previous()) {
			Derivation derivation = found.get(value.cell());
			return derivation == null ? null : derivation.value();
		}
		return value.forIdentity();
	}

	/** The operand's value as added to the left-hand side minus the right-hand side (its own inverse). */
	private static BigDecimal contribution(Operand operand, BigDecimal value) {
		boolean plus = operand.left() != operand.negative();
		return plus ? value : value.negate();
	}
}
