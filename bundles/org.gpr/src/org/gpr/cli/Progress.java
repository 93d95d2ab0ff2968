package org.gpr.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;

import org.gpr.Messages;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a command over many files (me.tongfei:progressbar: elapsed time and ETA),
 * drawn on stderr only when stderr is a terminal and the output is not machine-readable; otherwise
 * nothing. Lines printed through {@link #println(String)} appear above the bar.
 */
final class Progress implements AutoCloseable {

	/** A bar is drawn from this many files. */
	static final int FROM = 20;

	/**
	 * Set by the gpr start script ({@code [ -t 2 ]}); without it, a console (stdin and stdout on a
	 * terminal) stands for a terminal.
	 */
	static final String TERMINAL_PROPERTY = "gpr.stderr.terminal";

	private final PrintStream err;
	private final ProgressBar bar;

	private Progress(PrintStream err, ProgressBar bar) {
		this.err = err;
		this.bar = bar;
	}

	/** A bar over {@code total} files, or none (see the class comment). */
	static Progress start(CommandContext context, String taskKey, int total, boolean machineReadable) {
		if (machineReadable || total < FROM || !terminal()) {
			return new Progress(context.err(), null);
		}
		ProgressBar bar = new ProgressBarBuilder().setTaskName(Messages.get(taskKey)).setInitialMax(total)
				.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).setSpeedUnit(ChronoUnit.SECONDS)
				.showSpeed().setUnit(" " + Messages.get("cli.progress.unit"), 1)
				.setConsumer(new ConsoleProgressBarConsumer(context.err(), width())).build();
		return new Progress(context.err(), bar);
	}

	static boolean terminal() {
		String property = System.getProperty(TERMINAL_PROPERTY);
		if (property != null) {
			return Boolean.parseBoolean(property);
		}
		return System.console() != null;
	}

	/** The terminal's width from COLUMNS (the start script passes it), else 80. */
	private static int width() {
		String columns = System.getProperty("gpr.columns", System.getenv("COLUMNS"));
		try {
			int width = columns == null ? 80 : Integer.parseInt(columns.trim());
			return width >= 40 ? width - 1 : 79;
		} catch (NumberFormatException e) {
			return 79;
		}
	}

	boolean drawn() {
		return bar != null;
	}

	void step(int files) {
		if (bar != null) {
			bar.stepBy(files);
		}
	}

	/** Prints a line on stderr, above the bar when there is one. */
	void println(String line) {
		if (bar != null) {
			synchronized (bar) {
				err.print("\r\033[K");
				err.println(line);
			}
		} else {
			err.println(line);
		}
	}

	@Override
	public void close() {
		if (bar != null) {
			bar.close();
		}
	}
}
