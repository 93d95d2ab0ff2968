package org.gpr.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.gpr.cli.release.DiagnosticsClient;

/**
 * {@code ./bench lsp}: the language server over the protocol, as a client sees it. Starts
 * {@code bin/gpr lsp} of the release the build leaves in {@code releng/org.gpr.cli/target} as a
 * process (a fresh JVM, start-up included; also without its class data sharing archive, and as
 * {@code java -cp lib/* org.gpr.cli.Main lsp}) on a workspace holding one report and its format,
 * and times, in wall time: process start to the first diagnostics of the opened report, the median
 * of several cold starts; and a keystroke — a
 * {@code didChange} that changes one cell (（七）总计·自然人, 178 ↔ 179) — to the
 * {@code publishDiagnostics} that reflects it, the median of many after a warm-up. On the customs
 * example and on the synthetic report 50 times its size of {@code ./bench validate}.
 */
final class LspBench {

	private static final String TOTAL = "    总计             178";

	private LspBench() {
	}

	static void run(Path root, PrintStream out) throws Exception {
		String customs = Files.readString(root.resolve("examples/customs-2020/customs-2020.gpr"));
		String customsFormat = Files.readString(root.resolve("examples/customs-2020/customs-format.gpr"));
		ValidationBench.Subject large = ValidationBench.synthetic(customs, 50);
		int starts = Integer.getInteger("gpr.bench.lsp.starts", 5);
		out.println("gpr language server benchmark (over the protocol, wall time; the server is started as an editor starts it:");
		out.println(" " + root.relativize(script(root)) + " lsp, the release's start script, which uses the class data sharing archive lib/gpr.jsa)");
		out.println("(start: process start to the first diagnostics of the opened report, the median of " + starts
				+ " cold starts (-Dgpr.bench.lsp.starts=N);");
		out.println(" \"without archive\": the same with GPR_CDS=off; \"java -cp lib/*\": java -cp releng/org.gpr.cli/target/lib/* org.gpr.cli.Main lsp, no start script;");
		out.println(" -Dgpr.bench.lsp.launches=script,no_archive,java chooses; -Dgpr.bench.lsp.jvm=\"...\" adds options to the server's JVM)");
		out.println("(the server's own marks of the median start, ms since its process started: command = gpr lsp reached after the JVM and the command line,");
		out.println(" server = the server made, language = gpr's injector made (on its own thread), initialize = received, workspace = folder indexed,");
		out.println(" didOpen = received, diagnostics = first published, cpu = the process's CPU time (all threads) at that moment)");
		out.println("(cpu/change: the server process's CPU time over the measured changes, all its threads, divided by their number)");
		out.printf("%-22s %10s %28s %8s %30s %10s %15s%n", "report", "bytes", "start to first diagnostics", "changes",
				"didChange→publishDiagnostics", "p90", "cpu/change");
		measure(root, out, "customs-2020", customs, customsFormat, starts, Integer.getInteger("gpr.bench.lsp.changes", 60));
		measure(root, out, large.name(), large.report(), large.format(), starts,
				Integer.getInteger("gpr.bench.lsp.changes.large", 30));
	}

	/** The release's start script as the build leaves it. */
	private static Path script(Path root) {
		return root.resolve("releng/org.gpr.cli/target/gpr-1.0.0-SNAPSHOT/bin/gpr");
	}

	/** How the server's process is started. */
	private enum Launch {
		SCRIPT("start script"), NO_ARCHIVE("without archive"), JAVA("java -cp lib/*");

		final String label;

		Launch(String label) {
			this.label = label;
		}
	}

	/** The launches to time: all, or those of -Dgpr.bench.lsp.launches=script,no_archive,java. */
	private static List<Launch> launches() {
		String only = System.getProperty("gpr.bench.lsp.launches", "").trim();
		if (only.isEmpty()) {
			return List.of(Launch.values());
		}
		return Arrays.stream(only.split(",")).map(String::trim).filter(n -> !n.isEmpty())
				.map(n -> Launch.valueOf(n.toUpperCase(java.util.Locale.ROOT))).toList();
	}

	private static void measure(Path root, PrintStream out, String name, String report, String format, int starts, int changes)
			throws Exception {
		Path workspace = Files.createTempDirectory("gpr-bench-lsp-");
		try {
			Files.writeString(workspace.resolve("report.gpr"), report, StandardCharsets.UTF_8);
			Files.writeString(workspace.resolve("format.gpr"), format, StandardCharsets.UTF_8);
			String uri = workspace.resolve("report.gpr").toUri().toString();
			int totalAt = report.indexOf(TOTAL);
			if (totalAt < 0) {
				throw new IllegalStateException("no row " + TOTAL.trim() + " in " + name);
			}
			String before = report.substring(0, totalAt + TOTAL.length() - 3);
			int line = (int) before.chars().filter(c -> c == '\n').count();
			int character = before.length() - (before.lastIndexOf('\n') + 1);
			Range cell = new Range(new Position(line, character), new Position(line, character + 3));
			String broken = report.substring(0, totalAt) + report.substring(totalAt).replaceFirst(TOTAL, TOTAL.replace("178", "179"));

			String bytes = Integer.toString(report.getBytes(StandardCharsets.UTF_8).length);
			for (Launch launch : launches()) {
				List<Session> done = new ArrayList<>();
				for (int i = 0; i < starts; i++) {
					try (Session session = new Session(root, launch, workspace, uri, broken)) {
						session.close();
						done.add(session);
					}
				}
				done.sort(Comparator.comparingLong(s -> s.first));
				Session median = done.get(done.size() / 2);
				out.printf("%-22s %10s %25.0f ms %8s %30s %10s %15s   %s (min %.0f, max %.0f ms)%n", name, bytes, median.first / 1e6,
						"", "", "", "", launch.label, done.get(0).first / 1e6, done.get(done.size() - 1).first / 1e6);
				out.printf("%-22s %s%n", "", median.steps);
				// the server's CPU time at its first diagnostics, every start (less dependent on the machine's load than the wall time)
				long[] cpus = done.stream().mapToLong(Session::cpuAtFirst).filter(c -> c >= 0).sorted().toArray();
				if (cpus.length > 0) {
					out.printf("%-22s CPU at the first diagnostics (all the server's threads): median %d ms (min %d, max %d, %d starts)%n", "",
							cpus[cpus.length / 2], cpus[0], cpus[cpus.length - 1], cpus.length);
				}
				name = "";
				bytes = "";
			}

			// keystrokes, in one more session started by the script
			try (Session session = new Session(root, Launch.SCRIPT, workspace, uri, broken)) {
				LanguageServer server = session.server;
				long[] times = new long[changes];
				int warmUp = Math.max(5, changes / 3);
				long cpuBefore = 0;
				for (int i = -warmUp; i < changes; i++) {
					if (i == 0) {
						cpuBefore = cpu(session.process);
					}
					int version = i + warmUp + 2;
					boolean fix = (version % 2) == 0; // even versions fix the cell, odd ones break it again
					long sent = System.nanoTime();
					server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
							new VersionedTextDocumentIdentifier(uri, version),
							List.of(new TextDocumentContentChangeEvent(cell, fix ? "178" : "179"))));
					session.client.await(uri, fix ? 0 : 1, 60);
					if (i >= 0) {
						times[i] = System.nanoTime() - sent;
					}
				}
				double cpuPerChange = (cpu(session.process) - cpuBefore) / 1e6 / changes;
				long[] sorted = times.clone();
				Arrays.sort(sorted);
				out.printf("%-22s %10s %28s %8d %27.1f ms %7.1f ms %12.1f ms%n", "", "", "", changes,
						sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, cpuPerChange);
			}
		} finally {
			try (Stream<Path> files = Files.walk(workspace)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			} catch (IOException e) {
				// a temporary folder left behind
			}
		}
	}

	/**
	 * One server process: started, initialized on the workspace, the broken report opened and its
	 * first diagnostics received ({@link #first}: nanoseconds from the process start); closing it
	 * shuts the server down.
	 */
	private static final class Session implements AutoCloseable {
		final Process process;
		final DiagnosticsClient client = new DiagnosticsClient();
		final LanguageServer server;
		final long first;
		final Path log;
		String steps = "(no start line)";
		private boolean closed;

		Session(Path root, Launch launch, Path workspace, String uri, String text) throws Exception {
			// more options for the server's JVM (a profiler, say): -Dgpr.bench.lsp.jvm="..."
			String extra = System.getProperty("gpr.bench.lsp.jvm", "").trim();
			ProcessBuilder builder;
			if (launch == Launch.JAVA) {
				List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Duser.language=zh", "-Duser.country=CN", "-Dfile.encoding=UTF-8", "-Dgpr.lsp.startTimes=true"));
				command.addAll(Arrays.stream(extra.split("\\s+")).filter(a -> !a.isEmpty()).toList());
				command.addAll(List.of("-cp", root.resolve("releng/org.gpr.cli/target/lib").toString() + File.separator + "*",
						"org.gpr.cli.Main", "lsp"));
				builder = new ProcessBuilder(command);
			} else {
				builder = new ProcessBuilder(script(root).toString(), "lsp");
				builder.environment().put("GPR_JAVA_OPTS", ("-Dgpr.lsp.startTimes=true " + extra).trim());
				builder.environment().put("LANG", "zh_CN.UTF-8");
				if (launch == Launch.NO_ARCHIVE) {
					builder.environment().put("GPR_CDS", "off");
				}
			}
			log = Files.createTempFile("gpr-bench-lsp-", ".log");
			builder.redirectError(log.toFile());
			long started = System.nanoTime();
			process = builder.start();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			server = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setProcessId((int) ProcessHandle.current().pid());
			init.setRootUri(workspace.toUri().toString());
			init.setCapabilities(new ClientCapabilities());
			server.initialize(init).get(120, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gpr", 1, text)));
			client.await(uri, 1, 120);
			first = System.nanoTime() - started;
		}

		/** The cpu= of the server's start line, ms (-1 when there is none). */
		long cpuAtFirst() {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile(" cpu=(\\d+)").matcher(steps);
			return m.find() ? Long.parseLong(m.group(1)) : -1;
		}

		@Override
		public void close() throws Exception {
			if (closed) {
				return;
			}
			closed = true;
			try {
				server.shutdown().get(30, TimeUnit.SECONDS);
				server.exit();
				process.waitFor(30, TimeUnit.SECONDS);
				// the server's own line: milliseconds since its process started, at each step of its start
				steps = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("gpr lsp: start ms:"))
						.findFirst().map(l -> "start, ms since the server process started:" + l.substring("gpr lsp: start ms:".length()))
						.orElse("(no start line)");
			} finally {
				if (process.isAlive()) {
					process.destroyForcibly();
				}
				Files.deleteIfExists(log);
			}
		}
	}

	/** The CPU time of a process so far, in nanoseconds (0 when the system does not say). */
	private static long cpu(Process process) {
		return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
	}
}
