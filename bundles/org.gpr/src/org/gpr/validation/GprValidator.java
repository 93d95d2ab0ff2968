package org.gpr.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validator Xtext calls. It holds no checks of its own: each concern has its own class.
 */
@ComposedChecks(validators = { ReportStructureValidator.class, CellValidator.class, FormatValidator.class,
		IdentityValidator.class, PreviousLinkValidator.class, ReviewValidator.class,
		AcceptanceValidator.class, NarrativeValidator.class, RosterValidator.class, RollupValidator.class })
public class GprValidator extends AbstractGprValidator {
}
