package org.gpr.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.gpr.GprStandaloneSetup;
import org.gpr.Messages;

import com.google.inject.Injector;

/**
 * The {@code gpr} command line. Exit codes: 0 no errors, 1 errors, 2 bad usage or unreadable
 * input, 3 an internal error (a bug).
 */
public class Main implements CommandContext {

	public static final int OK = 0;
	public static final int ERRORS = 1;
	public static final int USAGE = 2;
	public static final int INTERNAL = 3;

	/** Every command, in the order --help lists them. */
	private static List<Command> commands() {
		List<Command> commands = new ArrayList<>(List.of(new CheckCommand(), new GenerateCommand(), new ImportCommand(),
				new AuditCommand(), new RollupCommand()));
		// commands of bundles the runtime cannot depend on (gpr lsp, in org.gpr.ide), when on the class path:
		// each lists itself in its jar's META-INF/services/org.gpr.cli.Command
		ServiceLoader.load(Command.class, Main.class.getClassLoader()).forEach(commands::add);
		return commands;
	}

	private final PrintStream out;
	private final PrintStream err;
	private final Path workingDirectory;
	private Injector injector;

	public Main(PrintStream out, PrintStream err, Path workingDirectory) {
		this.out = out;
		this.err = err;
		this.workingDirectory = workingDirectory;
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		int code = new Main(out, err, Path.of("").toAbsolutePath()).run(args);
		out.flush();
		err.flush();
		System.exit(code);
	}

	/** Runs one command and returns its exit code; never throws. */
	public int run(String... args) {
		Map<String, Command> byName = new LinkedHashMap<>();
		for (Command command : commands()) {
			byName.put(command.name(), command);
		}
		try {
			if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
				out.println(Messages.get("cli.usage"));
				byName.values().forEach(command -> out.println(command.usage()));
				return args.length == 0 ? USAGE : OK;
			}
			Command command = byName.get(args[0]);
			if (command == null) {
				throw new InputException(Messages.get("cli.unknownCommand", args[0], String.join(", ", byName.keySet())));
			}
			return command.run(Arrays.asList(args).subList(1, args.length), this);
		} catch (InputException e) {
			err.println("gpr: " + e.getMessage());
			return USAGE;
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			err.println("gpr: " + Messages.get("cli.internal", e));
			return INTERNAL;
		}
	}

	@Override
	public PrintStream out() {
		return out;
	}

	@Override
	public PrintStream err() {
		return err;
	}

	@Override
	public Path workingDirectory() {
		return workingDirectory;
	}

	@Override
	public Injector injector() {
		if (injector == null) {
			injector = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
