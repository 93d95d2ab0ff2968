package org.gpr.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.Operand;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Cell;
import org.gpr.gpr.Relation;
import org.gpr.gpr.Report;

import com.google.inject.Inject;

/**
 * Reports what the {@link Evaluator} found: each broken identity on the cell to change, with the
 * rule in the format's words, the column, the expected and actual values and the difference; and
 * each blank cell an identity had to count as 0.
 */
public class IdentityValidator extends GprCheck {

	@Inject
	private Evaluator evaluator;

	@Inject
	private org.gpr.review.Acceptances acceptances;

	/**
	 * One diagnostic per cell and expected value: a wrong total usually breaks several identities
	 * at once, and they all ask for the same value, so the rules are named together.
	 */
	@Check
	public void checkIdentities(Report report) {
		Evaluation evaluation = evaluator.evaluate(report);
		Map<List<Object>, List<org.gpr.eval.Check>> byCell = new LinkedHashMap<>();
		for (org.gpr.eval.Check check : evaluation.broken()) {
			Operand culprit = check.getCulprit();
			if (culprit == null || culprit.value().cell() == null) {
				continue;
			}
			List<Object> key = check.getRule().getRelation() == Relation.EQ
					? List.of(culprit.value().cell(), code(check), String.valueOf(check.getExpected()), check.isError())
					: List.of(check);
			byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(check);
		}
		for (List<org.gpr.eval.Check> checks : byCell.values()) {
			org.gpr.eval.Check check = checks.get(0);
			Cell cell = check.getCulprit().value().cell();
			String message = message(checks);
			String[] data = check.getExpected() == null ? new String[0] : new String[] { check.getExpected().toPlainString() };
			org.gpr.gpr.Acceptance accepted = check.isError() ? null
					: acceptances.find(report, checks.stream().map(c -> c.getRule().getName()).toList(), cell);
			if (check.isError()) {
				error(message, cell, null, code(check), data);
			} else if (accepted != null) {
				info(Messages.get("accepted", message, accepted.getReason()), cell, null, IssueCodes.ACCEPTED,
						code(check));
			} else {
				warning(message, cell, null, code(check), data);
			}
		}
		blanks(evaluation);
	}

	private static String code(org.gpr.eval.Check check) {
		return check.isCrossYear() ? IssueCodes.CROSS_YEAR_MISMATCH
				: check.getRule().getRelation() == Relation.EQ ? IssueCodes.IDENTITY_BROKEN : IssueCodes.SOFT_CHECK;
	}

	private void blanks(Evaluation evaluation) {
		Map<Cell, BigDecimal> computed = new LinkedHashMap<>();
		Map<Cell, org.gpr.eval.Check> firstCheck = new LinkedHashMap<>();
		for (org.gpr.eval.Check check : evaluation.getChecks()) {
			if (check.getStatus() == org.gpr.eval.Check.Status.SKIPPED) {
				continue;
			}
			List<Operand> blanks = check.blanks();
			for (Operand blank : blanks) {
				Cell cell = blank.value().cell();
				firstCheck.putIfAbsent(cell, check);
				if (blanks.size() == 1 && !computed.containsKey(cell)) {
					BigDecimal value = check.solveFor(blank);
					if (value != null && value.signum() >= 0) {
						computed.put(cell, value);
					}
				}
			}
		}
		for (Map.Entry<Cell, org.gpr.eval.Check> entry : firstCheck.entrySet()) {
			org.gpr.eval.Check check = entry.getValue();
			Operand blank = check.blanks().stream().filter(o -> o.value().cell() == entry.getKey()).findFirst()
					.orElseThrow();
			BigDecimal value = computed.get(entry.getKey());
			String rule = ruleText(check);
			String message = value == null ? Messages.get("blank.identity", subject(check.getTable(), blank), rule)
					: Messages.get("blank.identity.value", subject(check.getTable(), blank), rule, value.toPlainString());
			warning(message, entry.getKey(), null, IssueCodes.BLANK_IN_IDENTITY,
					value == null ? "0" : value.toPlainString());
		}
	}

	private static String ruleText(org.gpr.eval.Check check) {
		return ruleText(List.of(check));
	}

	/** The kind of the checks and their rules in the format's words: 勾稽关系：A；B. */
	private static String ruleText(List<org.gpr.eval.Check> checks) {
		org.gpr.eval.Check check = checks.get(0);
		String kind = Messages.get(check.isCrossYear() ? "kind.crossYear" : check.isError() ? "kind.identity" : "kind.soft");
		List<String> labels = new ArrayList<>();
		for (org.gpr.eval.Check each : checks) {
			if (!labels.contains(each.getRule().getLabel())) {
				labels.add(each.getRule().getLabel());
			}
		}
		return kind + Messages.get("rules.separator.kind") + String.join(Messages.get("rules.separator"), labels);
	}

	/** How a cell is named: its row's label and its column's (with the column's groups). */
	private static String subject(EffectiveTable table, Operand operand) {
		String row = table.labelOf(operand.row());
		String column = EffectiveTables.columnPath(operand.column());
		return operand.row().getLabel() == null && table.getLeafRows().size() == 1 ? column
				: Messages.get("cell.name", row, column);
	}

	static String message(List<org.gpr.eval.Check> checks) {
		org.gpr.eval.Check check = checks.get(0);
		Operand culprit = check.getCulprit();
		String subject = subject(check.getTable(), culprit);
		String rule = ruleText(checks);
		if (check.getRule().getRelation() != Relation.EQ) {
			BigDecimal difference = check.getLeft().subtract(check.getRight()).abs();
			return Messages.get("identity.inequality", subject, check.getLeft().toPlainString(),
					check.getRight().toPlainString(), difference.toPlainString(), rule);
		}
		BigDecimal expected = check.getExpected();
		BigDecimal actual = culprit.value().forIdentity();
		BigDecimal difference = actual.subtract(expected);
		String diff = Messages.get(difference.signum() > 0 ? "diff.more" : "diff.less", difference.abs().toPlainString());
		return Messages.get("identity.broken", subject, expected.toPlainString(), culprit.value().display(), diff, rule);
	}
}
