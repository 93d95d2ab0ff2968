package org.gpr.cli;

import picocli.CommandLine.Command;

/**
 * The root of the picocli command tree, {@code gpr} alone: {@code --help}, {@code --version}; its
 * subcommands are added by {@link Main}. Its texts are in {@code org/gpr/cli/gpr.properties}.
 */
@Command(name = "gpr", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class RootCommand {

	static final String BUNDLE = "org.gpr.cli.gpr";
}
