package org.gpr.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.gpr.ide.editor.HighlightedRange;
import org.gpr.ide.editor.LexicalHighlighter;
import org.gpr.ui.GprUiPlugin;

/** Adapts {@link LexicalHighlighter} (org.gpr.ide) to JFace's token scanner. */
public class LexicalScanner implements ITokenScanner {

	private final LexicalHighlighter highlighter = new LexicalHighlighter();
	private final Map<String, IToken> tokens = new HashMap<>();
	private List<HighlightedRange> ranges = new ArrayList<>();
	private int index;
	private int position;
	private int end;
	private int tokenOffset;
	private int tokenLength;

	public void refresh() {
		tokens.clear();
	}

	private IToken token(String style) {
		return tokens.computeIfAbsent(style, s -> {
			TextAttribute attribute = Styles.attribute(s);
			return attribute == null ? Token.UNDEFINED : new Token(attribute);
		});
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		position = offset;
		end = offset + length;
		index = 0;
		try {
			ranges = highlighter.highlight(document.get(offset, length), offset);
		} catch (BadLocationException | RuntimeException e) {
			GprUiPlugin.logOnce("lexical highlighting", e);
			ranges = new ArrayList<>();
		}
	}

	@Override
	public IToken nextToken() {
		if (position >= end) {
			return Token.EOF;
		}
		tokenOffset = position;
		if (index < ranges.size()) {
			HighlightedRange range = ranges.get(index);
			if (range.offset() > position) {
				tokenLength = range.offset() - position;
				position = range.offset();
				return Token.UNDEFINED;
			}
			index++;
			int stop = Math.min(end, range.offset() + range.length());
			tokenLength = stop - position;
			position = stop;
			return token(range.style());
		}
		tokenLength = end - position;
		position = end;
		return Token.UNDEFINED;
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
