package org.gpr.validation;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validator Xtext calls. It holds no checks of its own: each concern has its own class.
 */
@ComposedChecks(validators = { ReportStructureValidator.class, CellValidator.class, FormatValidator.class,
		IdentityValidator.class, PreviousLinkValidator.class, ReviewValidator.class,
		AcceptanceValidator.class, NarrativeValidator.class, RosterValidator.class, RollupValidator.class })
public class GprValidator extends AbstractGprValidator {

	/**
	 * The checks of each class of object, as Xtext finds them, kept in a map read without a lock:
	 * Xtext's own cache takes a read lock on every look-up, and every object of a report is looked
	 * up (most of them, literals and cells, have no checks).
	 */
	private final ConcurrentMap<Class<?>, List<MethodWrapper>> methods = new ConcurrentHashMap<>();

	@Override
	protected List<MethodWrapper> getMethodsForType(EObject object) {
		List<MethodWrapper> known = methods.get(object.getClass());
		if (known == null) {
			known = List.copyOf(super.getMethodsForType(object));
			methods.putIfAbsent(object.getClass(), known);
		}
		return known;
	}

	/** Whether any check applies to this object (see {@link GprDiagnostician}). */
	public boolean checks(EObject object) {
		return !getMethodsForType(object).isEmpty();
	}
}
