package org.gpr.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.eval.Evaluator;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Acceptance;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.MagnitudeRule;
import org.gpr.gpr.PowerRule;
import org.gpr.gpr.Report;
import org.gpr.gpr.Rule;
import org.gpr.gpr.Severity;
import org.gpr.gpr.TopicRule;
import org.gpr.review.Acceptances;
import org.gpr.review.Finding;
import org.gpr.review.ReviewEvaluator;
import org.gpr.review.ReviewRules;

import com.google.inject.Inject;

/**
 * Checks the author's acceptances: each must name a warning rule gpr knows (a hard identity, an
 * error, cannot be accepted), and the rule must still fire where the acceptance stands; an
 * acceptance that covers nothing any more is stale.
 */
public class AcceptanceValidator extends GprCheck {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private FormatModel formats;

	@Inject
	private Evaluator evaluator;

	@Inject
	private ReviewEvaluator review;

	@Inject
	private Acceptances acceptances;

	@Check
	public void checkAcceptances(Report report) {
		List<Acceptance> all = Acceptances.all(report);
		if (all.isEmpty()) {
			return;
		}
		EffectiveFormat format = formats.of(report);
		if (format == null) {
			return;
		}
		Set<String> warnings = new LinkedHashSet<>(ReviewEvaluator.ACCEPTABLE);
		Set<String> errors = new LinkedHashSet<>(List.of(ReviewEvaluator.DATE, ReviewEvaluator.TITLE_YEAR,
				ReviewEvaluator.LEFTOVER));
		for (EffectiveTable table : format.getTables()) {
			for (Rule rule : table.getRules()) {
				(rule.getSeverity() == Severity.ERROR ? errors : warnings).add(rule.getName());
			}
		}
		ReviewRules.of(format, TopicRule.class).forEach(r -> warnings.add(r.getName()));
		ReviewRules.of(format, PowerRule.class).forEach(r -> warnings.add(r.getName()));
		ReviewRules.of(format, MagnitudeRule.class).forEach(r -> warnings.add(r.getName()));
		warnings.removeIf(name -> name == null);
		List<Finding> findings = review.evaluate(report);
		List<org.gpr.eval.Check> broken = evaluator.evaluate(report).broken();
		for (Acceptance acceptance : all) {
			String rule = acceptance.getRule();
			if (rule == null) {
				continue;
			}
			if (errors.contains(rule) && !warnings.contains(rule)) {
				error(Messages.get("accept.error", rule), acceptance, P.getAcceptance_Rule(),
						IssueCodes.UNACCEPTABLE_RULE);
				continue;
			}
			if (!warnings.contains(rule)) {
				error(Messages.get("accept.unknown", rule, Messages.list(new ArrayList<>(warnings))), acceptance,
						P.getAcceptance_Rule(), IssueCodes.UNKNOWN_ACCEPTED_RULE);
				continue;
			}
			if (acceptance.getReason() == null || acceptance.getReason().isBlank()) {
				error(Messages.get("accept.noReason", rule), acceptance, P.getAcceptance_Reason(),
						IssueCodes.UNKNOWN_ACCEPTED_RULE);
				continue;
			}
			boolean used = findings.stream().anyMatch(
					f -> !f.error() && rule.equals(f.rule()) && acceptances.covers(acceptance, f.object()));
			used |= broken.stream()
					.anyMatch(c -> !c.isError() && rule.equals(c.getRule().getName()) && c.getCulprit() != null
							&& c.getCulprit().value().cell() != null
							&& acceptances.covers(acceptance, c.getCulprit().value().cell()));
			if (!used) {
				warning(Messages.get("accept.stale", rule), acceptance, P.getAcceptance_Rule(),
						IssueCodes.STALE_ACCEPTANCE);
			}
		}
	}
}
