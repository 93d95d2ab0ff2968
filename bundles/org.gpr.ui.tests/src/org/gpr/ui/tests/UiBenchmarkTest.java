package org.gpr.ui.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.gpr.ui.editor.GprEditor;
import org.gpr.ui.editor.GprSourceViewerConfiguration;
import org.junit.jupiter.api.Test;

/**
 * UI benchmark, printed and not asserted: the time from a keystroke to updated annotations on
 * the customs example and on a synthetic report 50 times its size, and how long the UI thread
 * was blocked. A keystroke's latency ends when the editor's annotation model holds the new
 * text's annotations, which the editor tells its state listeners in the reconciler's thread:
 * not when the UI thread, polling, first sees the new state, which may be later by as long as
 * the UI event it was dispatching meanwhile.
 */
class UiBenchmarkTest {

	/** Keystrokes before the measured ones: enough for the JIT to compile the parser and the checks. */
	private static final int WARM_UP = 60;

	@Test
	void keystrokeToAnnotations() throws Exception {
		IProject project = Ui.importExample("bench", "customs-2020");
		String customs = Ui.read(Ui.repository().resolve("examples/customs-2020/customs-2020.gpr"));
		IFile small = project.getFile("customs-2020.gpr");
		IFile large = Ui.write(project, "synthetic-50x.gpr", synthetic(customs, 50));
		StringBuilder report = new StringBuilder("\n== gpr UI benchmark (reconcile delay " + GprSourceViewerConfiguration.RECONCILE_DELAY
				+ " ms included) ==\n");
		report.append(measure("customs example", small, customs.length()));
		report.append(measure("synthetic report, 50x", large, -1));
		System.out.println(report);
		try {
			java.nio.file.Files.writeString(Ui.repository().resolve("bundles/org.gpr.ui.tests/target/ui-benchmark.txt"),
					report.toString());
		} catch (java.io.IOException e) {
			// printed anyway
		}
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	/** The customs report with its narrative repeated to make the file {@code times} as long. */
	static String synthetic(String customs, int times) {
		int start = customs.indexOf("section 总体情况 {\n") + "section 总体情况 {\n".length();
		int end = customs.indexOf("\n}\n", start) + 1;
		String narrative = customs.substring(start, end);
		StringBuilder text = new StringBuilder(customs.substring(0, end));
		while (text.length() + (customs.length() - end) < customs.length() * times) {
			text.append(narrative);
		}
		text.append(customs.substring(end));
		return text.toString();
	}

	private static String measure(String name, IFile file, int unused) throws Exception {
		GprEditor editor = (GprEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		Ui.waitUntil("first reconcile", 60_000, () -> editor.getState() != null);
		IDocument document = editor.getDocument();
		int at = document.get().indexOf(GprUiTest.BROKEN_FROM) + GprUiTest.BROKEN_FROM.length() - 1;
		List<Long> latencies = new ArrayList<>();
		long maxKeystroke = 0;
		long maxDispatch = 0;
		GprEditor.maxApplyNanos = 0;
		Display display = Display.getCurrent();
		Map<Long, Long> annotated = new ConcurrentHashMap<>();
		Consumer<GprEditor.State> listener = state -> annotated.putIfAbsent(state.stamp(), System.nanoTime());
		editor.addStateListener(listener);
		for (int i = -WARM_UP; i < 25; i++) {
			if (i == 0) {
				// after the warm-up keystrokes (class loading, JIT): an author's session is warm
				latencies.clear();
				maxKeystroke = 0;
				maxDispatch = 0;
				GprEditor.maxApplyNanos = 0;
			}
			long t0 = System.nanoTime();
			document.replace(at, 1, i % 2 == 0 ? "9" : "8");
			long typed = System.nanoTime() - t0;
			maxKeystroke = Math.max(maxKeystroke, typed);
			long stamp = ((org.eclipse.jface.text.IDocumentExtension4) document).getModificationStamp();
			long deadline = System.currentTimeMillis() + 30_000;
			while (editor.getState().stamp() != stamp && System.currentTimeMillis() < deadline) {
				long d0 = System.nanoTime();
				display.readAndDispatch();
				maxDispatch = Math.max(maxDispatch, System.nanoTime() - d0);
				Thread.sleep(1);
			}
			latencies.add(annotated.getOrDefault(stamp, System.nanoTime()) - t0);
			Ui.runFor(50);
		}
		editor.removeStateListener(listener);
		Collections.sort(latencies);
		long median = latencies.get(latencies.size() / 2) / 1_000_000;
		long p90 = latencies.get(latencies.size() * 9 / 10) / 1_000_000;
		String line = String.format(
				"%-28s %6d chars %5d lines: keystroke -> annotations median %4d ms, p90 %4d ms; UI thread: keystroke (lexical repair) max %3d ms, applying results max %3d ms, longest event dispatch %3d ms%n",
				name, document.getLength(), document.getNumberOfLines(), median, p90, maxKeystroke / 1_000_000,
				GprEditor.maxApplyNanos / 1_000_000, maxDispatch / 1_000_000);
		editor.doRevertToSaved();
		return line;
	}
}
