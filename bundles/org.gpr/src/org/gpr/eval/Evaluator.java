package org.gpr.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.format.ParseCache;
import org.gpr.gpr.Cell;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.Direction;
import org.gpr.gpr.Element;
import org.gpr.gpr.Relation;
import org.gpr.gpr.Report;
import org.gpr.gpr.Row;
import org.gpr.gpr.RowDef;
import org.gpr.gpr.Rule;
import org.gpr.gpr.Sum;
import org.gpr.gpr.Term;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Computes every rule a report's format declares over the report's cells, with BigDecimal, and
 * for each broken equality finds the cell to blame and the value it should have. A blank cell the
 * identities determine ({@link Derivations}) takes that value; any other blank counts as 0. Generic over
 * formats: it knows no table, row or column by name. Validators only report what it found.
 */
@Singleton
public class Evaluator {

	@Inject
	private FormatModel formats;

	@Inject
	private PreviousReports previousReports;

	/** The evaluation of a report, cached until the report is parsed again. */
	public Evaluation evaluate(Report report) {
		if (report == null || report.eResource() == null) {
			return Evaluation.EMPTY;
		}
		return ParseCache.get(report.eResource(), Evaluator.class, () -> compute(report));
	}

	private Evaluation compute(Report report) {
		EffectiveFormat format = formats.of(report);
		if (format == null) {
			return Evaluation.EMPTY;
		}
		ReportData data = new ReportData(report, format);
		PreviousReports.Link link = previousReports.resolve(report);
		ReportData previous = null;
		if (link.status() == PreviousReports.Status.FOUND && PreviousReports.matches(report, link.report())) {
			EffectiveFormat previousFormat = formats.of(link.report());
			previous = previousFormat == null ? null : ReportData.asPrevious(link.report(), previousFormat);
		}
		// first what the tables imply for their blanks, then every rule with those values; when the
		// tables determine no blank, the first evaluation is the final one (the values are the same)
		List<List<Check>> first = checks(format, data, previous);
		Map<Cell, Derivation> derivations = Derivations.of(flat(first));
		derivations.values().forEach(d -> data.derive(d.cell(), d.value()));
		List<List<Check>> last = derivations.isEmpty() ? first : checks(format, data, previous);
		last.forEach(Evaluator::blame);
		return new Evaluation(data, previous, link, flat(last), derivations);
	}

	/** The checks of every table the report has, table by table (blame is found within a table). */
	private static List<List<Check>> checks(EffectiveFormat format, ReportData data, ReportData previous) {
		List<List<Check>> checks = new ArrayList<>();
		for (EffectiveTable table : format.getTables()) {
			if (data.table(table.getName()) == null) {
				continue;
			}
			List<Check> tableChecks = new ArrayList<>();
			for (Rule rule : table.getRules()) {
				evaluate(rule, table, data, previous, tableChecks);
			}
			checks.add(tableChecks);
		}
		return checks;
	}

	private static List<Check> flat(List<List<Check>> tables) {
		List<Check> all = new ArrayList<>();
		tables.forEach(all::addAll);
		return all;
	}

	private static void evaluate(Rule rule, EffectiveTable table, ReportData data, ReportData previous, List<Check> into) {
		if (rule.getLeft() == null || rule.getRight() == null || rule.getRelation() == null) {
			return;
		}
		if (rule.getDirection() == Direction.ROW) {
			for (Row row : table.getLeafRows()) {
				into.add(check(rule, table, row, data, previous));
			}
		} else {
			for (Column column : table.getLeafColumns()) {
				into.add(check(rule, table, column, data, previous));
			}
		}
	}

	private static Check check(Rule rule, EffectiveTable table, Element along, ReportData data, ReportData previous) {
		List<Operand> operands = new ArrayList<>();
		boolean complete = addOperands(rule.getLeft(), true, rule, table, along, data, previous, operands)
				& addOperands(rule.getRight(), false, rule, table, along, data, previous, operands);
		if (!complete || operands.isEmpty()) {
			return new Check(rule, table, along, operands, Check.Status.SKIPPED, null, null);
		}
		BigDecimal left = BigDecimal.ZERO;
		BigDecimal right = BigDecimal.ZERO;
		for (Operand operand : operands) {
			BigDecimal value = operand.value().forIdentity();
			if (value == null) {
				return new Check(rule, table, along, operands, Check.Status.SKIPPED, null, null);
			}
			BigDecimal signed = operand.negative() ? value.negate() : value;
			if (operand.left()) {
				left = left.add(signed);
			} else {
				right = right.add(signed);
			}
		}
		int comparison = left.compareTo(right);
		boolean holds = switch (rule.getRelation()) {
		case EQ -> comparison == 0;
		case GE -> comparison >= 0;
		case LE -> comparison <= 0;
		};
		return new Check(rule, table, along, operands, holds ? Check.Status.HOLDS : Check.Status.BROKEN, left, right);
	}

	/** Adds the cells of one side; false when a term cannot be evaluated (unresolved, no previous report). */
	private static boolean addOperands(Sum sum, boolean left, Rule rule, EffectiveTable table, Element along,
			ReportData data, ReportData previous, List<Operand> into) {
		if (sum == null) {
			return false;
		}
		boolean complete = true;
		for (Term term : sum.getTerms()) {
			Element element = term.getElement();
			if (element == null || element.eIsProxy()) {
				return false;
			}
			ReportData source = term.isPrevious() ? previous : data;
			if (source == null) {
				return false;
			}
			if (rule.getDirection() == Direction.ROW) {
				if (!(element instanceof ColumnDef columnDef) || !(along instanceof Row row)) {
					return false;
				}
				List<Column> columns = table.memberColumns(columnDef);
				CellValue[] values = source.values(table.getName(), row.getName(), columns);
				for (int i = 0; i < values.length; i++) {
					complete &= values[i].kind() != CellValue.Kind.MISSING;
					into.add(new Operand(row, columns.get(i), left, term.isMinus(), term.isPrevious(), values[i]));
				}
			} else {
				if (!(element instanceof RowDef rowDef) || !(along instanceof Column column)) {
					return false;
				}
				List<Row> rows = table.memberRows(rowDef);
				CellValue[] values = source.values(table.getName(), rows, column.getName());
				for (int i = 0; i < values.length; i++) {
					complete &= values[i].kind() != CellValue.Kind.MISSING;
					into.add(new Operand(rows.get(i), column, left, term.isMinus(), term.isPrevious(), values[i]));
				}
			}
		}
		return complete;
	}

	private record CellKey(Row row, Column column) {
	}

	/**
	 * Finds the cell to blame in each broken check. A single wrong cell breaks every equality it
	 * takes part in, so the cell shared by the most broken equalities of its table is the one to
	 * change; when no cell stands out (the parts agree with one another but not with their total),
	 * the total is blamed: the side of the equality that is a single cell.
	 */
	private static void blame(List<Check> checks) {
		Map<CellKey, Integer> counts = new HashMap<>();
		for (Check check : checks) {
			if (check.isBroken() && check.getRule().getRelation() == Relation.EQ) {
				for (Operand operand : check.currentOperands()) {
					counts.merge(new CellKey(operand.row(), operand.column()), 1, Integer::sum);
				}
			}
		}
		for (Check check : checks) {
			if (!check.isBroken()) {
				continue;
			}
			List<Operand> current = check.currentOperands();
			if (current.isEmpty()) {
				continue;
			}
			Operand culprit = null;
			if (check.getRule().getRelation() == Relation.EQ) {
				int best = 1;
				boolean unique = false;
				for (Operand operand : current) {
					int count = counts.getOrDefault(new CellKey(operand.row(), operand.column()), 0);
					if (count > best) {
						best = count;
						culprit = operand;
						unique = true;
					} else if (count == best && culprit != null && !operand.sameCell(culprit)) {
						unique = false;
					}
				}
				if (!unique) {
					culprit = null;
				}
			}
			if (culprit == null) {
				culprit = total(current);
			}
			check.blame(culprit, check.solveFor(culprit));
		}
	}

	/** The single cell standing alone on one side (the left first), else the first cell. */
	private static Operand total(List<Operand> current) {
		for (boolean left : new boolean[] { true, false }) {
			List<Operand> side = current.stream().filter(o -> o.left() == left).toList();
			if (side.size() == 1) {
				return side.get(0);
			}
		}
		return current.get(0);
	}
}
