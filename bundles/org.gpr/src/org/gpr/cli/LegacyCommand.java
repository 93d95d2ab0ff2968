package org.gpr.cli;

import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A {@link Command} that parses its own arguments, as a picocli subcommand: {@code --help} prints
 * its one line of usage; every other argument, options included, is passed through in order.
 */
final class LegacyCommand implements GprCommand {

	private final Command command;
	private CommandSpec spec;

	private LegacyCommand(Command command) {
		this.command = command;
	}

	static CommandLine commandLine(Command command) {
		LegacyCommand adapter = new LegacyCommand(command);
		CommandSpec spec = CommandSpec.wrapWithoutInspection(adapter);
		spec.name(command.name());
		spec.usageMessage().header(command.usage().strip());
		spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey("help").build());
		spec.addPositional(PositionalParamSpec.builder().arity("0..*").type(String[].class).paramLabel("ARG").descriptionKey("legacy.args").build());
		spec.parser().unmatchedOptionsArePositionalParams(true);
		adapter.spec = spec;
		return new CommandLine(spec);
	}

	@Override
	public int run(CommandContext context) throws InputException {
		String[] args = spec.positionalParameters().get(0).getValue();
		List<String> list = args == null ? List.of() : Arrays.asList(args);
		return command.run(list, context);
	}
}
