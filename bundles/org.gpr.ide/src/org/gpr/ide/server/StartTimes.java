package org.gpr.ide.server;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the server's start goes, for {@code ./bench lsp}: with {@code -Dgpr.lsp.startTimes=true}
 * the server records when each step of its start was reached and, at the first diagnostics of an
 * opened document, prints one line to standard error with the milliseconds since the process
 * started: {@code gpr lsp: start ms: command=… server=… initialize=… workspace=… didOpen=… diagnostics=… cpu=…}
 * (cpu: the process's CPU time at that moment, all threads).
 * Off by default (nothing recorded, nothing printed).
 */
public final class StartTimes {

	static final boolean ON = Boolean.getBoolean("gpr.lsp.startTimes");

	/** The marks in the order the start reaches them, as milliseconds of the wall clock. */
	private static final Map<String, Long> MARKS = new LinkedHashMap<>();

	private static boolean reported;

	private StartTimes() {
	}

	/** Records the first time {@code step} is reached (later ones are ignored). */
	public static void mark(String step) {
		if (ON) {
			long now = System.currentTimeMillis();
			synchronized (MARKS) {
				MARKS.putIfAbsent(step, now);
			}
		}
	}

	/** Records {@code step} and prints the line, once. */
	static void report(String step, PrintStream err) {
		if (!ON) {
			return;
		}
		mark(step);
		StringBuilder line = new StringBuilder("gpr lsp: start ms:");
		synchronized (MARKS) {
			if (reported) {
				return;
			}
			reported = true;
			long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
					.orElse(MARKS.values().iterator().next());
			MARKS.forEach((name, at) -> line.append(' ').append(name).append('=').append(at - started));
			// the CPU time of the process so far (all its threads: the JIT compilers' and the collector's too)
			ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu -> line.append(" cpu=").append(cpu.toMillis()));
		}
		err.println(line);
	}
}
