package org.gpr.ide.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.gpr.format.FormatLibrary;
import org.gpr.format.FormatModel;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The {@link FormatLibrary format libraries} that parses share: one of the shipped formats, built
 * once, and one per set of format texts recently asked for (the formats beside the documents
 * being edited), each over the shipped formats' library. A library is looked up by the exact
 * texts (and URIs, in order) it was built from: a format edited elsewhere has a new text, so the
 * next parse builds a new library, while the old one stays unchanged for the snapshots that use it.
 */
@Singleton
public class FormatLibraries {

	/** How many libraries of format texts are kept, the most recently used ones. */
	static final int KEPT = 8;

	@Inject
	private Provider<FormatLibrary.Over> sets;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private FormatModel formats;

	private FormatLibrary builtins;

	/** By texts; empty when the texts cannot form a library of their own. */
	private final Map<List<Map.Entry<URI, String>>, Optional<FormatLibrary>> libraries = new LinkedHashMap<>(16,
			0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Map.Entry<URI, String>>, Optional<FormatLibrary>> eldest) {
			return size() > KEPT;
		}
	};

	private int built;

	/** The library of the shipped formats. */
	public synchronized FormatLibrary builtins() {
		if (builtins == null) {
			builtins = FormatLibrary.build(sets.get(), null, Map.of(), descriptions, formats);
			if (builtins == null) {
				throw new IllegalStateException("the shipped formats do not link among themselves");
			}
			built++;
		}
		return builtins;
	}

	/**
	 * The library of exactly these format texts, over the shipped formats' library; or the shipped
	 * formats' library alone when the texts cannot form a library (see
	 * {@link FormatLibrary#build}), in which case they must be parsed with the document.
	 */
	public synchronized FormatLibrary of(Map<URI, String> texts) {
		FormatLibrary shipped = builtins();
		if (texts.isEmpty()) {
			return shipped;
		}
		List<Map.Entry<URI, String>> key = new ArrayList<>(texts.size());
		texts.forEach((uri, text) -> key.add(Map.entry(uri, text)));
		Optional<FormatLibrary> library = libraries.get(key);
		if (library == null) {
			FormatLibrary.Over set = sets.get();
			set.setLibrary(shipped);
			try {
				library = Optional.ofNullable(FormatLibrary.build(set, shipped, texts, descriptions, formats));
			} catch (RuntimeException e) {
				// parsed with the document instead, as they would be without libraries
				library = Optional.empty();
			}
			libraries.put(List.copyOf(key), library);
			built++;
		}
		return library.orElse(shipped);
	}

	/** How many libraries were built so far (for tests: a library is reused while its texts are unchanged). */
	public synchronized int built() {
		return built;
	}
}
