package org.gpr.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.util.Exceptions;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.gpr.gpr.GprPackage;

/** Base of gpr's composed validators: they are registered through {@link GprValidator} only. */
public abstract class GprCheck extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(GprPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into GprValidator, not registered on its own
	}

	/**
	 * Xtext silently drops NullPointerExceptions thrown by checks; gpr's checks must not throw at
	 * all, so every exception surfaces (as Xtext's "Error executing EValidator" diagnostic), where
	 * the fuzz test finds it.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable targetException) {
		Exceptions.throwUncheckedException(targetException);
	}
}
