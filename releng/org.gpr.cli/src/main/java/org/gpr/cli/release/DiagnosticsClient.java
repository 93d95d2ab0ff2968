package org.gpr.cli.release;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The language client of gpr's own drivers of {@code gpr lsp} — the build's training run
 * ({@link LspTraining}) and {@code ./bench lsp} ({@code org.gpr.bench.LspBench}): it keeps the
 * diagnostics the server publishes, waits for those of one document with a given number of errors
 * (publications of other documents and stale ones are skipped), and answers everything else with
 * nothing.
 */
public final class DiagnosticsClient implements LanguageClient {

	private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

	/**
	 * Waits for the diagnostics of {@code uri} with exactly {@code errors} errors and returns them.
	 *
	 * @throws IllegalStateException when none came within {@code seconds}; the message lists what
	 *         was published meanwhile (URI and number of errors)
	 */
	public PublishDiagnosticsParams await(String uri, int errors, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<String> seen = new ArrayList<>();
		while (true) {
			PublishDiagnosticsParams next = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next == null) {
				throw new IllegalStateException("gpr lsp published no diagnostics with " + errors + " error(s) for " + uri
						+ " within " + seconds + " s; it published " + (seen.isEmpty() ? "nothing" : seen));
			}
			long found = next.getDiagnostics().stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).count();
			if (next.getUri().equals(uri) && found == errors) {
				return next;
			}
			seen.add(next.getUri() + ": " + found + " error(s)");
		}
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		published.add(diagnostics);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
