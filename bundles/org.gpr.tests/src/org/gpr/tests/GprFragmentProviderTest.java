package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.DefaultFragmentProvider;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gpr.GprFragmentProvider;
import org.gpr.GprRuntimeModule;
import org.gpr.GprStandaloneSetup;
import org.gpr.gpr.GprFactory;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * gpr writes the URI fragments of its objects itself: for every object of the customs example,
 * its format and the two shipped formats, the same fragment as EMF's (read from a resource set
 * bound to Xtext's default provider, which asks EMF), each found again by it, none left to EMF;
 * and what it leaves to EMF: objects of another model, objects outside a resource.
 */
class GprFragmentProviderTest {

	private static final IFragmentProvider.Fallback REFUSED = new IFragmentProvider.Fallback() {
		@Override
		public String getFragment(EObject obj) {
			return null;
		}

		@Override
		public EObject getEObject(String fragment) {
			return null;
		}
	};

	private final Injector gpr = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final Injector emf = Guice.createInjector(Modules.override(new GprRuntimeModule())
			.with(binder -> binder.bind(IFragmentProvider.class).to(DefaultFragmentProvider.class)));

	@Test
	void eachFragmentIsEmfsAndFindsItsObject() {
		List<String[]> files = List.of(
				new String[] { "customs-format.gpr", GprTestSupport.example("customs-2020/customs-format.gpr") },
				new String[] { "customs-2020.gpr", GprTestSupport.example("customs-2020/customs-2020.gpr") },
				new String[] { "gov2019.gpr", shipped("gov2019.gpr") },
				new String[] { "gov2021.gpr", shipped("gov2021.gpr") });
		XtextResourceSet ours = gpr.getInstance(XtextResourceSet.class);
		XtextResourceSet theirs = emf.getInstance(XtextResourceSet.class);
		GprFragmentProvider provider = new GprFragmentProvider();
		int compared = 0;
		List<String> deep = new ArrayList<>();
		for (String[] file : files) {
			Resource mine = GprTestSupport.load(ours, file[0], file[1]).eResource();
			Resource emfs = GprTestSupport.load(theirs, file[0], file[1]).eResource();
			TreeIterator<EObject> a = EcoreUtil.getAllContents(mine, false);
			TreeIterator<EObject> b = EcoreUtil.getAllContents(emfs, false);
			while (a.hasNext()) {
				EObject object = a.next();
				EObject same = b.next();
				String fragment = mine.getURIFragment(object);
				assertEquals(emfs.getURIFragment(same), fragment, "fragment of " + object);
				assertEquals(fragment, provider.getFragment(object, REFUSED), "left to EMF: " + object);
				assertSame(object, mine.getEObject(fragment), fragment);
				if (fragment.split("/").length > 5) {
					deep.add(fragment);
				}
				compared++;
			}
			assertFalse(b.hasNext(), file[0]);
		}
		assertTrue(compared > 800, "objects compared: " + compared);
		assertFalse(deep.isEmpty(), "paths more than four levels deep");
	}

	private static String shipped(String name) {
		try (java.io.InputStream in = GprFragmentProvider.class.getResourceAsStream("/org/gpr/formats/" + name)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void objectsOfOtherModelsAndOutsideAResourceAreLeftToEmf() {
		GprFragmentProvider provider = new GprFragmentProvider();
		assertNull(provider.getFragment(EcoreFactory.eINSTANCE.createEClass(), REFUSED));
		assertNull(provider.getFragment(GprFactory.eINSTANCE.createReport(), REFUSED));
		assertEquals("emf", provider.getFragment(GprFactory.eINSTANCE.createReport(), new IFragmentProvider.Fallback() {
			@Override
			public String getFragment(EObject obj) {
				return "emf";
			}

			@Override
			public EObject getEObject(String fragment) {
				return null;
			}
		}));
	}
}
