package org.gpr.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.validation.Issue;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ide.editor.QuickFixes;
import org.gpr.ui.GprUiPlugin;

/**
 * Ctrl+1: the fixes of {@code GprQuickfixProvider} (org.gpr.ide) for the problems at the caret
 * (or, when there are none there, on the caret's line), computed on the current text.
 */
public class GprQuickAssistProcessor implements IQuickAssistProcessor {

	private final GprEditor editor;

	public GprQuickAssistProcessor(GprEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		String code = null;
		if (annotation instanceof GprProblemAnnotation problem) {
			code = problem.getIssue().getCode();
		} else if (annotation instanceof MarkerAnnotation marker) {
			code = marker.getMarker().getAttribute("code", null);
		}
		return code != null && GprUiPlugin.injector().getInstance(QuickFixes.class).hasFixes(code);
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		try {
			IDocument document = context.getSourceViewer().getDocument();
			return proposals(editor, document, context.getOffset()).toArray(new ICompletionProposal[0]);
		} catch (RuntimeException | StackOverflowError e) {
			GprUiPlugin.logOnce("quick fix", e);
			return new ICompletionProposal[0];
		}
	}

	/** The fixes for the problems at an offset of the editor's document. */
	public static List<FixProposal> proposals(GprEditor editor, IDocument document, int offset) {
		DocumentModel.Snapshot snapshot = editor.snapshot(document);
		List<Issue> at = new ArrayList<>();
		for (Issue issue : snapshot.issues()) {
			int start = issue.getOffset() == null ? 0 : issue.getOffset();
			int end = start + (issue.getLength() == null ? 0 : issue.getLength());
			if (start <= offset && offset <= end) {
				at.add(issue);
			}
		}
		if (at.isEmpty()) {
			try {
				IRegion line = document.getLineInformationOfOffset(offset);
				for (Issue issue : snapshot.issues()) {
					int start = issue.getOffset() == null ? 0 : issue.getOffset();
					if (start >= line.getOffset() && start <= line.getOffset() + line.getLength()) {
						at.add(issue);
					}
				}
			} catch (BadLocationException e) {
				// no line: no fixes
			}
		}
		QuickFixes fixes = GprUiPlugin.injector().getInstance(QuickFixes.class);
		List<FixProposal> result = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Issue issue : at) {
			QuickFixes.Problem problem = new QuickFixes.Problem(issue.getCode(), issue.getMessage(),
					issue.getOffset() == null ? 0 : issue.getOffset(), issue.getLength() == null ? 0 : issue.getLength(),
					issue.getData());
			for (QuickFixes.Fix fix : fixes.fixes(snapshot.resource(), snapshot.text(), problem)) {
				// several broken identities may share one cell and one fix: offered once
				if (seen.add(fix.label() + fix.replacements())) {
					result.add(new FixProposal(fix, issue.getMessage()));
				}
			}
		}
		return result;
	}
}
