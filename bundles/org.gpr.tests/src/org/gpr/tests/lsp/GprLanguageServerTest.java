package org.gpr.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.gpr.format.BuiltinFormats;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.gpr.Messages;
import org.gpr.ide.server.GprServerModule;
import org.gpr.tests.ChineseLocale;
import org.gpr.tests.GprTestSupport;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Module;

/**
 * The language server in-process (Xtext's {@link AbstractLanguageServerTest}, requests run
 * directly): every capability on the customs example and on a copy with one number broken, with
 * exact ranges, messages and edits; and input it must survive.
 */
@ExtendWith(ChineseLocale.class)
class GprLanguageServerTest extends AbstractLanguageServerTest {

	private static final Path CUSTOMS = GprTestSupport.root().resolve("examples/customs-2020");

	/** The customs example with （七）总计 of 自然人 changed from 178 to 179 (the README's example). */
	private static final String TOTAL_ROW = "    总计             178";

	private String original;
	private String broken;
	private String format;

	GprLanguageServerTest() {
		super("gpr");
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(new GprServerModule(),
				binder -> binder.bind(org.eclipse.xtext.ide.server.concurrent.IRequestManager.class)
						.to(AbstractLanguageServerTest.DirectRequestManager.class));
	}

	@BeforeEach
	void files() throws Exception {
		original = GprTestSupport.read(CUSTOMS.resolve("customs-2020.gpr"));
		format = GprTestSupport.read(CUSTOMS.resolve("customs-format.gpr"));
		assertTrue(original.contains(TOTAL_ROW));
		broken = original.replace(TOTAL_ROW, "    总计             179");
	}

	/** Writes the broken copy and the format into {@code folder} of the test project, initializes, opens the copy. */
	private String openBroken(String folder) {
		writeFile(folder + "customs-format.gpr", format);
		String uri = writeFile(folder + "customs-2020.gpr", broken);
		initialize(params -> {
			if (params.getCapabilities() == null) {
				params.setCapabilities(new ClientCapabilities());
			}
			TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
			text.setFoldingRange(new FoldingRangeCapabilities());
			params.getCapabilities().setTextDocument(text);
		});
		open(uri, broken);
		return uri;
	}

	private static Position position(String text, int offset) {
		return new Document(1, text).getPosition(offset);
	}

	private List<Diagnostic> errors(String uri) {
		List<Diagnostic> all = getDiagnostics().get(uri);
		assertNotNull(all, "no diagnostics published for " + uri + " but for " + getDiagnostics().keySet());
		return all.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
	}

	private static final String MESSAGE = "（七）总计·自然人 应为 178，实际填写 179，多 1（勾稽关系：第一项加第二项之和，等于第三项加第四项之和；"
			+ "（七）总计 = （一）至（六）各项之和；总计 = 自然人 + 法人或其他组织各项）";

	@Test
	void diagnosticsAreThoseOfGprCheck() {
		String uri = openBroken("");
		List<Diagnostic> errors = errors(uri);
		Assertions.assertEquals(1, errors.size(), errors.toString());
		Diagnostic error = errors.get(0);
		// line 84, column 20 of gpr check, zero-based
		Assertions.assertEquals(new Range(new Position(83, 19), new Position(83, 22)), error.getRange());
		Assertions.assertEquals(MESSAGE, error.getMessage());
		Assertions.assertEquals(IssueCodes.IDENTITY_BROKEN, error.getCode().getLeft());
		Assertions.assertEquals("gpr", error.getSource());
		// the unbroken example: no error at all
		open(writeFile("ok/customs-format.gpr", format), format);
		String ok = writeFile("ok/customs-2020.gpr", original);
		open(ok, original);
		Assertions.assertEquals(List.of(), errors(ok));
	}

	@Test
	void codeActionSetsTheComputedValue() throws Exception {
		String uri = openBroken("");
		Diagnostic error = errors(uri).get(0);
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), error.getRange(),
				new CodeActionContext(List.of(error)));
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(params).get();
		Assertions.assertEquals(1, actions.size(), actions.toString());
		CodeAction action = actions.get(0).getRight();
		Assertions.assertEquals(Messages.get("fix.setComputed"), action.getTitle());
		List<TextEdit> edits = action.getEdit().getChanges().get(uri);
		Assertions.assertEquals(List.of(new TextEdit(error.getRange(), "178")), edits);
		Assertions.assertEquals(original, apply(broken, edits));
	}

	@Test
	void completionAtARowPositionOffersTheFormatsRows() throws Exception {
		String uri = openBroken("");
		int at = broken.indexOf("    结转              12");
		String edited = broken.substring(0, at) + "    \n" + broken.substring(at);
		change(uri, 2, edited);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), position(edited, at + 4));
		Either<List<CompletionItem>, CompletionList> result = languageServer.completion(params).get();
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		Set<String> labels = items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
		assertTrue(labels.containsAll(List.of("新收", "结转", "撤销申请", "咨询事项", "总计")), labels.toString());
		// a format name after `format`
		String header = "report \"x\" year 2020 format ";
		String other = writeFile("other.gpr", header);
		open(other, header);
		result = languageServer.completion(new CompletionParams(new TextDocumentIdentifier(other), new Position(0, header.length()))).get();
		items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		labels = items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
		assertTrue(labels.containsAll(List.of("gov2019", "gov2021", "customs2020")), labels.toString());
	}

	@Test
	void hoverOnACellShowsLabelsAndRules() throws Exception {
		String uri = openBroken("");
		int offset = original.indexOf("178", original.indexOf(TOTAL_ROW));
		Hover hover = languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), position(original, offset + 1))).get();
		String text = hover.getContents().getRight().getValue();
		// the table, the cell's row and column, and each identity it is in with both sides; the value it should have
		Assertions.assertEquals("""
				收到和处理政府信息公开申请情况
				（七）总计 · 自然人

				第一项加第二项之和，等于第三项加第四项之和（自然人）
				178 = 179  ✗
				→ 178

				（七）总计 = （一）至（六）各项之和（自然人）
				179 = 178  ✗
				→ 178

				总计 = 自然人 + 法人或其他组织各项（（七）总计）
				192 = 193  ✗
				→ 178""", text);
		Assertions.assertEquals(new Range(position(broken, offset), position(broken, offset + 3)), hover.getRange());
	}

	@Test
	void documentSymbolsAreTheSectionsAndTables() throws Exception {
		String uri = openBroken("");
		List<Either<SymbolInformation, DocumentSymbol>> symbols = languageServer
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get();
		List<DocumentSymbol> sections = symbols.stream().map(Either::getRight).toList();
		Assertions.assertEquals(List.of("总体情况", "主动公开", "依申请公开", "复议诉讼", "问题改进", "其他事项"),
				sections.stream().map(DocumentSymbol::getName).toList());
		DocumentSymbol application = sections.get(2);
		Assertions.assertEquals(List.of("申请"), application.getChildren().stream().map(DocumentSymbol::getName).toList());
		int name = broken.indexOf("table 申请") + "table ".length();
		Assertions.assertEquals(new Range(position(broken, name), position(broken, name + 2)),
				application.getChildren().get(0).getSelectionRange());
	}

	@Test
	void formattingAlignsTheTable() throws Exception {
		String uri = openBroken("");
		// the formatter's layout of the example
		change(uri, 2, original);
		String formatted = apply(original, format(uri));
		Assertions.assertTrue(formatted.contains("    结转          12  0 0 0 0 0 |  12\n"), formatted);
		Assertions.assertEquals(formatted, apply(formatted, formatEdits(uri, 3, formatted)), "formatting is idempotent");
		// a row written without alignment is aligned with the others
		String misaligned = formatted.replace("    结转          12  0 0 0 0 0 |  12\n", "    结转 12  0  0 0 0 0|12\n");
		Assertions.assertNotEquals(formatted, misaligned);
		change(uri, 4, misaligned);
		Assertions.assertEquals(formatted, apply(misaligned, format(uri)));
		// a file that does not parse is left alone
		change(uri, 5, misaligned + "section {");
		Assertions.assertEquals(misaligned + "section {", apply(misaligned + "section {", format(uri)));
	}

	private List<? extends TextEdit> format(String uri) throws Exception {
		return languageServer.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))).get();
	}

	private List<? extends TextEdit> formatEdits(String uri, int version, String text) throws Exception {
		change(uri, version, text);
		return format(uri);
	}

	@Test
	void semanticTokensFoldingDefinitionAndReferences() throws Exception {
		String uri = openBroken("");
		SemanticTokens tokens = languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		List<String> legend = List.of("property", "enumMember", "variable", "operator", "macro", "class");
		// decode: the row name 予以公开 is a property, the embedded reference a macro
		Map<Position, String> decoded = decode(tokens.getData(), legend);
		int row = broken.indexOf("予以公开          60");
		Assertions.assertEquals("property", decoded.get(position(broken, row)), decoded.toString());
		int embed = broken.indexOf("{申请.新收.总计}");
		Assertions.assertEquals("macro", decoded.get(position(broken, embed)));

		List<FoldingRange> folding = languageServer.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get();
		int section = position(broken, broken.indexOf("section 依申请公开")).getLine();
		assertTrue(folding.stream().anyMatch(f -> f.getStartLine() == section), folding.toString());

		// go to definition: from the row name 撤销申请 of the report to its declaration in customs-format.gpr
		int use = broken.indexOf("撤销申请          52");
		Either<List<? extends Location>, List<? extends LocationLink>> definition = languageServer
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position(broken, use + 1))).get();
		Location target = definition.getLeft().get(0);
		assertTrue(target.getUri().endsWith("/customs-format.gpr"), target.getUri());
		int declared = format.indexOf("撤销申请 \"1.");
		Assertions.assertEquals(new Range(position(format, declared), position(format, declared + 4)), target.getRange());

		// references of the declaration: the report's row
		String formatUri = target.getUri();
		open(formatUri, format);
		List<? extends Location> references = languageServer.references(new ReferenceParams(new TextDocumentIdentifier(formatUri),
				position(format, declared + 1), new ReferenceContext(false))).get();
		assertTrue(references.stream().anyMatch(r -> r.getUri().equals(uri)
				&& r.getRange().equals(new Range(position(broken, use), position(broken, use + 4)))), references.toString());
	}

	@Test
	void editingTheFormatRechecksTheReport() {
		String uri = openBroken("");
		String formatUri = uri.replace("customs-2020.gpr", "customs-format.gpr");
		open(formatUri, format);
		Assertions.assertEquals(1, errors(uri).size());
		// the format renames 撤销申请: the report's row no longer resolves
		change(formatUri, 2, format.replace("撤销申请 \"1.", "申请人撤销 \"1."));
		List<Diagnostic> errors = errors(uri);
		assertTrue(errors.stream().anyMatch(d -> IssueCodes.UNKNOWN_ROW.equals(d.getCode().getLeft())
				&& d.getRange().getStart().equals(position(broken, broken.indexOf("撤销申请          52")))), errors.toString());
	}

	@Test
	void lastYearsReportIsFoundAndEditingItRechecksThisYears() {
		String lastYear = GprTestSupport.minimal2019().replace("year 2020", "year 2019")
				.replace("    结转下年 0 0 0 0 0 0 | 0", "    结转下年 2 0 0 0 0 0 | 2")
				.replace("    新收 5 1 0 0 0 0 | 6", "    新收 7 1 0 0 0 0 | 8");
		String thisYear = GprTestSupport.minimal2019().replace("title ", "previous \"../2019/report.gpr\"\ntitle ");
		String last = writeFile("2019/report.gpr", lastYear);
		String uri = writeFile("2020/report.gpr", thisYear);
		initialize();
		open(uri, thisYear);
		List<Diagnostic> mismatches = getDiagnostics().get(uri).stream()
				.filter(d -> IssueCodes.CROSS_YEAR_MISMATCH.equals(d.getCode().getLeft())).toList();
		Assertions.assertEquals(2, mismatches.size(), getDiagnostics().get(uri).toString());
		Assertions.assertEquals(DiagnosticSeverity.Warning, mismatches.get(0).getSeverity());
		// last year's report, edited so that it carries nothing forward: this year's is checked again
		open(last, lastYear);
		change(last, 2, GprTestSupport.minimal2019().replace("year 2020", "year 2019"));
		Assertions.assertEquals(List.of(), getDiagnostics().get(uri).stream()
				.filter(d -> IssueCodes.CROSS_YEAR_MISMATCH.equals(d.getCode().getLeft())).toList());
	}

	@Test
	void aChineseFolderNameIsPercentEncodedInUris() throws Exception {
		String uri = openBroken("海关总署/");
		assertTrue(uri.contains("/%E6%B5%B7%E5%85%B3%E6%80%BB%E7%BD%B2/"), uri);
		Diagnostic error = errors(uri).get(0);
		Assertions.assertEquals(MESSAGE, error.getMessage());
		// the code action's edit is keyed by the same URI
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
				error.getRange(), new CodeActionContext(List.of(error)))).get();
		Assertions.assertEquals(Set.of(uri), actions.get(0).getRight().getEdit().getChanges().keySet());
		// the format beside it resolved once (no second copy of it under another spelling of the URI)
		assertFalse(getDiagnostics().keySet().stream().anyMatch(u -> u.contains("海关总署")), getDiagnostics().keySet().toString());
	}

	@Test
	void refusedDocumentsGetOneDiagnosticAndTheOthersAreStillServed() throws Exception {
		String uri = openBroken("");
		String large = writeFile("large.gpr", "");
		open(large, "report \"x\" year 2020 format gov2019\n" + "//".repeat(8 * 1024 * 1024 + 1));
		List<Diagnostic> diagnostics = getDiagnostics().get(large);
		Assertions.assertEquals(1, diagnostics.size(), diagnostics.toString());
		Assertions.assertEquals(Messages.get("cli.tooLarge", "large.gpr", 16, 16), diagnostics.get(0).getMessage());
		Assertions.assertEquals(IssueCodes.UNREADABLE_INPUT, diagnostics.get(0).getCode().getLeft());
		String binary = writeFile("binary.gpr", "");
		open(binary, "report\u0000\u0001\u0002");
		Assertions.assertEquals(Messages.get("cli.binary", "binary.gpr"), getDiagnostics().get(binary).get(0).getMessage());
		// requests on them answer, and the report is still served
		languageServer.hover(new HoverParams(new TextDocumentIdentifier(binary), new Position(0, 1))).get();
		languageServer.completion(new CompletionParams(new TextDocumentIdentifier(large), new Position(0, 0))).get();
		change(binary, 2, "still binary\u0000");
		Assertions.assertEquals(1, errors(uri).size());
		Hover hover = languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri),
				position(broken, broken.indexOf("撤销申请          52") + 1))).get();
		assertTrue(hover.getContents().getRight().getValue().contains("1.申请人撤销申请"));
	}

	@Test
	void cyclicFormatsAndHalfTypedFilesDoNotStopTheServer() throws Exception {
		String uri = openBroken("");
		String a = writeFile("a-format.gpr", "");
		String b = writeFile("b-format.gpr", "");
		open(a, "format fa extends fb \"a\" {\n}\n");
		open(b, "format fb extends fa \"b\" {\n}\n");
		assertTrue(errors(a).stream().anyMatch(d -> IssueCodes.CYCLIC_FORMAT.equals(d.getCode().getLeft())), errors(a).toString());
		String half = writeFile("half.gpr", "");
		String text = "report \"x\" year 2020 format gov2019\nsection 依申请公开 {\n  table 申请 {\n    新收 1 2 {";
		open(half, text);
		assertFalse(errors(half).isEmpty());
		Position end = position(text, text.length());
		languageServer.completion(new CompletionParams(new TextDocumentIdentifier(half), end)).get();
		languageServer.hover(new HoverParams(new TextDocumentIdentifier(half), new Position(3, 5))).get();
		languageServer.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(half), new FormattingOptions(2, true))).get();
		languageServer.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(half))).get();
		languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(half))).get();
		Assertions.assertEquals(1, errors(uri).size());
	}

	@Test
	void theServerWritesNoFile() throws Exception {
		openBroken("");
		try (Stream<Path> files = Files.walk(root.toPath())) {
			Assertions.assertEquals(List.of("customs-2020.gpr", "customs-format.gpr"),
					files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	/** The folder of the shipped formats' copies, for this test class only (not the user's cache). */
	private static Path formatsCache;

	@BeforeAll
	static void formatsCache() throws Exception {
		formatsCache = Files.createTempDirectory("gpr-lsp-formats-");
		System.setProperty("gpr.lsp.formatsCache", formatsCache.toString());
	}

	@AfterAll
	static void noFormatsCache() throws Exception {
		System.clearProperty("gpr.lsp.formatsCache");
		try (Stream<Path> files = Files.walk(formatsCache)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				file.toFile().setWritable(true);
				Files.deleteIfExists(file);
			}
		}
	}

	/** The server's workspace (not injected: the server's own instance). */
	private WorkspaceManager workspace() throws Exception {
		java.lang.reflect.Method method = org.eclipse.xtext.ide.server.LanguageServerImpl.class.getDeclaredMethod("getWorkspaceManager");
		method.setAccessible(true);
		return (WorkspaceManager) method.invoke(languageServer);
	}

	@Test
	void definitionIntoAShippedFormatIsAFileTheClientCanOpen() throws Exception {
		String report = GprTestSupport.minimal2019();
		String uri = writeFile("r/report.gpr", report);
		initialize();
		open(uri, report);
		int use = report.indexOf("    新收 5 1") + 4;
		Either<List<? extends Location>, List<? extends LocationLink>> definition = languageServer
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position(report, use + 1))).get();
		Assertions.assertEquals(1, definition.getLeft().size(), definition.toString());
		Location target = definition.getLeft().get(0);
		// a file: URI of the read-only copy, named by the hash of the text, which is the shipped text
		assertTrue(target.getUri().startsWith(formatsCache.toUri().toString()), target.getUri());
		assertTrue(target.getUri().endsWith("/gov2019.gpr"), target.getUri());
		Path copy = Path.of(java.net.URI.create(target.getUri()));
		String shipped;
		try (java.io.InputStream in = BuiltinFormats.class.getResourceAsStream("/org/gpr/formats/gov2019.gpr")) {
			shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		Assertions.assertEquals(shipped, Files.readString(copy));
		// read-only (its mode, which even root's editor respects; Files.isWritable is true for root)
		assertFalse(Files.getPosixFilePermissions(copy).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
				copy + " is writable");
		int declared = shipped.indexOf("新收 \"一、本年新收政府信息公开申请数量\"");
		Assertions.assertEquals(new Range(position(shipped, declared), position(shipped, declared + 2)), target.getRange());
		// a second request points to the same copy
		Assertions.assertEquals(target, languageServer
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position(report, use))).get().getLeft().get(0));

		// the client opens the copy: it is kept out of the workspace (not checked as a second gov2019)
		open(target.getUri(), shipped);
		Assertions.assertNull(getDiagnostics().get(target.getUri()), getDiagnostics().keySet().toString());
		assertFalse(workspace().isDocumentOpen(URI.createURI(target.getUri())));
		Assertions.assertNull(languageServer.hover(new HoverParams(new TextDocumentIdentifier(target.getUri()), position(shipped, declared))).get());
		// and the report still resolves against the shipped format
		change(uri, 2, report.replace("    新收 5 1 0 0 0 0 | 6", "    新收 5 1 0 0 0 0 | 7"));
		assertTrue(errors(uri).stream().anyMatch(d -> IssueCodes.IDENTITY_BROKEN.equals(d.getCode().getLeft())), errors(uri).toString());
	}

	@Test
	void aRefusedDocumentIsKeptOutOfTheWorkspaceWithOneLogLine() throws Exception {
		String uri = openBroken("");
		String binary = writeFile("binary.gpr", "");
		java.io.PrintStream err = System.err;
		java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
		System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			open(binary, "report\u0000\u0001\u0002");
			languageServer.hover(new HoverParams(new TextDocumentIdentifier(binary), new Position(0, 1))).get();
			change(binary, 2, "still binary\u0000");
			languageServer.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(binary), new FormattingOptions(2, true))).get();
		} finally {
			System.setErr(err);
		}
		String logged = log.toString(java.nio.charset.StandardCharsets.UTF_8);
		Assertions.assertEquals(1, logged.lines().count(), logged);
		assertTrue(logged.contains(Messages.get("cli.binary", "binary.gpr")), logged);
		Assertions.assertEquals(List.of(Messages.get("cli.binary", "binary.gpr")),
				getDiagnostics().get(binary).stream().map(Diagnostic::getMessage).toList());
		// not in the workspace: not open, not loaded, not indexed
		URI location = URI.createURI(binary);
		WorkspaceManager workspace = workspace();
		assertFalse(workspace.isDocumentOpen(location));
		Assertions.assertNull(workspace.getProjectManager(location).getResourceSet().getResource(location, false));
		Assertions.assertNull(workspace.getIndex().getResourceDescription(location));
		// the other document is still served
		Assertions.assertEquals(1, errors(uri).size());
		// replaced by a whole text that is fine, it joins the workspace; closed, its diagnostic goes
		change(binary, 3, GprTestSupport.minimal2019());
		assertTrue(workspace().isDocumentOpen(location));
		Assertions.assertEquals(List.of(), errors(binary));
		String large = writeFile("large.gpr", "");
		open(large, "report \"x\" year 2020 format gov2019\n" + "//".repeat(8 * 1024 * 1024 + 1));
		Assertions.assertEquals(1, getDiagnostics().get(large).size());
		close(large);
		Assertions.assertEquals(List.of(), getDiagnostics().get(large));
	}

	@Test
	void theOpenedDocumentIsCheckedFirstAndTheRestOfTheFolderAfterIt() throws Exception {
		writeFile("customs-format.gpr", format);
		String uri = writeFile("customs-2020.gpr", broken);
		String other = writeFile("other.gpr", broken);
		initialize();
		// the start only indexes the folder: nothing checked, nothing published
		Assertions.assertEquals(Map.of(), getDiagnostics());
		notifications.clear();
		open(uri, broken);
		List<String> published = notifications.stream().filter(n -> n.getKey().equals("textDocument/publishDiagnostics"))
				.map(n -> ((PublishDiagnosticsParams) n.getValue()).getUri()).toList();
		Assertions.assertEquals(uri, published.get(0), published.toString());
		assertTrue(published.contains(other), published.toString());
		Assertions.assertEquals(1, errors(other).size());
		Assertions.assertEquals(1, errors(uri).size());
		// validated once: opening another document does not check the folder again
		notifications.clear();
		open(other, broken);
		Assertions.assertEquals(List.of(other), notifications.stream().filter(n -> n.getKey().equals("textDocument/publishDiagnostics"))
				.map(n -> ((PublishDiagnosticsParams) n.getValue()).getUri()).toList());
	}

	private void change(String uri, int version, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	private static String apply(String text, List<? extends TextEdit> edits) {
		Document document = new Document(1, text);
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}

	private static Map<Position, String> decode(List<Integer> data, List<String> legend) {
		Map<Position, String> result = new java.util.HashMap<>();
		int line = 0;
		int start = 0;
		for (int i = 0; i + 5 <= data.size(); i += 5) {
			int deltaLine = data.get(i);
			line += deltaLine;
			start = deltaLine == 0 ? start + data.get(i + 1) : data.get(i + 1);
			result.put(new Position(line, start), legend.get(data.get(i + 3)));
		}
		return result;
	}
}
