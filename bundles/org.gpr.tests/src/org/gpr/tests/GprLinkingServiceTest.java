package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.scoping.GprLinkingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * gpr's linking service links every reference to what Xtext's own links it to, and the builder
 * still learns the one name a report imports (its format), on the customs example and its format
 * (a format that extends gov2019, replacing a row with a group).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class GprLinkingServiceTest {

	@Inject
	private Injector injector;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private Resource customs() {
		XtextResourceSet set = resourceSets.get();
		GprTestSupport.load(set, "customs-format.gpr", GprTestSupport.example("customs-2020/customs-format.gpr"));
		return GprTestSupport.load(set, "customs-2020.gpr", GprTestSupport.example("customs-2020/customs-2020.gpr"))
				.eResource();
	}

	@Test
	void linksAsXtextsOwnService() {
		Resource report = customs();
		Resource format = report.getResourceSet().getResource(org.eclipse.emf.common.util.URI.createURI("test:/customs-format.gpr"), false);
		assertInstanceOf(GprLinkingService.class, injector.getInstance(ILinkingService.class));
		DefaultLinkingService xtexts = injector.getInstance(DefaultLinkingService.class);
		int compared = 0;
		for (Resource resource : List.of(report, format)) {
			EcoreUtil2.resolveLazyCrossReferences(resource, null);
			assertTrue(EcoreUtil.ProxyCrossReferencer.find(resource).isEmpty(), "unresolved in " + resource.getURI());
			TreeIterator<EObject> all = resource.getAllContents();
			while (all.hasNext()) {
				EObject object = all.next();
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
					List<EObject> expected = new ArrayList<>();
					for (INode node : nodes) {
						expected.addAll(xtexts.getLinkedObjects(object, reference, node));
					}
					Object value = object.eGet(reference);
					List<?> actual = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
					assertEquals(expected, actual, reference.getName() + " of " + EcoreUtil.getURI(object));
					compared += nodes.size();
				}
			}
		}
		assertTrue(compared > 50, "references compared: " + compared);
	}

	@Test
	void theBuilderStillLearnsTheReportsFormat() {
		Resource report = customs();
		EcoreUtil2.resolveLazyCrossReferences(report, null);
		ImportedNamesAdapter adapter = ImportedNamesAdapter.find(report);
		assertNotNull(adapter, "no imported names recorded");
		Set<String> names = adapter.getImportedNames().stream().map(QualifiedName::toString).collect(Collectors.toSet());
		assertEquals(Set.of("customs2020"), names);
	}
}
