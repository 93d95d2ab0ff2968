package org.gpr.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.cli.Workspace;
import org.gpr.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * gpr's language server: Xtext's {@link LanguageServerImpl} with gpr's services, and
 * <ul>
 * <li>diagnostics with the codes of {@code gpr check} (a syntax error is {@code org.gpr.syntax}),
 * source {@code gpr};</li>
 * <li>document symbols from gpr's outline, whatever the client's symbol support;</li>
 * <li>semantic tokens from gpr's highlighter, with standard token types ({@link GprSemanticTokens});</li>
 * <li>a document over 16 MB or a binary one is not parsed: it gets one diagnostic saying why
 * ({@link DocumentGuard}) until it is closed, and every other document is served as before.</li>
 * </ul>
 */
public class GprLanguageServer extends LanguageServerImpl {

	/** Refused documents (by URI string as the server publishes it) and why. */
	private final Map<String, String> refused = new ConcurrentHashMap<>();

	@Inject
	private UriExtensions uriExtensions;

	private final Buildable nothing = cancelIndicator -> List.of();

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(GprSemanticTokens.legend());
		tokens.setFull(true);
		tokens.setRange(false);
		capabilities.setSemanticTokensProvider(tokens);
		capabilities.setSignatureHelpProvider(null); // gpr has no calls to help with
		if (capabilities.getFoldingRangeProvider() == null) {
			capabilities.setFoldingRangeProvider(true);
		}
		return capabilities;
	}

	/**
	 * The folder of the workspace: the client's root, or, for a client that names none (an editor
	 * started on a single file), the server's working directory, as the command line reads paths.
	 */
	@Override
	@SuppressWarnings("deprecation")
	protected URI getBaseDir(InitializeParams params) {
		URI root = super.getBaseDir(params);
		return root != null ? root : URI.createFileURI(java.nio.file.Path.of("").toAbsolutePath().toString()).appendSegment("");
	}

	@Override
	protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		GprSemanticTokens tokens = getService(uri, GprSemanticTokens.class);
		if (tokens == null || isRefused(params.getTextDocument())) {
			return new SemanticTokens(List.of());
		}
		return getWorkspaceManager().doRead(uri, (document, resource) -> tokens.encode(document, resource, cancelIndicator));
	}

	// --- requests on a refused document: nothing to offer (it is held as an empty text) -----------

	private boolean isRefused(TextDocumentIdentifier document) {
		return document != null && refused.containsKey(key(getURI(document)));
	}

	@Override
	protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
		return isRefused(params.getTextDocument()) ? null : super.hover(params, cancelIndicator);
	}

	@Override
	protected Either<List<CompletionItem>, CompletionList> completion(CancelIndicator cancelIndicator,
			CompletionParams params) {
		return isRefused(params.getTextDocument()) ? Either.forRight(new CompletionList())
				: super.completion(cancelIndicator, params);
	}

	@Override
	protected Either<List<? extends Location>, List<? extends LocationLink>> definition(DefinitionParams params,
			CancelIndicator cancelIndicator) {
		return isRefused(params.getTextDocument()) ? Either.forLeft(List.of()) : super.definition(params, cancelIndicator);
	}

	@Override
	protected List<? extends Location> references(ReferenceParams params, CancelIndicator cancelIndicator) {
		return isRefused(params.getTextDocument()) ? List.of() : super.references(params, cancelIndicator);
	}

	@Override
	protected List<? extends DocumentHighlight> documentHighlight(DocumentHighlightParams params,
			CancelIndicator cancelIndicator) {
		return isRefused(params.getTextDocument()) ? List.of() : super.documentHighlight(params, cancelIndicator);
	}

	/**
	 * Code actions, their edits keyed by the document's URI as the server writes it everywhere else:
	 * Xtext's quick fixes key them by the EMF URI's text, whose Chinese characters are not encoded.
	 */
	@Override
	protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
		if (isRefused(params.getTextDocument())) {
			return List.of();
		}
		List<Either<Command, CodeAction>> actions = super.codeAction(params, cancelIndicator);
		for (Either<Command, CodeAction> action : actions) {
			WorkspaceEdit edit = action.isRight() ? action.getRight().getEdit() : null;
			if (edit != null && edit.getChanges() != null) {
				Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
				edit.getChanges().forEach((uri, edits) -> changes.put(uriExtensions.toUriString(URI.createURI(uri)), edits));
				edit.setChanges(changes);
			}
		}
		return actions;
	}

	@Override
	protected List<? extends TextEdit> formatting(DocumentFormattingParams params, CancelIndicator cancelIndicator) {
		return isRefused(params.getTextDocument()) ? List.of() : super.formatting(params, cancelIndicator);
	}

	@Override
	protected List<? extends TextEdit> rangeFormatting(DocumentRangeFormattingParams params,
			CancelIndicator cancelIndicator) {
		return isRefused(params.getTextDocument()) ? List.of() : super.rangeFormatting(params, cancelIndicator);
	}

	@Override
	protected List<DocumentSymbol> documentSymbol(DocumentSymbolParams params, CancelIndicator cancelIndicator) {
		return isRefused(params.getTextDocument()) ? List.of() : super.documentSymbol(params, cancelIndicator);
	}

	@Override
	protected List<FoldingRange> foldingRange(FoldingRangeRequestParams params, CancelIndicator cancelIndicator) {
		return isRefused(params.getTextDocument()) ? List.of() : super.foldingRange(params, cancelIndicator);
	}

	@Override
	protected IDocumentSymbolService getIDocumentSymbolService(IResourceServiceProvider serviceProvider) {
		return serviceProvider == null ? null : serviceProvider.get(GprDocumentSymbolService.class);
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		String code = issue.getCode();
		if (code == null || org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			diagnostic.setCode(Workspace.SYNTAX_CODE);
		}
		diagnostic.setSource("gpr");
		return diagnostic;
	}

	@Override
	protected Buildable toBuildable(DidOpenTextDocumentParams params) {
		URI location = getURI(params.getTextDocument());
		String reason = DocumentGuard.refusal(location.lastSegment() == null ? location.toString() : URI.decode(location.lastSegment()),
				params.getTextDocument().getText());
		if (reason == null) {
			return super.toBuildable(params);
		}
		String uri = key(location);
		refused.put(uri, reason);
		System.err.println("gpr lsp: " + uri + ": " + reason);
		// opened as an empty text, so that requests on it find a document; its diagnostics are replaced
		params.getTextDocument().setText("");
		return super.toBuildable(params);
	}

	@Override
	protected Buildable toBuildable(DidChangeTextDocumentParams params) {
		if (refused.containsKey(key(getURI(params.getTextDocument())))) {
			return nothing;
		}
		return super.toBuildable(params);
	}

	@Override
	protected Buildable toBuildable(DidCloseTextDocumentParams params) {
		refused.remove(key(getURI(params.getTextDocument())));
		return super.toBuildable(params);
	}

	@Override
	public void connect(LanguageClient client) {
		super.connect(guarded(client));
	}

	/** The client, with the diagnostics of a refused document replaced by the one saying why. */
	private LanguageClient guarded(LanguageClient client) {
		return (LanguageClient) Proxy.newProxyInstance(GprLanguageServer.class.getClassLoader(),
				new Class<?>[] { LanguageClient.class }, (proxy, method, args) -> {
					if (method.getName().equals("publishDiagnostics") && args != null && args.length == 1
							&& args[0] instanceof PublishDiagnosticsParams published) {
						String reason = refused.get(published.getUri());
						if (reason != null) {
							Diagnostic diagnostic = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)), reason,
									DiagnosticSeverity.Error, "gpr", IssueCodes.UNREADABLE_INPUT);
							published = new PublishDiagnosticsParams(published.getUri(), List.of(diagnostic));
						}
						client.publishDiagnostics(published);
						return null;
					}
					switch (method.getName()) {
					case "hashCode":
						return System.identityHashCode(proxy);
					case "equals":
						return proxy == args[0];
					case "toString":
						return "gpr client";
					default:
						try {
							return method.invoke(client, args);
						} catch (InvocationTargetException e) {
							throw e.getCause();
						}
					}
				});
	}

	private String key(URI uri) {
		return uri == null ? "" : uriExtensions.toUriString(uri);
	}
}
