package org.gpr.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EClassImpl;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.CompositeEValidator.EValidatorEqualitySupport;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, without the text of the diagnostic that collects a report's issues. EMF
 * writes into it a label of the validated object ("Diagnosis of …", the object's class and URI,
 * formatted through EMF's resource bundle) on every validation, although nothing shows it: Xtext
 * reads only the issues under it, and its own severity is theirs. That label cost about 2% of
 * validating the customs example.
 * <p>
 * The walk over a report is gpr's own, in the order of EMF's (each object, then its contents
 * feature by feature, depth first, as {@code EcoreUtil.getAllContents}), and objects no check
 * applies to (most of a report's: its literals and cells) are passed over: when the validator
 * registered for gpr's package is a {@link GprValidator} alone and it has no check for the
 * object's class, there is nothing to call, and EMF's and Xtext's per-object work (the registry
 * searched, the context read three times, the cancel indicator asked, the composite's loop, the
 * language test, a new state and a locked look-up of the checks, a list and an iterator made for
 * the object's contents) would only find that out. Every other object is validated by EMF's
 * {@link #validate(EClass, EObject, DiagnosticChain, Map)}, as before, and any other validator
 * registered beside gpr's sees every object.
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

	/**
	 * EMF's validation of an object and all its contents, one object at a time (the context says
	 * not to recurse), in the same order; objects nothing checks are not handed to EMF.
	 */
	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (isValidateContentsRecursively() || Boolean.TRUE.equals(context.get(VALIDATE_RECURSIVELY))) {
			return super.validate(eObject, diagnostics, context);
		}
		Object recursively = context.put(VALIDATE_RECURSIVELY, Boolean.FALSE);
		try {
			return new Walk(diagnostics, context).visit((InternalEObject) eObject);
		} finally {
			context.put(VALIDATE_RECURSIVELY, recursively);
		}
	}

	/** One walk: the validator of the package last met, and whether it is gpr's alone. */
	private final class Walk {
		private final DiagnosticChain diagnostics;
		private final Map<Object, Object> context;
		private EPackage lastPackage;
		private GprValidator gprOnly;
		private boolean stopped;

		Walk(DiagnosticChain diagnostics, Map<Object, Object> context) {
			this.diagnostics = diagnostics;
			this.context = context;
		}

		/** Validates the object, then its contents; false when a check failed (as EMF's walk). */
		boolean visit(InternalEObject object) {
			boolean result = true;
			boolean circular = false;
			if (!passedOver(object)) {
				circular = context.get(EObjectValidator.ROOT_OBJECT) == object;
				result = validate(object.eClass(), object, diagnostics, context);
				if (!result && diagnostics == null) {
					stopped = true;
					return false;
				}
			}
			if (circular) {
				return result;
			}
			EStructuralFeature[] containments = ((EClassImpl.FeatureSubsetSupplier) object.eClass()
					.getEAllStructuralFeatures()).containments();
			if (containments == null) {
				return result;
			}
			for (EStructuralFeature containment : containments) {
				Object value = object.eGet(containment, true);
				if (containment.isMany()) {
					List<?> children = (List<?>) value;
					for (int i = 0; i < children.size() && !stopped; i++) {
						result &= visit((InternalEObject) children.get(i));
					}
				} else if (value != null && !stopped) {
					result &= visit((InternalEObject) value);
				}
				if (stopped) {
					return false;
				}
			}
			return result;
		}

		/** Whether the object's package is validated by gpr's validator alone and none of its checks applies to it. */
		private boolean passedOver(InternalEObject object) {
			EPackage ePackage = object.eClass().getEPackage();
			if (ePackage != lastPackage) {
				lastPackage = ePackage;
				gprOnly = gprOnly(eValidatorRegistry.getEValidator(ePackage));
			}
			return gprOnly != null && !gprOnly.checks(object);
		}
	}

	/** The package's one validator when it is gpr's (in Xtext's composite), else null. */
	private static GprValidator gprOnly(EValidator validator) {
		if (validator instanceof CompositeEValidator composite) {
			List<EValidatorEqualitySupport> validators = composite.getContents();
			if (validators.size() == 1 && validators.get(0).getDelegate() instanceof GprValidator gpr) {
				return gpr;
			}
		}
		return null;
	}
}
