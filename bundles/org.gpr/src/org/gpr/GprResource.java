package org.gpr;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EClassImpl;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Xtext's lazily linked resource, resolving all its cross-references (as the validator does
 * before it checks a report) in a walk of its own over the containment tree: the same objects in
 * the same order as {@link LazyLinkingResource#resolveLazyCrossReferences(CancelIndicator)} (each
 * object, then its contents feature by feature, depth first), without EMF's generic tree iterator,
 * whose per-object iterators cost a third of linking a report (most of a report's objects are
 * literals and cells with nothing to link).
 */
public class GprResource extends LazyLinkingResource {

	@Inject
	private OperationCanceledManager cancelManager;

	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		CancelIndicator indicator = monitor == null ? CancelIndicator.NullImpl : monitor;
		List<EObject> roots = getContents();
		for (int i = 0; i < roots.size(); i++) {
			resolve((InternalEObject) roots.get(i), indicator);
		}
	}

	private void resolve(InternalEObject object, CancelIndicator indicator) {
		cancelManager.checkCanceled(indicator);
		EClassImpl.FeatureSubsetSupplier features = (EClassImpl.FeatureSubsetSupplier) object.eClass()
				.getEAllStructuralFeatures();
		EStructuralFeature[] references = features.crossReferences();
		if (references != null) {
			for (EStructuralFeature reference : references) {
				cancelManager.checkCanceled(indicator);
				resolveLazyCrossReference(object, reference);
			}
		}
		EStructuralFeature[] containments = features.containments();
		if (containments == null) {
			return;
		}
		for (EStructuralFeature containment : containments) {
			Object value = object.eGet(containment, true);
			if (containment.isMany()) {
				List<?> children = (List<?>) value;
				for (int i = 0; i < children.size(); i++) {
					resolve((InternalEObject) children.get(i), indicator);
				}
			} else if (value != null) {
				resolve((InternalEObject) value, indicator);
			}
		}
	}
}
