package org.gpr.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.gpr.validation.IssueCodes;

/**
 * Compares a change from last year the narrative states ("较去年回落12.3%", "同比增长103%") with
 * last year's report of the same body: (this year − last year) / last year, rounded to the digits
 * written. This year's number is the tables' (the narrative's when the tables give none).
 */
public final class ChangeAudit {

	private ChangeAudit() {
	}

	/**
	 * @param previous what last year's tables give ({@link ImportedReport#values}), or null when
	 *        there is no report of last year at hand
	 * @param previousYear last year
	 * @return the finding: a contradiction, a note that it cannot be checked, or null when it agrees
	 */
	public static NarrativeFinding check(ImportedReport.Change change, Map<String, BigDecimal> previous, int previousYear) {
		if (previous == null) {
			return NarrativeFinding.worded(change.line(), change.words(), change.change(), null, change.expression(),
					ImportMessages.get("narrative.change.noReport", change.words(), previousYear), IssueCodes.NARRATIVE_UNCHECKED);
		}
		BigDecimal last = previous.get(change.expression());
		if (last == null || last.signum() == 0) {
			return NarrativeFinding.worded(change.line(), change.words(), change.change(), null, change.expression(),
					ImportMessages.get("narrative.change.noValue", change.words(), previousYear, change.expression(),
							last == null ? "—" : last.toPlainString()),
					IssueCodes.NARRATIVE_UNCHECKED);
		}
		BigDecimal current = change.table() != null ? change.table() : change.stated();
		BigDecimal computed = current.subtract(last).multiply(BigDecimal.valueOf(100)).divide(last, change.digits(),
				RoundingMode.HALF_UP);
		if (computed.compareTo(change.change()) == 0) {
			return null;
		}
		String exact = current.subtract(last).multiply(BigDecimal.valueOf(100))
				.divide(last, change.digits() + 2, RoundingMode.HALF_UP).toPlainString();
		return NarrativeFinding.worded(change.line(), change.words(), change.change(), computed, change.expression(),
				ImportMessages.get("narrative.change.mismatch", change.words(), signed(change.change()), current.toPlainString(),
						last.toPlainString(), exact, change.digits(), signed(computed), change.expression(), previousYear),
				IssueCodes.NARRATIVE_CHANGE);
	}

	/**
	 * The changes from last year one imported report states ({@code gpr import}), each checked against
	 * last year's report when one is given, else each "无法核对" (an information) saying that none was
	 * given; the findings join the report's.
	 */
	public static void check(ImportedReport report, PreviousReport previous) {
		Map<String, BigDecimal> values = previous == null ? null : previous.values(report.changes);
		for (ImportedReport.Change change : report.changes) {
			NarrativeFinding finding = previous != null ? check(change, values, report.year - 1)
					: NarrativeFinding.worded(change.line(), change.words(), change.change(), null, change.expression(),
							ImportMessages.get("narrative.change.notGiven", change.words(), report.year - 1),
							IssueCodes.NARRATIVE_UNCHECKED);
			if (finding != null) {
				report.findings.add(finding);
			}
		}
	}

	private static String signed(BigDecimal percent) {
		return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
	}
}
