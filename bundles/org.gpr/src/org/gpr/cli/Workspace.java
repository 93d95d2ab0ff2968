package org.gpr.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The files of one command-line run, loaded into one resource set so that reports find the
 * formats beside them, and validated.
 */
public class Workspace {

	/** Xtext's code for a syntax error, shown under a shorter name. */
	public static final String SYNTAX_CODE = "org.gpr.syntax";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private XtextResourceSet resourceSet;
	private final Map<SourceFile, Resource> resources = new LinkedHashMap<>();

	/** Loads the files; a file that fails to parse still gives a resource with its syntax errors. */
	public void load(List<SourceFile> files) {
		resourceSet = resourceSets.get();
		for (SourceFile file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(file.path().toAbsolutePath().toString()));
			try {
				resource.load(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)),
						resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
			resources.put(file, resource);
		}
	}

	public XtextResourceSet getResourceSet() {
		return resourceSet;
	}

	public Resource resourceOf(SourceFile file) {
		return resources.get(file);
	}

	/** The diagnostics of every requested file, in file order, each file's sorted by position. */
	public Map<SourceFile, List<org.gpr.cli.Diagnostic>> validate() {
		Map<SourceFile, List<org.gpr.cli.Diagnostic>> result = new LinkedHashMap<>();
		for (Map.Entry<SourceFile, Resource> entry : resources.entrySet()) {
			if (entry.getKey().requested()) {
				result.put(entry.getKey(), validate(entry.getKey(), entry.getValue()));
			}
		}
		return result;
	}

	private List<org.gpr.cli.Diagnostic> validate(SourceFile file, Resource resource) {
		List<org.gpr.cli.Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			diagnostics.add(convert(file, issue));
		}
		diagnostics.sort(Comparator.comparingInt(org.gpr.cli.Diagnostic::offset)
				.thenComparing(org.gpr.cli.Diagnostic::code));
		return diagnostics;
	}

	private static org.gpr.cli.Diagnostic convert(SourceFile file, Issue issue) {
		String code = issue.getCode();
		if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			code = SYNTAX_CODE;
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int offset = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		String severity = switch (issue.getSeverity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> org.gpr.validation.IssueCodes.ACCEPTED.equals(code) ? org.gpr.cli.Diagnostic.ACCEPTED : "info";
		};
		return new org.gpr.cli.Diagnostic(file.display(), line, column, offset, length, severity, code,
				issue.getMessage());
	}

	/** Whether a resource is a parsed gpr file (not an empty or foreign one). */
	public static boolean isGpr(Resource resource) {
		return resource instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().getRootASTElement() != null;
	}
}
