package org.gpr.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, without the text of the diagnostic that collects a report's issues. EMF
 * writes into it a label of the validated object ("Diagnosis of …", the object's class and URI,
 * formatted through EMF's resource bundle) on every validation, although nothing shows it: Xtext
 * reads only the issues under it, and its own severity is theirs. That label cost about 2% of
 * validating the customs example.
 */
public class GprDiagnostician extends CancelableDiagnostician {

	@Inject
	public GprDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public BasicDiagnostic createDefaultDiagnostic(EObject eObject) {
		return new BasicDiagnostic(EObjectValidator.DIAGNOSTIC_SOURCE, 0, eObject.eClass().getName(),
				new Object[] { eObject });
	}
}
