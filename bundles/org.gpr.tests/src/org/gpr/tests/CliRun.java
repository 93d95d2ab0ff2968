package org.gpr.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.gpr.cli.Main;

/**
 * Runs the command line in-process for a test, the way a user would in a working directory: each
 * run starts with empty stdout and stderr, which the test then reads ({@link #out()}, {@link #err()}).
 * The working directory is asked for at each run, so that a test's {@code @TempDir} field (set
 * after the test object is made) can be given as {@code new CliRun(() -> dir)}.
 */
public final class CliRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final Supplier<Path> workingDirectory;
	private ClassLoader contextClassLoader;

	public CliRun(Supplier<Path> workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	/** Runs with this class loader as the thread's context class loader (and gives the old one back after). */
	public CliRun withContextClassLoader(ClassLoader loader) {
		this.contextClassLoader = loader;
		return this;
	}

	/** {@code gpr ARGS...} in the working directory; the exit code. */
	public int run(String... args) {
		return runIn(workingDirectory.get(), args);
	}

	/** {@code gpr ARGS...} in another working directory; the exit code. */
	public int runIn(Path directory, String... args) {
		Main main = main(directory);
		if (contextClassLoader == null) {
			return main.run(args);
		}
		Thread thread = Thread.currentThread();
		ClassLoader saved = thread.getContextClassLoader();
		thread.setContextClassLoader(contextClassLoader);
		try {
			return main.run(args);
		} finally {
			thread.setContextClassLoader(saved);
		}
	}

	/** A command line writing to this run's streams (emptied), for a test that drives {@link Main} itself. */
	public Main main(Path directory) {
		out.reset();
		err.reset();
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				directory);
	}

	/** What the last run printed on stdout. */
	public String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last run printed on stderr. */
	public String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
