package org.gpr.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;

/**
 * Xtext's conversion of a diagnostic into an issue, finding the object a check's diagnostic is
 * about from the diagnostic itself: Xtext reads it as the first element of the diagnostic's data,
 * which a check's diagnostic builds anew (a list of the object, the feature or range and the issue
 * data) each time it is asked, twice per issue. The same object: that list starts with it.
 */
public class GprDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	protected EObject getCauser(Diagnostic diagnostic) {
		if (diagnostic instanceof AbstractValidationDiagnostic validation) {
			return validation.getSourceEObject();
		}
		return super.getCauser(diagnostic);
	}
}
