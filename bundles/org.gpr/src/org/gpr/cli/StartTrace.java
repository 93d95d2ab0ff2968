package org.gpr.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a run's start-up time goes, for {@code ./bench start}: with {@code -Dgpr.trace.start=true}
 * (e.g. {@code GPR_JAVA_OPTS=-Dgpr.trace.start=true gpr check ...}), each phase's end is marked and
 * one line {@code gpr-start: jvm=… commandline=… …} (milliseconds since the previous mark; {@code jvm}
 * is from the process's start to {@code main}: {@code bin/gpr} execs the JVM in its own process, so
 * that is the start script's time and the JVM's start; exact with {@code -Dgpr.trace.t0}) goes to stderr at the end. Without the property it does
 * nothing and costs one field read.
 */
public final class StartTrace {

	private static final boolean ON = Boolean.getBoolean("gpr.trace.start");

	private static final List<String> NAMES = new ArrayList<>();
	private static final List<Long> TIMES = new ArrayList<>();

	private StartTrace() {
	}

	/** The process's start, then the entry into {@code main}. */
	static void started() {
		if (ON) {
			long now = System.currentTimeMillis();
			NAMES.add("jvm");
			TIMES.add(launched(now));
			mark("main", now);
		}
	}

	/**
	 * When the process was started: {@code -Dgpr.trace.t0=MILLIS} (the epoch milliseconds at which the
	 * caller started it, as {@code ./bench start} passes), else the process's start time as the
	 * system gives it (on Linux whole clock ticks after a boot time in whole seconds: up to a second
	 * off, and so only a rough figure).
	 */
	private static long launched(long now) {
		String given = System.getProperty("gpr.trace.t0");
		if (given != null) {
			try {
				return Long.parseLong(given.trim());
			} catch (NumberFormatException e) {
				// fall through to the process's start
			}
		}
		Instant start = ProcessHandle.current().info().startInstant().orElse(null);
		return start == null ? now : start.toEpochMilli();
	}

	/** The end of a phase (the first mark of a name counts; a later one of the same name is ignored). */
	public static void mark(String phase) {
		if (ON) {
			mark(phase, System.currentTimeMillis());
		}
	}

	private static synchronized void mark(String phase, long now) {
		if (!NAMES.contains(phase)) {
			NAMES.add(phase);
			TIMES.add(now);
		}
	}

	static synchronized void print(PrintStream err) {
		if (ON && TIMES.size() > 1) {
			StringBuilder line = new StringBuilder("gpr-start:");
			for (int i = 1; i < NAMES.size(); i++) {
				line.append(String.format(Locale.ROOT, " %s=%d", i == 1 ? "jvm" : NAMES.get(i), TIMES.get(i) - TIMES.get(i - 1)));
			}
			line.append(String.format(Locale.ROOT, " total=%d", System.currentTimeMillis() - TIMES.get(0)));
			err.println(line);
		}
	}
}
