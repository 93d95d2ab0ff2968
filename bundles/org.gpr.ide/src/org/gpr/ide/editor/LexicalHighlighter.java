package org.gpr.ide.editor;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.gpr.parser.antlr.internal.InternalGprLexer;
import org.gpr.parser.antlr.internal.InternalGprParser;

/**
 * Lexical highlighting: keywords, strings, numbers, comments, blanks and not-applicable cells,
 * from gpr's own lexer. Needs no parse, so an editor can run it on every keystroke.
 */
public class LexicalHighlighter {

	/** Highlights {@code text}; offsets are shifted by {@code base}. */
	public List<HighlightedRange> highlight(String text, int base) {
		List<HighlightedRange> result = new ArrayList<>();
		InternalGprLexer lexer = new InternalGprLexer(new ANTLRStringStream(text)) {
			@Override
			public void reportError(org.antlr.runtime.RecognitionException e) {
				// an unterminated string or comment: simply not highlighted
			}
		};
		while (true) {
			Token token;
			try {
				token = lexer.nextToken();
			} catch (RuntimeException e) {
				break;
			}
			if (token == null || token.getType() == Token.EOF) {
				break;
			}
			if (!(token instanceof CommonToken common)) {
				continue;
			}
			String style = styleOf(token.getType(), token.getText());
			if (style != null) {
				int start = common.getStartIndex();
				int length = common.getStopIndex() - start + 1;
				if (length > 0) {
					result.add(new HighlightedRange(base + start, length, style));
				}
			}
		}
		return result;
	}

	static String styleOf(int type, String text) {
		switch (type) {
		case InternalGprLexer.RULE_STRING:
			return HighlightingStyles.STRING;
		case InternalGprLexer.RULE_NUMBER:
			return HighlightingStyles.NUMBER;
		case InternalGprLexer.RULE_SL_COMMENT:
		case InternalGprLexer.RULE_ML_COMMENT:
			return HighlightingStyles.COMMENT;
		default:
		}
		if ("_".equals(text)) {
			return HighlightingStyles.BLANK;
		}
		if ("/".equals(text)) {
			return HighlightingStyles.NOT_APPLICABLE;
		}
		if (type > 0 && type < InternalGprParser.tokenNames.length) {
			String name = InternalGprParser.tokenNames[type];
			if (name.length() > 2 && name.startsWith("'") && Character.isLetter(name.charAt(1))) {
				return HighlightingStyles.KEYWORD;
			}
		}
		return null;
	}
}
