package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EClassImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.GprResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * gpr's resource links every cross-reference before validation in a walk of its own: the same
 * references of the same objects in the same order as Xtext's walk with EMF's tree iterator, on
 * the customs example (its format, sections, tables, rows and narrative cell references).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class GprResourceTest {

	@Inject
	private Injector injector;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private OperationCanceledManager cancelManager;

	/** Records each reference it resolves, as fragment and feature name. */
	static final class Recording extends GprResource {
		final List<String> resolved = new ArrayList<>();

		@Override
		protected void resolveLazyCrossReference(InternalEObject source, EStructuralFeature crossRef) {
			resolved.add(getURIFragment(source) + "#" + crossRef.getName());
			super.resolveLazyCrossReference(source, crossRef);
		}
	}

	private Recording load(String text) throws IOException {
		XtextResourceSet set = resourceSets.get();
		GprTestSupport.load(set, "customs-format.gpr", GprTestSupport.example("customs-2020/customs-format.gpr"));
		Recording resource = new Recording();
		injector.injectMembers(resource);
		resource.setURI(URI.createURI("test:/customs-2020.gpr"));
		set.getResources().add(resource);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	@Test
	void reportsAreGprResources() {
		XtextResourceSet set = resourceSets.get();
		EObject report = GprTestSupport.load(set, "customs-2020.gpr", GprTestSupport.example("customs-2020/customs-2020.gpr"));
		assertInstanceOf(GprResource.class, report.eResource());
	}

	@Test
	void resolvesWhatXtextsWalkResolvesInTheSameOrder() throws IOException {
		String text = GprTestSupport.example("customs-2020/customs-2020.gpr");
		Recording resource = load(text);
		// Xtext's order: EMF's tree iterator over the contents, each object's cross-references in turn
		List<String> expected = new ArrayList<>();
		TreeIterator<EObject> all = EcoreUtil.getAllContents(resource, true);
		while (all.hasNext()) {
			EObject object = all.next();
			EStructuralFeature[] references = ((EClassImpl.FeatureSubsetSupplier) object.eClass()
					.getEAllStructuralFeatures()).crossReferences();
			if (references != null) {
				for (EStructuralFeature reference : references) {
					expected.add(resource.getURIFragment(object) + "#" + reference.getName());
				}
			}
		}
		resource.resolveLazyCrossReferences(null);
		// the format, each section, table and row (66 in all)
		assertTrue(expected.size() > 50, "references of the customs example: " + expected);
		assertTrue(expected.get(0).endsWith("#format"), "the format is linked first: " + expected.get(0));
		assertEquals(expected, resource.resolved);
		assertEquals(0, EcoreUtil.ProxyCrossReferencer.find(resource).size(), "references left unresolved");
	}

	@Test
	void aCancelledWalkStops() throws IOException {
		Recording resource = load(GprTestSupport.example("customs-2020/customs-2020.gpr"));
		Throwable thrown = assertThrows(Throwable.class, () -> resource.resolveLazyCrossReferences(() -> true));
		assertTrue(cancelManager.isOperationCanceledException(thrown), thrown.toString());
		assertEquals(List.of(), resource.resolved);
	}
}
