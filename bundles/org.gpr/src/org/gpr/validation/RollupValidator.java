package org.gpr.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.eval.CellValue;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.Rollup;
import org.gpr.eval.RollupEvaluator;
import org.gpr.eval.RollupMessages;
import org.gpr.eval.Rosters;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Cell;
import org.gpr.gpr.Column;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.Roster;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;

import com.google.inject.Inject;

/**
 * Reports what the {@link RollupEvaluator} found for an aggregate report: a roster that cannot be
 * read or that is of another body, year or format; members left out of the sum; and every cell
 * that is not the sum of the members' cells, with the sum, the value written, the difference and
 * the members that contribute most. The identities are checked on the aggregate as on any report.
 */
public class RollupValidator extends GprCheck {

	/** How many members a mismatch names (the roll-up keeps that many per cell). */
	static final int NAMED_MEMBERS = Rollup.TOP;

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private RollupEvaluator rollups;

	@Inject
	private Evaluator evaluator;

	@Inject
	private FormatModel formats;

	@Check
	public void checkRollup(Report report) {
		if (report.getRollup() == null) {
			return;
		}
		RollupEvaluator.Link link = rollups.cached(report);
		String path = report.getRollup();
		switch (link.link().status()) {
		case MISSING -> warning(RollupMessages.get("rollup.roster.missing", path), P.getReport_Rollup(),
				IssueCodes.ROLLUP_ROSTER_MISSING);
		case UNPARSABLE -> warning(RollupMessages.get("rollup.roster.unparsable", path), P.getReport_Rollup(),
				IssueCodes.ROLLUP_ROSTER_UNPARSABLE);
		case FOUND -> {
			Roster roster = link.link().roster();
			roster(report, roster);
			Rollup rollup = link.rollup();
			List<String> leftOut = new ArrayList<>();
			for (Rollup.Member member : rollup.leftOut()) {
				leftOut.add(RollupMessages.get("rollup.leftOut.item", member.body(), status(member, roster)));
			}
			if (!leftOut.isEmpty()) {
				warning(RollupMessages.get("rollup.leftOut", leftOut.size(), Messages.list(leftOut)), P.getReport_Rollup(),
						IssueCodes.ROLLUP_MEMBERS_LEFT_OUT);
			}
			// with members left out, every cell would differ from an incomplete sum: the cells are not compared
			if (leftOut.isEmpty() && !rollup.summed().isEmpty() && sameFormat(report, roster)) {
				cells(report, rollup);
			}
		}
		default -> {
		}
		}
	}

	private void roster(Report report, Roster roster) {
		if (!Rosters.sameBody(report.getBody(), roster.getBody())) {
			warning(RollupMessages.get("rollup.roster.body", roster.getBody(), report.getBody()), P.getReport_Rollup(),
					IssueCodes.ROLLUP_ROSTER_MISMATCH);
		}
		if (report.getYear() != null && !report.getYear().equals(roster.getYear())) {
			warning(RollupMessages.get("rollup.roster.year", roster.getYear(), report.getYear()), P.getReport_Rollup(),
					IssueCodes.ROLLUP_ROSTER_MISMATCH);
		}
		if (!sameFormat(report, roster)) {
			warning(RollupMessages.get("rollup.roster.format", formatName(roster), formatName(report)),
					P.getReport_Rollup(), IssueCodes.ROLLUP_ROSTER_MISMATCH);
		}
	}

	private static boolean sameFormat(Report report, Roster roster) {
		String a = formatName(report);
		return a != null && a.equals(formatName(roster));
	}

	private static String formatName(Report report) {
		return report.getFormat() == null || report.getFormat().eIsProxy() ? null : report.getFormat().getName();
	}

	private static String formatName(Roster roster) {
		return roster.getFormat() == null || roster.getFormat().eIsProxy() ? null : roster.getFormat().getName();
	}

	/** How a member's status reads in a message. */
	public static String status(Rollup.Member member, Roster roster) {
		return switch (member.status()) {
		case HAS_ERRORS -> RollupMessages.get("status.HAS_ERRORS", member.errors());
		case WRONG_YEAR -> RollupMessages.get("status.WRONG_YEAR", member.summary().year(), roster.getYear());
		case WRONG_FORMAT -> RollupMessages.get("status.WRONG_FORMAT", member.summary().format(), formatName(roster));
		default -> RollupMessages.get("status." + member.status().name());
		};
	}

	private void cells(Report report, Rollup rollup) {
		Evaluation evaluation = evaluator.evaluate(report);
		if (evaluation.getData() == null) {
			return;
		}
		for (ReportSection section : report.getSections()) {
			for (SectionItem item : section.getItems()) {
				if (!(item instanceof Table table) || evaluation.getData().table(tableName(table)) != table) {
					continue;
				}
				EffectiveTable declared = formats.of(table);
				if (declared == null) {
					continue;
				}
				List<Column> columns = declared.getLeafColumns();
				for (TableRow row : table.getRows()) {
					if (row.getRow() == null || row.getRow().eIsProxy()
							|| evaluation.getData().row(declared.getName(), row.getRow().getName()) != row) {
						continue;
					}
					for (int i = 0; i < row.getCells().size() && i < columns.size(); i++) {
						Column column = columns.get(i);
						Rollup.Total total = rollup.total(declared.getName(), row.getRow().getName(), column.getName());
						CellValue written = evaluation.getData().value(declared.getName(), row.getRow().getName(),
								column.getName());
						if (total != null && written.kind() != CellValue.Kind.INVALID && written.kind() != CellValue.Kind.MISSING
								&& !total.matches(written)) {
							Cell cell = row.getCells().get(i);
							error(message(declared, row.getRow(), column, total, written, rollup.summed().size()), cell, null,
									IssueCodes.ROLLUP_MISMATCH, total.text());
						}
					}
				}
			}
		}
	}

	private static String tableName(Table table) {
		return table.getTable() == null || table.getTable().eIsProxy() ? null : table.getTable().getName();
	}

	private static String message(EffectiveTable table, org.gpr.gpr.Row row, Column column, Rollup.Total total,
			CellValue written, int members) {
		String subject = row.getLabel() == null && table.getLeafRows().size() == 1 ? EffectiveTables.columnPath(column)
				: Messages.get("cell.name", table.labelOf(row), EffectiveTables.columnPath(column));
		if (total.isNumber() && written.isNumber()) {
			BigDecimal difference = written.value().subtract(total.value());
			String diff = Messages.get(difference.signum() > 0 ? "diff.more" : "diff.less",
					difference.abs().stripTrailingZeros().toPlainString());
			return RollupMessages.get("rollup.cell", subject, total.text(), members, written.display(), diff,
					contributors(total));
		}
		String expected = total.isNumber() ? total.text()
				: total.kind() == CellValue.Kind.BLANK ? RollupMessages.get("value.blank") : "/";
		String why = total.isNumber() ? contributors(total)
				: RollupMessages.get(total.kind() == CellValue.Kind.BLANK ? "rollup.cell.allBlank" : "rollup.cell.allNotApplicable");
		return RollupMessages.get("rollup.cell.kind", subject, expected, why, written.display());
	}

	/** The members that contribute most to a total: 某市教育局 120、某县 80、某区 33 等 12 个成员. */
	static String contributors(Rollup.Total total) {
		List<String> names = new ArrayList<>();
		for (Rollup.Contribution contribution : total.contributions()) {
			if (names.size() == NAMED_MEMBERS || contribution.value().signum() == 0) {
				break;
			}
			names.add(RollupMessages.get("rollup.contribution", contribution.member().body(),
					contribution.value().stripTrailingZeros().toPlainString()));
		}
		if (names.isEmpty()) {
			return RollupMessages.get("rollup.contribution.none");
		}
		String list = Messages.list(names);
		return total.contributing() > names.size() ? list + RollupMessages.get("rollup.contribution.more", total.contributing())
				: list;
	}
}
