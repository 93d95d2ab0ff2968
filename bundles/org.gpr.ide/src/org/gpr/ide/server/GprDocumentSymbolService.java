package org.gpr.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gpr.ide.editor.OutlineNode;
import org.gpr.ide.editor.Outlines;

import com.google.inject.Inject;

/** Document symbols: the outline of {@link Outlines} (sections and their tables), as the Eclipse outline shows it. */
public class GprDocumentSymbolService implements IDocumentSymbolService {

	@Inject
	private Outlines outlines;

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		return symbols(document, outlines.of(resource));
	}

	private static List<DocumentSymbol> symbols(Document document, List<OutlineNode> nodes) {
		List<DocumentSymbol> result = new ArrayList<>();
		for (OutlineNode node : nodes) {
			Range range = range(document, node.offset(), node.length());
			Range name = range(document, node.nameOffset(), node.nameLength());
			SymbolKind kind = "table".equals(node.kind()) ? SymbolKind.Struct : SymbolKind.Namespace;
			result.add(new DocumentSymbol(node.label(), kind, range, name, null, symbols(document, node.children())));
		}
		return result;
	}

	private static Range range(Document document, int offset, int length) {
		return new Range(document.getPosition(offset), document.getPosition(offset + length));
	}
}
