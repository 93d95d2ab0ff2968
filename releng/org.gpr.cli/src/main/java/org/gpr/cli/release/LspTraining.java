package org.gpr.cli.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server's training run for the class data sharing archive ({@code lib/gpr.jsa}):
 * starts {@code bin/gpr lsp} with {@code GPR_CDS_DUMP} set, as an editor starts it, and does what
 * an editor does first — initialize, open a copy of the customs example with （七）总计·自然人
 * broken, wait for its diagnostics, ask for the quick fix, hover, completion, symbols, folding,
 * semantic tokens and formatting, change the cell back and wait for the clean diagnostics — then
 * shuts the server down (its client is {@link DiagnosticsClient}, the one {@code ./bench lsp} uses too); {@code bin/gpr} then adds the classes the server loaded to the archive's
 * class list and makes the static archive again, so that one archive serves {@code check},
 * {@code generate} and {@code lsp}.
 * <p>
 * {@code java org.gpr.cli.release.LspTraining GPR_SCRIPT EXAMPLE_FOLDER ARCHIVE}. When no archive
 * is there afterwards, the build fails (as it does when the training runs of check and generate fail).
 */
public final class LspTraining {

	private static final String TOTAL = "    总计             178";

	private LspTraining() {
	}

	public static void main(String[] args) throws Exception {
		Path script = Path.of(args[0]);
		Path example = Path.of(args[1]);
		Path archive = Path.of(args[2]).toAbsolutePath();
		Path workspace = Files.createTempDirectory("gpr-lsp-training-");
		try {
			train(script, example, archive, workspace);
		} finally {
			delete(workspace);
		}
		if (!Files.isRegularFile(archive)) {
			throw new IllegalStateException("gpr lsp training: no class data sharing archive " + archive
					+ " after the training run (bin/gpr's dump failed; its log is on standard error)");
		}
	}

	private static void train(Path script, Path example, Path archive, Path workspace) throws Exception {
		String report = Files.readString(example.resolve("customs-2020.gpr"), StandardCharsets.UTF_8);
		Files.copy(example.resolve("customs-format.gpr"), workspace.resolve("customs-format.gpr"));
		int totalAt = report.indexOf(TOTAL);
		if (totalAt < 0) {
			throw new IllegalStateException("no row " + TOTAL.trim() + " in the customs example");
		}
		String broken = report.substring(0, totalAt) + TOTAL.replace("178", "179") + report.substring(totalAt + TOTAL.length());
		Path file = workspace.resolve("customs-2020.gpr");
		Files.writeString(file, broken, StandardCharsets.UTF_8);
		String uri = file.toUri().toString();
		String before = report.substring(0, totalAt + TOTAL.length() - 3);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		Position cell = new Position(line, before.length() - (before.lastIndexOf('\n') + 1));

		ProcessBuilder builder = new ProcessBuilder(script.toString(), "lsp");
		builder.environment().put("GPR_CDS_DUMP", archive.toString());
		builder.environment().put("LANG", "C.UTF-8");
		builder.redirectError(ProcessBuilder.Redirect.INHERIT);
		Process process = builder.start();
		try {
			DiagnosticsClient client = new DiagnosticsClient();
			var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setProcessId((int) ProcessHandle.current().pid());
			init.setRootUri(workspace.toUri().toString());
			init.setCapabilities(new ClientCapabilities());
			server.initialize(init).get(300, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			var documents = server.getTextDocumentService();
			documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gpr", 1, broken)));
			PublishDiagnosticsParams diagnostics = client.await(uri, 1, 300);
			TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
			Diagnostic error = diagnostics.getDiagnostics().stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
					.findFirst().orElseThrow();
			documents.codeAction(new CodeActionParams(document, error.getRange(), new CodeActionContext(List.of(error))))
					.get(120, TimeUnit.SECONDS);
			documents.hover(new HoverParams(document, cell)).get(120, TimeUnit.SECONDS);
			documents.completion(new CompletionParams(document, new Position(line, 4))).get(120, TimeUnit.SECONDS);
			documents.documentSymbol(new DocumentSymbolParams(document)).get(120, TimeUnit.SECONDS);
			documents.foldingRange(new FoldingRangeRequestParams(document)).get(120, TimeUnit.SECONDS);
			documents.semanticTokensFull(new SemanticTokensParams(document)).get(120, TimeUnit.SECONDS);
			documents.formatting(new DocumentFormattingParams(document, new FormattingOptions(4, true)))
					.get(120, TimeUnit.SECONDS);
			documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
					List.of(new TextDocumentContentChangeEvent(report))));
			client.await(uri, 0, 300);
			server.shutdown().get(120, TimeUnit.SECONDS);
			server.exit();
			// after exit the process writes its part of the class list (and, with GPR_CDS_DUMP, bin/gpr
			// dumps the archive): on a 2-core machine under a load of 40 that took more than 300 s
			if (!process.waitFor(1200, TimeUnit.SECONDS)) {
				throw new IllegalStateException("gpr lsp did not end after exit");
			}
		} finally {
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
