package org.gpr.ide.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.format.FormatLibrary;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses and validates one document's text together with the other gpr files it may refer to
 * (its folder's formats and reports), exactly as the command line does. Each call builds a
 * fresh resource set for the document: a {@link Snapshot} is never changed afterwards, so it can
 * be read from any thread. The shipped formats and the other files' formats are not parsed again
 * on every call: the resource set is over a {@link FormatLibrary} of them, parsed and linked once
 * for the same texts and never changed afterwards (see {@link FormatLibraries}); other files that
 * cannot be in a library (reports, or formats with a link that does not resolve among
 * themselves) are parsed into the document's resource set on every call.
 */
public class DocumentModel {

	@Inject
	private Provider<FormatLibrary.Over> resourceSets;

	@Inject
	private FormatLibraries libraries;

	@Inject
	private IResourceValidator validator;

	/** A parsed and validated text. */
	public record Snapshot(String text, XtextResource resource, List<Issue> issues) {
	}

	/**
	 * @param uri the document's URI (a file URI, so that {@code previous} links resolve)
	 * @param text the document's current text
	 * @param others the texts of the other gpr files to load beside it, by URI
	 */
	public Snapshot parse(URI uri, String text, Map<URI, String> others, CancelIndicator cancel) {
		Map<URI, String> texts = new LinkedHashMap<>(others);
		texts.remove(uri);
		FormatLibrary library = libraries.of(texts);
		FormatLibrary.Over set = resourceSets.get();
		set.setLibrary(library);
		if (!library.getTexts().equals(texts)) {
			for (Map.Entry<URI, String> other : texts.entrySet()) {
				load(set, other.getKey(), other.getValue());
			}
		}
		XtextResource resource = (XtextResource) load(set, uri, text);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel == null ? CancelIndicator.NullImpl : cancel);
		return new Snapshot(text, resource, issues == null ? List.of() : List.copyOf(issues));
	}

	private static Resource load(XtextResourceSet set, URI uri, String text) {
		Resource resource = set.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}
}
