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

	private final LazyService<IConcreteSyntaxValidator> delegate = new LazyService<>(ConcreteSyntaxValidator.class);

	/** Whether Xtext's validator has been made (for the tests). */
	public boolean isMade() {
		return delegate.isMade();
	}

	private IConcreteSyntaxValidator delegate() {
		return delegate.get(injector);
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
