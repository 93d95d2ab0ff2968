package org.gpr.ide.server;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting over the protocol exactly as the Eclipse editor formats ({@code Formatting}): gpr's
 * layout (two-space indentation, tables aligned) whatever the client's tab settings, and a file
 * that does not parse is left as it is.
 */
public class GprFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		if (resource == null || resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		return super.format(resource, document, offset, length, new FormattingOptions(2, true));
	}
}
