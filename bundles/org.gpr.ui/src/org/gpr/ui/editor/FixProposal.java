package org.gpr.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.gpr.ide.editor.QuickFixes;
import org.gpr.ui.GprUiPlugin;

/** A quick fix of org.gpr.ide offered on Ctrl+1; applied as one undoable change. */
public class FixProposal implements ICompletionProposal {

	private final QuickFixes.Fix fix;
	private final String problem;

	public FixProposal(QuickFixes.Fix fix, String problem) {
		this.fix = fix;
		this.problem = problem;
	}

	public QuickFixes.Fix getFix() {
		return fix;
	}

	@Override
	public void apply(IDocument document) {
		try {
			Edits.apply(document, fix.replacements());
		} catch (BadLocationException | RuntimeException e) {
			GprUiPlugin.logOnce("quick fix " + fix.label(), e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return problem;
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
