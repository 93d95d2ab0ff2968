package org.gpr.scoping;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.AbstractScope;
import org.gpr.format.BuiltinFormats;
import org.gpr.gpr.Format;

/**
 * The shipped formats as a scope over the project's formats, each loaded into the resource set
 * only when its name is looked up: a report of the 2021 format links to {@code gov2021} and never
 * parses {@code gov2019} (a shipped format is as long as a report; the command line parses it
 * again for every batch). Listing every element (content assist, a suggestion for a misspelled
 * name) loads them all, as does a lookup by object. The same elements, in the same order, as
 * {@code Scopes.scopeFor(BuiltinFormats.load(set), parent)}: a shipped format's file is named as
 * the format it declares ({@code gov2019.gpr} declares {@code format gov2019}).
 */
final class BuiltinFormatScope extends AbstractScope {

	private final ResourceSet set;

	BuiltinFormatScope(ResourceSet set, IScope parent) {
		super(parent, false);
		this.set = set;
	}

	@Override
	protected Iterable<IEObjectDescription> getAllLocalElements() {
		return Scopes.scopedElementsFor(BuiltinFormats.load(set));
	}

	@Override
	protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
		if (name.getSegmentCount() != 1 || !BuiltinFormats.NAMES.contains(name.getFirstSegment())) {
			return List.of();
		}
		Format format = BuiltinFormats.load(set, name.getFirstSegment());
		if (format == null || !name.getFirstSegment().equals(format.getName())) {
			return List.of();
		}
		return List.of(EObjectDescription.create(name, format));
	}
}
