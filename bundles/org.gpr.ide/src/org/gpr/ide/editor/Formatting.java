package org.gpr.ide.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.gpr.ide.editor.QuickFixes.Replacement;

import com.google.inject.Inject;

/** Formatting a whole document through the language's formatter ({@code GprFormatter}). */
public class Formatting {

	@Inject
	private FormattingService service;

	/** The replacements, from the last to the first; none for a file that does not parse. */
	public List<Replacement> format(XtextResource resource, String text) {
		if (resource == null || resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		Document document = new Document(1, text);
		FormattingOptions options = new FormattingOptions(2, true);
		List<Replacement> result = new ArrayList<>();
		for (TextEdit edit : service.format(resource, document, 0, text.length(), options)) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			if (!text.substring(start, end).equals(edit.getNewText())) {
				result.add(new Replacement(start, end - start, edit.getNewText()));
			}
		}
		result.sort(Comparator.comparingInt(Replacement::offset).reversed());
		return result;
	}

	/** The formatted text. */
	public String formatted(XtextResource resource, String text) {
		StringBuilder result = new StringBuilder(text);
		for (Replacement replacement : format(resource, text)) {
			result.replace(replacement.offset(), replacement.offset() + replacement.length(), replacement.text());
		}
		return result.toString();
	}
}
