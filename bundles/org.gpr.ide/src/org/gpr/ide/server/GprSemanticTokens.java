package org.gpr.ide.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gpr.ide.editor.HighlightedRange;
import org.gpr.ide.editor.HighlightingStyles;
import org.gpr.ide.editor.SemanticHighlighter;

import com.google.inject.Inject;

/**
 * Semantic tokens from gpr's {@link SemanticHighlighter} (row and column names, totals, blank and
 * not-applicable cells, embedded references, declared names), each style given as one of the
 * protocol's standard token types so that every client's theme colours it. Keywords, strings,
 * numbers and comments are lexical: the clients' TextMate grammar colours them.
 */
public class GprSemanticTokens {

	/** gpr's style → the protocol's token type. */
	static final Map<String, String> TYPES = Map.of(
			HighlightingStyles.ROW, SemanticTokenTypes.Property,
			HighlightingStyles.COLUMN, SemanticTokenTypes.EnumMember,
			HighlightingStyles.TOTAL, SemanticTokenTypes.Variable,
			HighlightingStyles.BLANK, SemanticTokenTypes.Operator,
			HighlightingStyles.NOT_APPLICABLE, SemanticTokenTypes.Operator,
			HighlightingStyles.REFERENCE, SemanticTokenTypes.Macro,
			HighlightingStyles.DECLARATION, SemanticTokenTypes.Class);

	/** The legend's token types, in the order of their indices. */
	static final List<String> LEGEND = List.of(SemanticTokenTypes.Property, SemanticTokenTypes.EnumMember,
			SemanticTokenTypes.Variable, SemanticTokenTypes.Operator, SemanticTokenTypes.Macro, SemanticTokenTypes.Class);

	@Inject
	private SemanticHighlighter highlighter;

	public static SemanticTokensLegend legend() {
		return new SemanticTokensLegend(LEGEND, List.of());
	}

	/** The tokens of a document, encoded as the protocol wants (relative lines and starts, one line each). */
	public SemanticTokens encode(Document document, XtextResource resource, CancelIndicator cancel) {
		List<HighlightedRange> ranges = new ArrayList<>(highlighter.highlight(resource, cancel));
		ranges.sort(Comparator.comparingInt(HighlightedRange::offset));
		List<Integer> data = new ArrayList<>();
		int lastLine = 0;
		int lastStart = 0;
		int end = -1;
		LineIndex lines = new LineIndex(document.getContents());
		for (HighlightedRange range : ranges) {
			String type = TYPES.get(range.style());
			if (type == null || range.offset() < end) {
				continue;
			}
			Position start = lines.position(range.offset());
			Position stop = lines.position(range.offset() + range.length());
			if (start.getLine() != stop.getLine()) {
				continue; // a token is on one line; a multi-line embedded reference is left to the grammar
			}
			data.add(start.getLine() - lastLine);
			data.add(start.getLine() == lastLine ? start.getCharacter() - lastStart : start.getCharacter());
			data.add(stop.getCharacter() - start.getCharacter());
			data.add(LEGEND.indexOf(type));
			data.add(0);
			lastLine = start.getLine();
			lastStart = start.getCharacter();
			end = range.offset() + range.length();
		}
		return new SemanticTokens(data);
	}
}
