package org.gpr.ide.editor;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * The quick fixes of {@code GprQuickfixProvider} for one problem, as plain replacements in the
 * document's offsets: what an editor, a marker resolution or a test applies.
 */
public class QuickFixes {

	@Inject
	private IQuickFixProvider provider;

	/** A problem, as the editor or a marker knows it. */
	public record Problem(String code, String message, int offset, int length, String[] data) {
	}

	/** A replacement of {@code length} characters at {@code offset}. */
	public record Replacement(int offset, int length, String text) {
	}

	/** A fix: its label and its replacements, sorted from the last to the first. */
	public record Fix(String label, List<Replacement> replacements) {

		/** The text after the fix. */
		public String applyTo(String text) {
			StringBuilder result = new StringBuilder(text);
			for (Replacement replacement : replacements) {
				result.replace(replacement.offset(), replacement.offset() + replacement.length(), replacement.text());
			}
			return result.toString();
		}
	}

	/** Whether there may be a fix for a problem with this code. */
	public boolean hasFixes(String code) {
		return code != null && provider.handlesDiagnostic(diagnostic(code));
	}

	private static Diagnostic diagnostic(String code) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(Either.forLeft(code));
		return diagnostic;
	}

	/** The fixes for a problem of a resource parsed from {@code text}. */
	public List<Fix> fixes(XtextResource resource, String text, Problem problem) {
		if (problem.code() == null) {
			return List.of();
		}
		Document document = new Document(1, text);
		Diagnostic diagnostic = diagnostic(problem.code());
		diagnostic.setMessage(problem.message());
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		diagnostic.setRange(new Range(document.getPosition(problem.offset()),
				document.getPosition(problem.offset() + problem.length())));
		diagnostic.setData(problem.data());
		if (!provider.handlesDiagnostic(diagnostic)) {
			return List.of();
		}
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(access(resource));
		String uri = resource.getURI().toString();
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<Fix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
			WorkspaceEdit edit = resolution.apply();
			List<TextEdit> edits = edit == null || edit.getChanges() == null ? null : edit.getChanges().get(uri);
			if (edits == null || edits.isEmpty()) {
				continue;
			}
			List<Replacement> replacements = new ArrayList<>();
			for (TextEdit textEdit : edits) {
				int start = document.getOffSet(textEdit.getRange().getStart());
				int end = document.getOffSet(textEdit.getRange().getEnd());
				replacements.add(new Replacement(start, end - start, textEdit.getNewText()));
			}
			replacements.sort(Comparator.comparingInt(Replacement::offset).reversed());
			fixes.add(new Fix(resolution.getLabel(), List.copyOf(replacements)));
		}
		return fixes;
	}

	private static ILanguageServerAccess access(XtextResource resource) {
		return (ILanguageServerAccess) Proxy.newProxyInstance(QuickFixes.class.getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> switch (method.getName()) {
				case "newLiveScopeResourceSet" -> resource.getResourceSet();
				case "getInitializeParams" -> null;
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "gpr editor";
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}
}
