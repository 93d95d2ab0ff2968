package org.gpr.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.eval.Derivation;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.Operand;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Cell;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Relation;
import org.gpr.gpr.Report;

import com.google.inject.Inject;

/**
 * Reports what the {@link Evaluator} found: each broken identity on the cell to change, with the
 * rule in the format's words, the column, the expected and actual values and the difference; and
 * the blank cells an identity needs: the value the identities determine for each, or that it
 * counts as 0 (one warning per table, an information per cell).
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

	/**
	 * Blanks an identity needs. Each cell gets an information (an author sees every blank in the
	 * editor; {@code gpr check --blanks} lists them): the value the identities determine for it, or
	 * that it counts as 0. Each table gets one warning that says how many there are and where, so
	 * that a report whose 总计 column is left blank gets one finding, not one per cell.
	 */
	private void blanks(Evaluation evaluation) {
		Map<EffectiveTable, Map<Cell, Derivation>> derived = new LinkedHashMap<>();
		Map<EffectiveTable, Map<Cell, org.gpr.eval.Check>> zero = new LinkedHashMap<>();
		Map<Cell, BigDecimal> computed = new LinkedHashMap<>();
		for (org.gpr.eval.Check check : evaluation.getChecks()) {
			if (check.getStatus() == org.gpr.eval.Check.Status.SKIPPED) {
				continue;
			}
			List<Operand> blanks = check.blanks();
			for (Operand blank : blanks) {
				Cell cell = blank.value().cell();
				Derivation derivation = evaluation.derivation(cell);
				if (derivation != null) {
					derived.computeIfAbsent(check.getTable(), t -> new LinkedHashMap<>()).put(cell, derivation);
					continue;
				}
				zero.computeIfAbsent(check.getTable(), t -> new LinkedHashMap<>()).putIfAbsent(cell, check);
				if (blanks.size() == 1 && !computed.containsKey(cell)) {
					BigDecimal value = check.solveFor(blank);
					if (value != null && value.signum() >= 0) {
						computed.put(cell, value);
					}
				}
			}
		}
		for (Map<Cell, Derivation> cells : derived.values()) {
			for (Derivation derivation : cells.values()) {
				String message = Messages.get("blank.derived", subject(derivation.check().getTable(), derivation.operand()),
						derivation.value().toPlainString(), ruleText(derivation.check()));
				info(message, derivation.cell(), null, IssueCodes.BLANK_DERIVED, derivation.value().toPlainString());
			}
		}
		for (Map<Cell, org.gpr.eval.Check> cells : zero.values()) {
			for (Map.Entry<Cell, org.gpr.eval.Check> entry : cells.entrySet()) {
				org.gpr.eval.Check check = entry.getValue();
				Operand blank = check.blanks().stream().filter(o -> o.value().cell() == entry.getKey()).findFirst()
						.orElseThrow();
				BigDecimal value = computed.get(entry.getKey());
				String rule = ruleText(check);
				String message = value == null ? Messages.get("blank.identity", subject(check.getTable(), blank), rule)
						: Messages.get("blank.identity.value", subject(check.getTable(), blank), rule, value.toPlainString());
				info(message, entry.getKey(), null, IssueCodes.BLANK_IN_IDENTITY, value == null ? "0" : value.toPlainString());
			}
		}
		List<EffectiveTable> tables = new ArrayList<>(derived.keySet());
		zero.keySet().stream().filter(t -> !tables.contains(t)).forEach(tables::add);
		for (EffectiveTable table : tables) {
			org.gpr.gpr.Table element = evaluation.getData().table(table.getName());
			if (element == null) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			parts.addAll(derivedParts(table, derived.getOrDefault(table, Map.of())));
			Map<Cell, org.gpr.eval.Check> zeros = zero.getOrDefault(table, Map.of());
			if (!zeros.isEmpty()) {
				List<String> rows = new ArrayList<>();
				for (Map.Entry<Cell, org.gpr.eval.Check> entry : zeros.entrySet()) {
					Operand blank = entry.getValue().blanks().stream().filter(o -> o.value().cell() == entry.getKey())
							.findFirst().orElseThrow();
					String row = table.labelOf(blank.row());
					if (!rows.contains(row)) {
						rows.add(row);
					}
				}
				parts.add(Messages.get("blanks.zero", zeros.size(), rows.size(), listed(rows)));
			}
			int count = derived.getOrDefault(table, Map.of()).size() + zeros.size();
			warning(Messages.get("blanks.table", table.getLabel(), count,
					String.join(Messages.get("rules.separator"), parts)), element, GprPackage.Literals.TABLE__TABLE,
					IssueCodes.BLANKS_IN_TABLE);
		}
	}

	/**
	 * The derived blanks of a table, grouped where they lie: a row rule fills a column (the 总计
	 * column's blanks are each row's sum), a column rule a row.
	 */
	private static List<String> derivedParts(EffectiveTable table, Map<Cell, Derivation> cells) {
		Map<List<Object>, List<Derivation>> groups = new LinkedHashMap<>();
		for (Derivation derivation : cells.values()) {
			boolean byRow = derivation.check().getRule().getDirection() == org.gpr.gpr.Direction.ROW;
			List<Object> key = List.of(byRow, byRow ? derivation.operand().column() : derivation.operand().row(),
					derivation.check().getRule());
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(derivation);
		}
		List<String> parts = new ArrayList<>();
		for (Map.Entry<List<Object>, List<Derivation>> group : groups.entrySet()) {
			List<Derivation> members = group.getValue();
			Derivation first = members.get(0);
			boolean byRow = (Boolean) group.getKey().get(0);
			List<String> values = new ArrayList<>();
			for (Derivation derivation : members) {
				String place = byRow ? table.labelOf(derivation.operand().row())
						: EffectiveTables.columnPath(derivation.operand().column());
				values.add(Messages.get("blanks.derived.value", place, derivation.value().toPlainString()));
			}
			String where = byRow ? EffectiveTables.columnPath(first.operand().column()) : table.labelOf(first.operand().row());
			// a blank total is the sum of its parts; a blank part is the total less the other parts
			String key = !byRow ? "blanks.derived.row" : first.total() ? "blanks.derived.column" : "blanks.derived.column.part";
			parts.add(Messages.get(key, where, members.size(),
					first.check().getRule().getLabel(), listed(values)));
		}
		return parts;
	}

	/** At most five items, then how many more. */
	private static String listed(List<String> items) {
		String separator = Messages.get("blanks.list.separator");
		if (items.size() <= 5) {
			return String.join(separator, items);
		}
		return String.join(separator, items.subList(0, 5)) + Messages.get("blanks.list.more", items.size() - 5);
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
