package org.gpr.validation;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.gpr.Messages;
import org.gpr.gpr.Acceptance;
import org.gpr.gpr.Report;
import org.gpr.review.Acceptances;
import org.gpr.review.Finding;
import org.gpr.review.ReviewEvaluator;

import com.google.inject.Inject;

/**
 * Reports what the {@link ReviewEvaluator} found; a warning the author accepted with a reason is
 * reported as information with the reason ({@link IssueCodes#ACCEPTED}), not as a warning.
 */
public class ReviewValidator extends GprCheck {

	@Inject
	private ReviewEvaluator review;

	@Inject
	private Acceptances acceptances;

	@Check
	public void checkReview(Report report) {
		// a report without acceptances (most) needs no look-up per finding
		boolean anyAccepted = !Acceptances.all(report).isEmpty();
		for (Finding finding : review.evaluate(report)) {
			Acceptance accepted = finding.error() || !anyAccepted ? null
					: acceptances.find(report, finding.rule(), finding.object());
			String message = accepted == null ? finding.message()
					: Messages.get("accepted", finding.message(), accepted.getReason());
			String code = accepted == null ? finding.code() : IssueCodes.ACCEPTED;
			String[] data = accepted == null ? finding.data() : new String[] { finding.code() };
			ValidationMessageAcceptor acceptor = getMessageAcceptor();
			if (finding.offset() >= 0) {
				if (finding.error()) {
					acceptor.acceptError(message, finding.object(), finding.offset(), finding.length(), code, data);
				} else if (accepted != null) {
					acceptor.acceptInfo(message, finding.object(), finding.offset(), finding.length(), code, data);
				} else {
					acceptor.acceptWarning(message, finding.object(), finding.offset(), finding.length(), code, data);
				}
			} else if (finding.error()) {
				error(message, finding.object(), finding.feature(), ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code,
						data);
			} else if (accepted != null) {
				info(message, finding.object(), finding.feature(), ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code,
						data);
			} else {
				warning(message, finding.object(), finding.feature(), ValidationMessageAcceptor.INSIGNIFICANT_INDEX,
						code, data);
			}
		}
	}
}
