package org.gpr.cli;

import java.util.List;

/** A subcommand of the {@code gpr} command line. */
public interface Command {

	/** The word that selects the command: {@code gpr NAME ...}. */
	String name();

	/** One line of usage, shown by {@code gpr --help}. */
	String usage();

	/**
	 * Runs the command and returns its exit code ({@link Main#OK}, {@link Main#ERRORS}, {@link Main#USAGE}).
	 *
	 * @throws InputException for bad usage or unreadable input: printed as one sentence, exit 2
	 */
	int run(List<String> args, CommandContext context) throws InputException;
}
