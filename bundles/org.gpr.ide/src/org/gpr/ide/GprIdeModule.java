package org.gpr.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.gpr.ide.editor.SemanticHighlighter;
import org.gpr.ide.quickfix.GprQuickfixProvider;

/** Guice bindings of gpr's IDE-neutral services (used by the Eclipse editor and the language server). */
public class GprIdeModule extends AbstractGprIdeModule {

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return GprQuickfixProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return SemanticHighlighter.class;
	}
}
