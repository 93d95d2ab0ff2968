package org.gpr.parser;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.gpr.Messages;

/** Syntax errors in the author's language, keeping the parser's precise detail. */
public class GprSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(Messages.get("syntax.error", message.getMessage()), message.getIssueCode(),
				message.getIssueData());
	}
}
