package org.gpr.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.gpr.gpr.Format;

/**
 * The official formats shipped inside the runtime bundle ({@code org/gpr/formats/*.gpr}), loaded
 * on demand into the resource set that needs them.
 */
public final class BuiltinFormats {

	/** The names of the shipped formats, oldest first. */
	public static final List<String> NAMES = List.of("gov2019", "gov2021");

	/** The URI scheme under which shipped formats live in a resource set. */
	public static final String SCHEME = "gpr-builtin";

	private BuiltinFormats() {
	}

	public static URI uri(String name) {
		return URI.createURI(SCHEME + ":/formats/" + name + ".gpr");
	}

	/** The shipped formats, loading them into the resource set if they are not there yet. */
	public static List<Format> load(ResourceSet resourceSet) {
		List<Format> formats = new ArrayList<>();
		for (String name : NAMES) {
			Format format = load(resourceSet, name);
			if (format != null) {
				formats.add(format);
			}
		}
		return formats;
	}

	/** One shipped format, or null if there is no such format. */
	public static Format load(ResourceSet resourceSet, String name) {
		if (!NAMES.contains(name)) {
			return null;
		}
		URI uri = uri(name);
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null) {
			resource = resourceSet.createResource(uri);
			try (InputStream in = BuiltinFormats.class.getResourceAsStream("/org/gpr/formats/" + name + ".gpr")) {
				if (in == null) {
					throw new IllegalStateException("shipped format missing from the runtime: " + name);
				}
				resource.load(in, resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		for (EObject root : resource.getContents()) {
			if (root instanceof Format format) {
				return format;
			}
		}
		return null;
	}
}
