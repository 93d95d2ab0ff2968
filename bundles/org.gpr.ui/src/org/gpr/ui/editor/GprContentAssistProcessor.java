package org.gpr.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.gpr.ide.editor.Completions;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.UiMessages;

/**
 * Adapts {@link Completions} (Xtext's IdeContentProposalProvider in org.gpr.ide) to JFace.
 * The assistant is asynchronous: proposals are computed off the UI thread.
 */
public class GprContentAssistProcessor implements IContentAssistProcessor {

	private final GprEditor editor;
	private String error;

	public GprContentAssistProcessor(GprEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		try {
			IDocument document = viewer.getDocument();
			DocumentModel.Snapshot snapshot = editor.snapshot(document);
			List<Completions.Proposal> proposals = GprUiPlugin.injector().getInstance(Completions.class)
					.propose(snapshot.resource(), snapshot.text(), offset);
			List<ICompletionProposal> result = new ArrayList<>();
			for (Completions.Proposal proposal : proposals) {
				String display = proposal.description() == null || proposal.description().isEmpty() ? proposal.label()
						: proposal.label() + " — " + proposal.description();
				result.add(new CompletionProposal(proposal.text(), proposal.offset(), proposal.length(),
						proposal.text().length(), null, display, null, proposal.description()));
			}
			return result.toArray(new ICompletionProposal[0]);
		} catch (RuntimeException | StackOverflowError e) {
			GprUiPlugin.logOnce("content assist", e);
			error = UiMessages.get("contentAssist.failed", e);
			return new ICompletionProposal[0];
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.', '{' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
