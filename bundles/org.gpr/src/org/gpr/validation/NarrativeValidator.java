package org.gpr.validation;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.eval.Evaluator;
import org.gpr.eval.NarrativeEvaluator;
import org.gpr.gpr.Change;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;

import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Inject;

/** A change from last year in the narrative needs last year's value (and one that is not 0). */
public class NarrativeValidator extends GprCheck {

	@Inject
	private Evaluator evaluator;

	@Check
	public void checkChange(Change change) {
		Report report = EcoreUtil2.getContainerOfType(change, Report.class);
		if (report == null) {
			return;
		}
		NarrativeEvaluator narrative = new NarrativeEvaluator(evaluator.evaluate(report));
		NarrativeEvaluator.Value current = narrative.evaluate(change.getValue());
		NarrativeEvaluator.Value base = narrative.baseOf(change);
		if (!current.isKnown()) {
			return;
		}
		if (!base.isKnown()) {
			warning(Messages.get(change.getBase() == null && report.getPrevious() == null ? "change.noPrevious"
					: "change.unknown"), change, GprPackage.Literals.CHANGE__VALUE, IssueCodes.CHANGE_UNKNOWN);
		} else if (base.number().signum() == 0) {
			warning(Messages.get("change.zero", current.number().toPlainString()), change,
					GprPackage.Literals.CHANGE__VALUE, IssueCodes.CHANGE_UNKNOWN);
		}
	}
}
