package org.gpr.cli;

/**
 * A subcommand of {@code gpr}, parsed by picocli: an implementation is a class annotated with
 * picocli's {@code @Command} (its options and parameters as annotated fields) with a public
 * constructor without arguments. The built-in commands are listed in {@link Main}; a command of
 * another bundle or jar (e.g. {@code gpr lsp} in org.gpr.ide, which org.gpr cannot reference) is
 * found at run time with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.gpr.cli.GprCommand} of its jar.
 * <p>
 * Help texts come from the command's own resource bundle, {@link #helpBundle()} (Chinese in the
 * base file, English in {@code _en}), loaded with the command's class loader; keys it lacks
 * ({@code help}, {@code version}, the headings) come from the root's bundle,
 * {@code org/gpr/cli/gpr.properties}. Keys are picocli's: {@code usage.header},
 * {@code usage.description}, and each option's {@code descriptionKey}.
 */
public interface GprCommand {

	/**
	 * Runs the command once picocli has set its fields, and returns its exit code ({@link Main#OK},
	 * {@link Main#ERRORS}, {@link Main#USAGE}).
	 *
	 * @throws InputException for bad usage or unreadable input: printed as one sentence, exit 2
	 */
	int run(CommandContext context) throws InputException;

	/** The base name of the command's help texts, e.g. {@code org.gpr.cli.check}; null for none. */
	default String helpBundle() {
		return null;
	}
}
