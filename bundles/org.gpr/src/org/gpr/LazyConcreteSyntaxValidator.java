package org.gpr;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.IConcreteSyntaxValidator;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxValidator;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Xtext's concrete syntax validator, made when it is first used. Xtext injects one into every
 * resource it creates, for validating a model before it is saved; reading and checking reports
 * never asks for it. Like {@link LazySerializer}, this holds only the injector until then.
 */
public class LazyConcreteSyntaxValidator implements IConcreteSyntaxValidator {

	@Inject
	private Injector injector;

	private volatile IConcreteSyntaxValidator delegate;

	/** Whether Xtext's validator has been made (for the tests). */
	public boolean isMade() {
		return delegate != null;
	}

	private IConcreteSyntaxValidator delegate() {
		IConcreteSyntaxValidator result = delegate;
		if (result == null) {
			synchronized (this) {
				result = delegate;
				if (result == null) {
					result = injector.getInstance(ConcreteSyntaxValidator.class);
					delegate = result;
				}
			}
		}
		return result;
	}

	@Override
	public boolean validateObject(EObject obj, IDiagnosticAcceptor acceptor, Map<Object, Object> context) {
		return delegate().validateObject(obj, acceptor, context);
	}

	@Override
	public boolean validateRecursive(EObject obj, IDiagnosticAcceptor acceptor, Map<Object, Object> context) {
		return delegate().validateRecursive(obj, acceptor, context);
	}
}
