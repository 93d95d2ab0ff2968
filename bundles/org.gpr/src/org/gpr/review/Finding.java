package org.gpr.review;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing a reviewer would point out, found by the {@link ReviewEvaluator}: where it is (an
 * object and a feature of it, or a range of characters inside the object's text when offset is
 * not negative), the rule that found it (the name an acceptance uses), its issue code and message.
 */
public record Finding(String rule, String code, boolean error, EObject object, EStructuralFeature feature, int offset,
		int length, String message, String... data) {

	public static Finding at(String rule, String code, boolean error, EObject object, EStructuralFeature feature,
			String message, String... data) {
		return new Finding(rule, code, error, object, feature, -1, 0, message, data);
	}

	public static Finding range(String rule, String code, boolean error, EObject object, int offset, int length,
			String message, String... data) {
		return new Finding(rule, code, error, object, null, offset, length, message, data);
	}
}
