package org.gpr.validation;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.eval.Evaluator;
import org.gpr.eval.PreviousReports;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;

import com.google.inject.Inject;

/**
 * Checks the link to last year's report: it must lead to a readable report of the same body for
 * the year before; otherwise the cross-year rules are skipped, and the author is told why.
 */
public class PreviousLinkValidator extends GprCheck {

	@Inject
	private Evaluator evaluator;

	@Check
	public void checkPrevious(Report report) {
		if (report.getPrevious() == null) {
			return;
		}
		PreviousReports.Link link = evaluator.evaluate(report).getLink();
		String path = report.getPrevious();
		switch (link.status()) {
		case MISSING -> warning(Messages.get("previous.missing", path), GprPackage.Literals.REPORT__PREVIOUS,
				IssueCodes.PREVIOUS_MISSING);
		case UNPARSABLE -> warning(Messages.get("previous.unparsable", path), GprPackage.Literals.REPORT__PREVIOUS,
				IssueCodes.PREVIOUS_UNPARSABLE);
		case FOUND -> {
			Report previous = link.report();
			if (previous == report) {
				error(Messages.get("previous.sameFile", path), GprPackage.Literals.REPORT__PREVIOUS,
						IssueCodes.PREVIOUS_SAME_FILE);
				return;
			}
			if (!PreviousReports.sameBody(report, previous)) {
				warning(Messages.get("previous.otherBody", previous.getBody(), report.getBody()),
						GprPackage.Literals.REPORT__PREVIOUS, IssueCodes.PREVIOUS_OTHER_BODY);
			}
			if (!PreviousReports.previousYear(report, previous)) {
				int expected = ReportStructureValidator.parseYear(report.getYear()) == null ? 0
						: Integer.parseInt(report.getYear()) - 1;
				warning(Messages.get("previous.wrongYear", previous.getYear(), expected),
						GprPackage.Literals.REPORT__PREVIOUS, IssueCodes.PREVIOUS_WRONG_YEAR);
			}
		}
		default -> {
		}
		}
	}
}
