package org.gpr.ide.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Content assist as plain proposals: Xtext's {@code IdeContentProposalProvider} proposes from
 * the grammar (keywords) and from scoping (row and column names of the report's format, format
 * names, table and section names, embedded-reference targets).
 */
public class Completions extends ContentAssistService {

	/** Replace {@code length} characters at {@code offset} by {@code text}. */
	public record Proposal(String label, String text, int offset, int length, String description, String kind) {
	}

	public List<Proposal> propose(XtextResource resource, String text, int caret) {
		List<Proposal> result = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		createProposals(text, new TextRegion(caret, 0), caret, resource, new IIdeContentProposalAcceptor() {
			@Override
			public void accept(ContentAssistEntry entry, int priority) {
				if (entry == null || entry.getProposal() == null) {
					return;
				}
				String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
				String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
				if (seen.add(entry.getProposal() + "\u0000" + prefix)) {
					result.add(new Proposal(label, entry.getProposal(), caret - prefix.length(), prefix.length(),
							entry.getDescription(), entry.getKind()));
				}
			}

			@Override
			public boolean canAcceptMoreProposals() {
				return result.size() < 500;
			}
		});
		return result;
	}
}
