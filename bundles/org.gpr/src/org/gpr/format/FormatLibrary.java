package org.gpr.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.eclipse.xtext.util.CancelIndicator;
import org.gpr.gpr.Format;

/**
 * Formats parsed and linked once and then shared, read-only, by the resource sets of many parses:
 * an editor parses its document on every keystroke, while the shipped formats and the formats
 * beside the document rarely change.
 * <p>
 * A library is frozen when it is built: every link inside it is resolved (a library in which a
 * link does not resolve is not built), the effective format of each of its formats and the names
 * it exports are computed, so that reading it later changes nothing and it can be read from
 * several threads at once. Nothing may load into, link in or change a library's resources
 * afterwards. A resource set sees a library by being a {@link Over} set over it: the library's
 * resources are found by URI (the shipped formats among them, see {@link BuiltinFormats}), and the
 * formats it holds are visible by name (see {@link #scope(ResourceSet, IScope)}), as if they had
 * been loaded into that resource set first.
 */
public final class FormatLibrary {

	/** A resource set that finds a library's resources by URI before its own. */
	public static class Over extends XtextResourceSet {

		private volatile FormatLibrary library;

		public FormatLibrary getLibrary() {
			return library;
		}

		/** Set once, before the resource set is used. */
		public void setLibrary(FormatLibrary library) {
			this.library = library;
		}

		@Override
		public Resource getResource(URI uri, boolean loadOnDemand) {
			FormatLibrary current = library;
			Resource resource = current == null ? null : current.resource(uri);
			return resource != null ? resource : super.getResource(uri, loadOnDemand);
		}
	}

	private final FormatLibrary parent;
	private final Map<URI, String> texts;
	private final Map<URI, Resource> resources;
	private final List<IEObjectDescription> exported;

	private FormatLibrary(FormatLibrary parent, Map<URI, String> texts, Map<URI, Resource> resources,
			List<IEObjectDescription> exported) {
		this.parent = parent;
		this.texts = texts;
		this.resources = resources;
		this.exported = exported;
	}

	/** The texts this library was parsed from, by URI (not its parent's). */
	public Map<URI, String> getTexts() {
		return texts;
	}

	/** The library's resource (or its parent's) of a URI, or null. */
	public Resource resource(URI uri) {
		Resource resource = resources.get(uri);
		return resource != null || parent == null ? resource : parent.resource(uri);
	}

	/**
	 * The names the library's formats are known by in a resource set over it, in front of
	 * {@code outer} (what the resource set's own resources export); {@code outer} alone for any
	 * other resource set.
	 */
	public static IScope scope(ResourceSet set, IScope outer) {
		return set instanceof Over over && over.getLibrary() != null ? over.getLibrary().scope(outer) : outer;
	}

	private IScope scope(IScope outer) {
		IScope result = exported.isEmpty() ? outer : new SimpleScope(outer, exported, false);
		return parent == null ? result : parent.scope(result);
	}

	/**
	 * Parses, links and freezes a library.
	 *
	 * @param set a new, empty resource set over {@code parent} (or over nothing) that becomes the library's
	 * @param parent the library the texts are linked against (the shipped formats), or null
	 * @param texts the texts of formats by URI; with a null parent, the shipped formats are loaded too
	 * @return the library, or null when it cannot stand alone: a text that is not a format, or a
	 *         link that does not resolve within the library and its parent (to a format being edited,
	 *         say); such texts must be parsed with the document that needs them
	 */
	public static FormatLibrary build(Over set, FormatLibrary parent, Map<URI, String> texts,
			IResourceDescription.Manager descriptions, FormatModel formats) {
		if (set.getLibrary() != parent || !set.getResources().isEmpty()) {
			throw new IllegalArgumentException("a library is built in a new resource set over its parent");
		}
		Map<URI, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
		for (Map.Entry<URI, String> text : copy.entrySet()) {
			Resource resource = set.createResource(text.getKey());
			try {
				resource.load(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)),
						set.getLoadOptions());
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Format)) {
				return null;
			}
		}
		if (parent == null) {
			BuiltinFormats.load(set);
		}
		List<Resource> own = new ArrayList<>(set.getResources());
		for (Resource resource : own) {
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		}
		if (set.getResources().size() != own.size()) {
			return null; // linking loaded something more: the library would not stand alone
		}
		for (Resource resource : own) {
			if (!EcoreUtil.ProxyCrossReferencer.find(resource).isEmpty()) {
				return null;
			}
		}
		Map<URI, Resource> byUri = new LinkedHashMap<>();
		List<IEObjectDescription> exported = new ArrayList<>();
		for (Resource resource : own) {
			byUri.put(resource.getURI(), resource);
			for (EObject root : resource.getContents()) {
				if (root instanceof Format format) {
					// computed now, while the library is still private to this thread
					formats.of(format);
					formats.base(format);
				}
			}
			if (copy.containsKey(resource.getURI())) {
				descriptions.getResourceDescription(resource).getExportedObjects().forEach(exported::add);
			}
		}
		FormatLibrary library = new FormatLibrary(parent, copy, Collections.unmodifiableMap(byUri),
				List.copyOf(exported));
		// from now on, lookups of the library's own URIs never reach the resource set's maps
		set.setLibrary(library);
		return library;
	}
}
