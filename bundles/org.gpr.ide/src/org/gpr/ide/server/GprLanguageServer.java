package org.gpr.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.gpr.format.BuiltinFormats;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <li>a document over 16 MB or a binary one is kept out of the workspace: it gets one diagnostic
 * saying why ({@link DocumentGuard}) until it is closed, requests on it are answered at once with
 * nothing, and every other document is served as before;</li>
 * <li>definitions and references in a shipped format point to its read-only copy on disk
 * ({@link ShippedFormatFiles}), which a client can open;</li>
 * <li>the workspace folder is indexed at the start and validated after the first opened document
 * ({@link GprProjectManager}).</li>
 * </ul>
 */
public class GprLanguageServer extends LanguageServerImpl {

	/**
	 * Documents kept out of the workspace (by URI string as the server publishes it), and why: the
	 * sentence of {@code gpr check} for a refused one, {@code ""} for the copy of a shipped format.
	 */
	private final Map<String, String> outside = new ConcurrentHashMap<>();

	/** The read-only copies of the shipped formats that definitions and references point to. */
	private final ShippedFormatFiles shippedFormats = new ShippedFormatFiles(ShippedFormatFiles.defaultFolder());

	/**
	 * The documents the client has open, as the protocol's notifications say (they come in order, on
	 * one thread): kept here because Xtext's own record is read and written in the request queue.
	 */
	private final Set<URI> open = ConcurrentHashMap.newKeySet();

	/** The client as connected (diagnostics of refused documents replaced). */
	private LanguageClient client;

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
		if (tokens == null) {
			return new SemanticTokens(List.of());
		}
		return getWorkspaceManager().doRead(uri, (document, resource) -> tokens.encode(document, resource, cancelIndicator));
	}

	// --- requests on a document kept out of the workspace (refused, or a shipped format's copy) -----
	// answered at once, without waiting in the request queue behind the builds of other documents

	private boolean isRefused(TextDocumentIdentifier document) {
		return document != null && !outside.isEmpty() && outside.containsKey(key(getURI(document)));
	}

	private static <T> CompletableFuture<T> answer(T value) {
		return CompletableFuture.completedFuture(value);
	}

	@Override
	public CompletableFuture<Hover> hover(HoverParams params) {
		return isRefused(params.getTextDocument()) ? answer(null) : super.hover(params);
	}

	@Override
	public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
		return isRefused(params.getTextDocument()) ? answer(Either.forRight(new CompletionList())) : super.completion(params);
	}

	@Override
	public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
		return isRefused(params.getTextDocument()) ? answer(Either.forLeft(List.of())) : super.definition(params);
	}

	@Override
	public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
		return isRefused(params.getTextDocument()) ? answer(List.of()) : super.references(params);
	}

	@Override
	public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
		return isRefused(params.getTextDocument()) ? answer(List.of()) : super.documentHighlight(params);
	}

	@Override
	public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
		return isRefused(params.getTextDocument()) ? answer(List.of()) : super.documentSymbol(params);
	}

	@Override
	public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
		return isRefused(params.getTextDocument()) ? answer(List.of()) : super.codeAction(params);
	}

	@Override
	public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
		return isRefused(params.getTextDocument()) ? answer(List.of()) : super.codeLens(params);
	}

	@Override
	public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
		return isRefused(params.getTextDocument()) ? answer(List.of()) : super.formatting(params);
	}

	@Override
	public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
		return isRefused(params.getTextDocument()) ? answer(List.of()) : super.rangeFormatting(params);
	}

	@Override
	public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
		return isRefused(params.getTextDocument()) ? answer(null) : super.rename(params);
	}

	@Override
	public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
			PrepareRenameParams params) {
		return isRefused(params.getTextDocument()) ? answer(null) : super.prepareRename(params);
	}

	@Override
	public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
		return isRefused(params.getTextDocument()) ? answer(List.of()) : super.foldingRange(params);
	}

	@Override
	public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
		return isRefused(params.getTextDocument()) ? answer(new SemanticTokens(List.of())) : super.semanticTokensFull(params);
	}

	// --- go to definition and references into the shipped formats: file: URIs a client can open ----

	@Override
	protected Either<List<? extends Location>, List<? extends LocationLink>> definition(DefinitionParams params,
			CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		List<Location> shipped = getWorkspaceManager().doRead(uri,
				(document, resource) -> shippedDefinition(document, resource, params.getPosition()));
		if (shipped != null) {
			return Either.forLeft(shipped);
		}
		Either<List<? extends Location>, List<? extends LocationLink>> result = super.definition(params, cancelIndicator);
		return result.isLeft() ? Either.forLeft(openable(result.getLeft())) : result;
	}

	@Override
	protected List<? extends Location> references(ReferenceParams params, CancelIndicator cancelIndicator) {
		return openable(super.references(params, cancelIndicator));
	}

	/** The locations, those in a shipped format pointing to its read-only copy ({@link ShippedFormatFiles}). */
	private List<Location> openable(List<? extends Location> locations) {
		List<Location> result = new ArrayList<>(locations.size());
		for (Location location : locations) {
			String file = shippedFormats.fileUri(location.getUri());
			result.add(file == null ? location : new Location(file, location.getRange()));
		}
		return result;
	}

	/**
	 * Code actions, their edits keyed by the document's URI as the server writes it everywhere else:
	 * Xtext's quick fixes key them by the EMF URI's text, whose Chinese characters are not encoded.
	 */
	@Override
	protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
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
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		StartTimes.mark("initialize");
		return super.initialize(params).thenApply(result -> {
			StartTimes.mark("workspace");
			return result;
		});
	}

	/**
	 * gpr has no settings: a change of the client's configuration (eglot sends one right after
	 * opening the first document) changes nothing. Xtext's answer to it, a write that re-reads the
	 * workspace folders, cancelled the build of the document just opened and started none, so its
	 * diagnostics never came; here it builds whatever is still due, and nothing else.
	 */
	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		runBuildable(() -> getWorkspaceManager().didChangeFiles(List.of(), List.of()));
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		StartTimes.mark("didOpen");
		open.add(getURI(params.getTextDocument()));
		super.didOpen(params);
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		open.remove(getURI(params.getTextDocument()));
		super.didClose(params);
	}

	/**
	 * Changes on disk of documents the client has open are not news to the server: their text is the
	 * client's, and Xtext passes over them. But its answer is a write all the same, and a write
	 * cancels every request in flight: an editor that reports the file it has just saved (VS Code's
	 * and Theia's watcher of {@code **}{@code /*.gpr}) cancelled the completion, hover or code action
	 * asked at that moment, and the editor fell back to the words of the document. Such events are
	 * dropped here, before the request queue; a change of any other file is built as before.
	 */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		List<FileEvent> changes = params.getChanges();
		List<FileEvent> news = new ArrayList<>(changes.size());
		for (FileEvent change : changes) {
			if (!open.contains(uriExtensions.toUri(change.getUri()))) {
				news.add(change);
			}
		}
		if (news.isEmpty()) {
			return;
		}
		super.didChangeWatchedFiles(news.size() == changes.size() ? params : new DidChangeWatchedFilesParams(news));
	}

	/**
	 * A document the command line would refuse (over 16 MB, binary) or the copy of a shipped format
	 * is kept out of the workspace: it is not parsed, not indexed, and requests on it are answered at
	 * once with nothing. A refused one gets one diagnostic saying why and one line on standard error.
	 */
	@Override
	protected Buildable toBuildable(DidOpenTextDocumentParams params) {
		URI location = getURI(params.getTextDocument());
		String uri = key(location);
		if (shippedFormats.isCopy(location)) {
			outside.put(uri, "");
			return nothing;
		}
		String reason = DocumentGuard.refusal(location.lastSegment() == null ? location.toString() : URI.decode(location.lastSegment()),
				params.getTextDocument().getText());
		if (reason == null) {
			return super.toBuildable(params);
		}
		outside.put(uri, reason);
		System.err.println("gpr lsp: " + uri + ": " + reason);
		if (getWorkspaceManager().isDocumentOpen(location)) {
			// opened again with a text it refuses: the text it held is closed
			return getWorkspaceManager().didClose(location);
		}
		publishRefusal(uri);
		return nothing;
	}

	@Override
	protected Buildable toBuildable(DidChangeTextDocumentParams params) {
		URI location = getURI(params.getTextDocument());
		String uri = key(location);
		String reason = outside.isEmpty() ? null : outside.get(uri);
		if (reason == null) {
			return super.toBuildable(params);
		}
		// a refused document replaced by a whole text that is fine: it joins the workspace
		List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
		TextDocumentContentChangeEvent last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
		if (!reason.isEmpty() && last != null && last.getRange() == null
				&& DocumentGuard.refusal(uri, last.getText()) == null) {
			outside.remove(uri);
			return getWorkspaceManager().didOpen(location, params.getTextDocument().getVersion(), last.getText());
		}
		return nothing;
	}

	@Override
	protected Buildable toBuildable(DidCloseTextDocumentParams params) {
		URI location = getURI(params.getTextDocument());
		String reason = outside.remove(key(location));
		if (reason == null) {
			return super.toBuildable(params);
		}
		if (!reason.isEmpty() && client != null) {
			client.publishDiagnostics(new PublishDiagnosticsParams(key(location), List.of()));
		}
		return nothing;
	}

	private void publishRefusal(String uri) {
		if (client != null) {
			// the guarded client replaces the (empty) diagnostics with the refusal
			client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
		}
	}

	/**
	 * Every change of the workspace, and after the first one that succeeds, the validation of the
	 * files the initial build only indexed ({@link GprProjectManager}): the opened document's
	 * diagnostics come first, those of the other files of the folder after them. A change that comes
	 * in while they are validated cancels that build; its files stay due and are built with the change.
	 */
	@Override
	protected void runBuildable(Supplier<? extends Buildable> newBuildable) {
		getRequestManager().runWrite(newBuildable::get, (cancelIndicator, buildable) -> buildable.build(cancelIndicator))
				.whenComplete((deltas, failure) -> {
					if (failure == null) {
						validateIndexedFiles();
					}
				});
	}

	private void validateIndexedFiles() {
		List<URI> due = new ArrayList<>();
		for (ProjectManager project : getWorkspaceManager().getProjectManagers()) {
			if (project instanceof GprProjectManager gpr) {
				due.addAll(gpr.takeUnvalidated());
			}
		}
		if (!due.isEmpty()) {
			getRequestManager().runRead(cancelIndicator -> {
				validate(due, cancelIndicator);
				return null;
			});
		}
	}

	/**
	 * Validates files indexed at the start, in the resource set of the last build (no new build, no
	 * new index: what they declare is known already), and publishes their diagnostics; those left
	 * when a change cancels this are validated after the next change.
	 */
	private void validate(List<URI> due, CancelIndicator cancelIndicator) {
		for (int i = 0; i < due.size(); i++) {
			URI uri = due.get(i);
			try {
				if (cancelIndicator.isCanceled()) {
					giveBack(due.subList(i, due.size()));
					return;
				}
				ProjectManager project = getWorkspaceManager().getProjectManager(uri);
				IResourceValidator validator = getService(uri, IResourceValidator.class);
				if (project == null || validator == null || getWorkspaceManager().isDocumentOpen(uri)
						|| !project.getResourceSet().getURIConverter().exists(uri, null)) {
					continue;
				}
				List<Issue> issues = validator.validate(project.getResource(uri), CheckMode.ALL, cancelIndicator);
				if (cancelIndicator.isCanceled()) {
					giveBack(due.subList(i, due.size()));
					return;
				}
				client.publishDiagnostics(new PublishDiagnosticsParams(key(uri), toDiagnostics(issues)));
			} catch (RuntimeException e) {
				if (getService(uri, OperationCanceledManager.class) != null
						&& getService(uri, OperationCanceledManager.class).isOperationCanceledException(e)) {
					giveBack(due.subList(i, due.size()));
					return;
				}
				System.err.println("gpr lsp: " + key(uri) + ": " + e);
			}
		}
	}

	private void giveBack(List<URI> due) {
		for (ProjectManager project : getWorkspaceManager().getProjectManagers()) {
			if (project instanceof GprProjectManager gpr) {
				gpr.giveBack(due);
				return;
			}
		}
	}

	// --- go to definition into a shipped format ------------------------------------------------------

	/**
	 * The definition of a name declared in a shipped format: Xtext reads the target's resource again
	 * from its URI, which for {@code gpr-builtin:} it cannot; the target is in the document's
	 * resource set already, and its location is given in the format's read-only copy.
	 */
	private List<Location> shippedDefinition(Document document, XtextResource resource, Position position) {
		if (document == null || resource == null || resource.getResourceServiceProvider() == null) {
			return null;
		}
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		ILocationInFileProvider locations = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		EObject target = helper == null ? null : helper.resolveCrossReferencedElementAt(resource, document.getOffSet(position));
		if (target == null || target.eIsProxy() || !(target.eResource() instanceof XtextResource declared)
				|| !BuiltinFormats.SCHEME.equals(declared.getURI().scheme()) || declared.getParseResult() == null) {
			return null;
		}
		String file = shippedFormats.fileUri(declared.getURI().toString());
		ITextRegion region = locations == null ? null : locations.getSignificantTextRegion(target);
		if (file == null || region == null) {
			return null;
		}
		Document text = new Document(1, declared.getParseResult().getRootNode().getText());
		return List.of(new Location(file,
				new Range(text.getPosition(region.getOffset()), text.getPosition(region.getOffset() + region.getLength()))));
	}

	@Override
	public void connect(LanguageClient client) {
		this.client = guarded(client);
		super.connect(this.client);
	}

	/** The client, with the diagnostics of a refused document replaced by the one saying why. */
	private LanguageClient guarded(LanguageClient client) {
		return (LanguageClient) Proxy.newProxyInstance(GprLanguageServer.class.getClassLoader(),
				new Class<?>[] { LanguageClient.class }, (proxy, method, args) -> {
					if (method.getName().equals("publishDiagnostics") && args != null && args.length == 1
							&& args[0] instanceof PublishDiagnosticsParams published) {
						String reason = outside.isEmpty() ? null : outside.get(published.getUri());
						if (reason != null && reason.isEmpty()) {
							return null; // a shipped format's copy: not checked
						}
						if (reason != null) {
							Diagnostic diagnostic = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)), reason,
									DiagnosticSeverity.Error, "gpr", IssueCodes.UNREADABLE_INPUT);
							published = new PublishDiagnosticsParams(published.getUri(), List.of(diagnostic));
						}
						if (StartTimes.ON && getWorkspaceManager().isDocumentOpen(uriExtensions.toUri(published.getUri()))) {
							// before they are sent: a client that stops the server at once still gets the line
							StartTimes.report("diagnostics", System.err);
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
