package org.gpr.cli;

import java.util.List;

/**
 * A subcommand that parses its own arguments (the command line before picocli). Still accepted:
 * {@link Main} wraps each one in a picocli command that passes every argument through, and finds
 * them in {@link Main#legacyCommands()} or with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.gpr.cli.Command}). New commands implement {@link GprCommand}.
 */
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
