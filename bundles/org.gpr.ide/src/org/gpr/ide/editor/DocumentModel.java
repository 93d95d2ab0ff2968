package org.gpr.ide.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses and validates one document's text together with the other gpr files it may refer to
 * (its folder's formats and reports), exactly as the command line does. Each call builds a
 * fresh resource set: a {@link Snapshot} is never changed afterwards, so it can be read from
 * any thread.
 */
public class DocumentModel {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

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
		XtextResourceSet set = resourceSets.get();
		for (Map.Entry<URI, String> other : others.entrySet()) {
			if (!other.getKey().equals(uri)) {
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
