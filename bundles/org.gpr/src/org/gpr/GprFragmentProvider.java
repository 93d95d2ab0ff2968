package org.gpr;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.gpr.gpr.GprPackage;

/**
 * The fragment of an object's URI, as EMF writes it ({@code //@sections.2/@items.0}: the path of
 * containment features and positions from the root), built in one string for the objects of
 * gpr's own model. EMF builds the same path from segments it interns in a shared, locked pool,
 * which cost a third of turning a check's findings into issues (each issue carries its object's
 * URI). Objects of other models, objects with an ID and paths through keyed references are left
 * to EMF, as is finding an object by its fragment.
 */
public class GprFragmentProvider implements IFragmentProvider {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		String fragment = fragment(object);
		return fragment != null ? fragment : fallback.getFragment(object);
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment);
	}

	/** The object's fragment as EMF's {@code ResourceImpl.getURIFragment} gives it, or null where EMF must decide. */
	static String fragment(EObject object) {
		if (!(object instanceof InternalEObject internal) || !own(internal)) {
			return null;
		}
		Resource resource = internal.eResource();
		if (resource == null) {
			return null;
		}
		if (internal.eDirectResource() == resource) {
			return "/" + rootSegment(resource, internal);
		}
		// segments from the object up to the root, written backwards and turned round at the end
		String[] segments = new String[8];
		int count = 0;
		InternalEObject current = internal;
		for (InternalEObject container = current.eInternalContainer(); container != null; container = current
				.eInternalContainer()) {
			if (!own(container)) {
				return null;
			}
			EStructuralFeature feature = current.eContainingFeature();
			if (!(feature instanceof EReference reference)) {
				return null;
			}
			String segment;
			if (reference.isMany()) {
				if (!reference.getEKeys().isEmpty()) {
					return null;
				}
				int index = ((List<?>) container.eGet(reference, false)).indexOf(current);
				segment = "@" + reference.getName() + "." + index;
			} else {
				segment = "@" + reference.getName();
			}
			if (count == segments.length) {
				segments = java.util.Arrays.copyOf(segments, count * 2);
			}
			segments[count++] = segment;
			current = container;
			if (container.eDirectResource() == resource) {
				StringBuilder fragment = new StringBuilder(16 * (count + 1));
				fragment.append('/').append(rootSegment(resource, container));
				for (int i = count - 1; i >= 0; i--) {
					fragment.append('/').append(segments[i]);
				}
				return fragment.toString();
			}
		}
		return null;
	}

	/** Objects of gpr's model, which have no IDs (EMF would name them by their ID instead). */
	private static boolean own(InternalEObject object) {
		return object.eClass().getEPackage() == P && object.eClass().getEIDAttribute() == null;
	}

	private static String rootSegment(Resource resource, EObject root) {
		List<EObject> contents = resource.getContents();
		return contents.size() > 1 ? Integer.toString(contents.indexOf(root)) : "";
	}
}
