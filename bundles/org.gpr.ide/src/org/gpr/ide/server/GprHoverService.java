package org.gpr.ide.server;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gpr.ide.editor.Hovers;

import com.google.inject.Inject;

/**
 * Hover over the protocol: the text of {@link Hovers} (the official labels of a cell or row and
 * every identity the cell is in, with its values), as the Eclipse editor shows it.
 */
public class GprHoverService extends HoverService {

	@Inject
	private Hovers hovers;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset = document.getOffSet(params.getPosition());
		Hovers.Hover hover = hovers.at(resource, offset);
		if (hover == null) {
			return new Hover(new MarkupContent(MarkupKind.PLAINTEXT, ""));
		}
		Range range = new Range(document.getPosition(hover.offset()), document.getPosition(hover.offset() + hover.length()));
		return new Hover(new MarkupContent(MarkupKind.PLAINTEXT, hover.text()), range);
	}
}
