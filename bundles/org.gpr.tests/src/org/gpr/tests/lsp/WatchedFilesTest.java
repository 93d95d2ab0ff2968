package org.gpr.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.gpr.ide.server.GprServerModule;
import org.gpr.tests.ChineseLocale;
import org.gpr.tests.GprTestSupport;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Module;

/**
 * Watched-file events with the server's real request queue (where a write cancels the requests in
 * flight): an editor reporting the report it has open and just saved must not cancel a request
 * asked at that moment, and a change of a file it does not have open is still built.
 */
@ExtendWith(ChineseLocale.class)
class WatchedFilesTest extends AbstractLanguageServerTest {

	private static final Path CUSTOMS = GprTestSupport.root().resolve("examples/customs-2020");

	WatchedFilesTest() {
		super("gpr");
	}

	@Override
	protected Module getServerModule() {
		return new GprServerModule();
	}

	/** Waits until every request queued so far has run: the queue is one thread, in order. */
	private void settle() throws Exception {
		languageServer.getRequestManager().runRead(cancelIndicator -> null).get(60, TimeUnit.SECONDS);
	}

	@Test
	void savingAnOpenReportCancelsNothingAndOtherFilesAreStillBuilt() throws Exception {
		String report = GprTestSupport.read(CUSTOMS.resolve("customs-2020.gpr"));
		String format = GprTestSupport.read(CUSTOMS.resolve("customs-format.gpr"));
		writeFile("customs-format.gpr", format);
		String uri = writeFile("customs-2020.gpr", report);
		String other = writeFile("member.gpr", report);
		initialize();
		open(uri, report);
		settle();

		// a request in flight while the editor reports the file it has open (as after a save)
		IRequestManager requests = languageServer.getRequestManager();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> read = requests.runRead(cancelIndicator -> {
			started.countDown();
			try {
				assertTrue(release.await(30, TimeUnit.SECONDS));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return cancelIndicator.isCanceled();
		});
		assertTrue(started.await(30, TimeUnit.SECONDS), "the read did not start");
		languageServer.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(uri, FileChangeType.Changed))));
		release.countDown();
		// Xtext's own answer to the event is a write, which cancelled it
		assertFalse(read.get(30, TimeUnit.SECONDS), "the request in flight was cancelled");

		// a file the editor does not have open, broken on disk: the event builds it and its error comes
		String brokenMember = report.replace("    总计             178", "    总计             179");
		assertFalse(brokenMember.equals(report));
		Files.writeString(Path.of(java.net.URI.create(other)), brokenMember);
		languageServer.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
				new FileEvent(uri, FileChangeType.Changed), new FileEvent(other, FileChangeType.Changed))));
		settle();
		List<Diagnostic> errors = getDiagnostics().get(other).stream()
				.filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
		Assertions.assertEquals(1, errors.size(), errors.toString());
		Assertions.assertEquals(83, errors.get(0).getRange().getStart().getLine());
	}
}
