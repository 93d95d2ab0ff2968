package org.gpr.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** A problem found while typing: an error or warning annotation carrying its issue. */
public class GprProblemAnnotation extends Annotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Issue issue;

	public GprProblemAnnotation(Issue issue) {
		super(type(issue.getSeverity()), false, issue.getMessage());
		this.issue = issue;
	}

	private static String type(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	public Issue getIssue() {
		return issue;
	}
}
