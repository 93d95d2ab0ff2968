package org.gpr.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.scoping.IScope;

/**
 * Xtext's linking service, which before every reference's scope finds (or adds) the resource's
 * {@code ImportedNamesAdapter} and hands it to the scope provider, so that the names looked up in
 * the global scope are recorded for the builder. The names of a report's sections, tables, rows,
 * columns and cells are looked up in its effective format alone ({@link GprScopeProvider#isLocal}),
 * never in the global scope, so for them nothing is recorded either way and the adapter is not
 * looked for (a report has hundreds of such references; the look-up walks the resource's adapters
 * each time). References that may reach the global scope (the format, a format's base) go through
 * Xtext's path unchanged.
 */
public class GprLinkingService extends DefaultLinkingService {

	@Override
	protected IScope getScope(EObject context, EReference reference) {
		if (GprScopeProvider.isLocal(reference) && getScopeProvider() != null) {
			return getScopeProvider().getScope(context, reference);
		}
		return super.getScope(context, reference);
	}
}
