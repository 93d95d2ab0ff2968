package org.gpr.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.gpr.GprStandaloneSetup;
import org.gpr.Messages;
import org.gpr.parser.antlr.internal.InternalGprLexer;
import org.gpr.parser.antlr.internal.InternalGprParser;
import org.gpr.scoping.GprLinkingDiagnosticMessageProvider;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code gpr} command line, parsed by picocli. Exit codes: 0 no errors, 1 errors, 2 bad usage or
 * unreadable input, 3 an internal error (a bug). {@code gpr --help}, {@code gpr help COMMAND} and
 * {@code gpr COMMAND --help} print help in Chinese (English with an English locale),
 * {@code --version} the version and the build's commit; a mistyped command or option gets the
 * nearest name; {@code @file} arguments are read from the file.
 */
public class Main implements CommandContext {

	public static final int OK = 0;
	public static final int ERRORS = 1;
	public static final int USAGE = 2;
	public static final int INTERNAL = 3;

	/** The built-in commands, in the order --help lists them; others are found with ServiceLoader. */
	static List<GprCommand> builtInCommands() {
		return List.of(new CheckCommand(), new GenerateCommand(), new ImportCommand(), new AuditCommand(), new RollupCommand());
	}

	/**
	 * Commands that still parse their own arguments ({@link Command}); each is wrapped in a picocli
	 * command that passes its arguments through. None of gpr's own is left (rollup and lsp are picocli
	 * commands); one of another jar is found through META-INF/services/org.gpr.cli.Command.
	 */
	static List<Command> legacyCommands() {
		return List.of();
	}

	private final PrintStream out;
	private final PrintStream err;
	private final Path workingDirectory;
	private Injector injector;

	/** The injector being made on a thread of its own (see {@link #injectorInBackground}), or null. */
	private FutureTask<Injector> early;

	/** The commands that need gpr's injector (Guice and EMF set up, the grammar loaded). */
	private static final Set<String> INJECTED = Set.of("check", "generate", "import", "audit", "rollup");

	public Main(PrintStream out, PrintStream err, Path workingDirectory) {
		this.out = out;
		this.err = err;
		this.workingDirectory = workingDirectory;
	}

	public static void main(String[] args) {
		StartTrace.started();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		Main main = new Main(out, err, Path.of("").toAbsolutePath());
		main.injectorInBackground(args);
		if (main.early != null) {
			configureLogging();
			warmLocaleData();
		}
		int code = main.run(args);
		out.flush();
		StartTrace.print(err);
		err.flush();
		System.exit(code);
	}

	/** Runs one command and returns its exit code; never throws. */
	public int run(String... args) {
		try {
			CommandLine root = commandLine(args.length > 0 ? args[0] : null);
			StartTrace.mark("commandline");
			try {
				ParseResult parsed = root.parseArgs(atFiles(args));
				StartTrace.mark("parsed");
				Integer help = CommandLine.executeHelpRequest(parsed);
				if (help != null) {
					return help;
				}
				List<CommandLine> chain = parsed.asCommandLineList();
				CommandLine last = chain.get(chain.size() - 1);
				if (!(last.getCommand() instanceof GprCommand command)) {
					// gpr alone: the usage, as bad usage
					root.usage(out);
					return USAGE;
				}
				return command.run(this);
			} catch (ParameterException e) {
				err.println("gpr: " + sentence(e, root));
				return USAGE;
			}
		} catch (InputException e) {
			err.println("gpr: " + e.getMessage());
			return USAGE;
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError | ServiceConfigurationError e) {
			err.println("gpr: " + Messages.get("cli.internal", e));
			return INTERNAL;
		}
	}

	/**
	 * {@code @file} arguments name files relative to the working directory (picocli reads them
	 * relative to the JVM's): made absolute here. An {@code @word} that names no file stays as it is.
	 */
	private String[] atFiles(String[] args) {
		String[] result = args.clone();
		for (int i = 0; i < result.length; i++) {
			String arg = result[i];
			if (arg.equals("--")) {
				break;
			}
			if (arg.length() > 1 && arg.startsWith("@") && !arg.startsWith("@@")) {
				Path file = workingDirectory.resolve(arg.substring(1));
				if (java.nio.file.Files.isRegularFile(file)) {
					result[i] = "@" + file.toAbsolutePath();
				}
			}
		}
		return result;
	}

	/**
	 * The picocli command tree of one run: the root, help, the built-in and the discovered commands,
	 * with their help texts in the current locale's language (also what the completion script and
	 * the man page are generated from).
	 */
	public CommandLine commandLine() {
		return commandLine(null);
	}

	/**
	 * The tree for a run whose first argument is {@code first}: when that names a built-in command,
	 * the root with that command alone (its options, help, suggestions and errors are the same; the
	 * other commands' trees, help texts and the search of every jar for more commands would only
	 * cost start-up time); otherwise (root options, {@code help}, a mistyped or discovered command)
	 * the whole tree.
	 */
	CommandLine commandLine(String first) {
		GprCommand only = null;
		if (first != null) {
			for (GprCommand command : builtInCommands()) {
				CommandLine.Command annotation = command.getClass().getAnnotation(CommandLine.Command.class);
				if (annotation != null && annotation.name().equals(first)) {
					only = command;
				}
			}
		}
		CommandLine root = new CommandLine(new RootCommand());
		ResourceBundle shared = HelpTexts.load(RootCommand.BUNDLE, Main.class.getClassLoader(), null);
		HelpTexts.apply(root, shared);
		Map<String, GprCommand> commands = new LinkedHashMap<>();
		if (only != null) {
			commands.put(only.getClass().getName(), only);
		} else {
			CommandLine help = new CommandLine(new CommandLine.HelpCommand());
			HelpTexts.apply(help, shared);
			root.addSubcommand("help", help);
			for (GprCommand command : builtInCommands()) {
				commands.put(command.getClass().getName(), command);
			}
			for (GprCommand command : discovered(GprCommand.class)) {
				commands.putIfAbsent(command.getClass().getName(), command);
			}
		}
		for (GprCommand command : commands.values()) {
			CommandLine sub = new CommandLine(command);
			HelpTexts.apply(sub, command.helpBundle() == null ? shared
					: HelpTexts.load(command.helpBundle(), command.getClass().getClassLoader(), shared));
			root.addSubcommand(sub);
		}
		List<Command> legacy = new ArrayList<>();
		if (only == null) {
			legacy.addAll(legacyCommands());
			legacy.addAll(discovered(Command.class));
		}
		for (Command command : legacy) {
			if (!root.getSubcommands().containsKey(command.name())) {
				CommandLine sub = LegacyCommand.commandLine(command);
				HelpTexts.apply(sub, shared);
				root.addSubcommand(sub);
			}
		}
		for (CommandLine sub : root.getSubcommands().values()) {
			sub.getCommandSpec().versionProvider(new Version());
		}
		HelpTexts.layout(root);
		root.setOut(new PrintWriter(out, true));
		root.setErr(new PrintWriter(err, true));
		return root;
	}

	/** The implementations that ServiceLoader finds beside gpr's (and the thread's) class loader. */
	private static <S> List<S> discovered(Class<S> service) {
		Map<String, S> found = new LinkedHashMap<>();
		List<ClassLoader> loaders = new ArrayList<>();
		loaders.add(Main.class.getClassLoader());
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		if (context != null && context != Main.class.getClassLoader()) {
			loaders.add(context);
		}
		for (ClassLoader loader : loaders) {
			for (S implementation : ServiceLoader.load(service, loader)) {
				found.putIfAbsent(implementation.getClass().getName(), implementation);
			}
		}
		return new ArrayList<>(found.values());
	}

	/** One sentence for what picocli could not parse, in the user's language, with a suggestion. */
	static String sentence(ParameterException e, CommandLine root) {
		CommandLine where = e.getCommandLine() != null ? e.getCommandLine() : root;
		String command = where.getCommandSpec().qualifiedName();
		List<String> names = new ArrayList<>();
		root.getSubcommands().forEach((name, sub) -> {
			if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
				names.add(name);
			}
		});
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String arg = unmatched.getUnmatched().get(0);
			String suggestion = nearest(arg, unmatched.getSuggestions());
			if (unmatched.isUnknownOption()) {
				return suggestion == null ? Messages.get("cli.unknownOption", arg, command)
						: Messages.get("cli.unknownOptionSuggest", arg, suggestion, command);
			}
			if (where == root) {
				return suggestion == null ? Messages.get("cli.unknownCommand", arg, String.join(", ", names))
						: Messages.get("cli.unknownCommandSuggest", arg, suggestion, String.join(", ", names));
			}
			return Messages.get("cli.unexpectedArgument", arg, command);
		}
		if (where == root && e.getValue() != null && !e.getValue().startsWith("-")) {
			// gpr help NAME with an unknown NAME
			return Messages.get("cli.unknownCommand", e.getValue(), String.join(", ", names));
		}
		if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
			ArgSpec spec = missing.getMissing().get(0);
			if (spec instanceof OptionSpec option) {
				return Messages.get("cli.missingValue", option.longestName(), option.paramLabel(), command);
			}
			return Messages.get("cli.missingParameter", spec.paramLabel(), command);
		}
		return e.getMessage();
	}

	/**
	 * The first of picocli's suggestions that is close to what was typed (an edit distance of at
	 * most a third of its length, and at least 2), or null: picocli offers something even for
	 * words that resemble nothing.
	 */
	static String nearest(String typed, List<String> suggestions) {
		String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
		for (String suggestion : suggestions) {
			if (GprLinkingDiagnosticMessageProvider.distance(word, suggestion) <= Math.max(2, word.length() / 3)) {
				return suggestion;
			}
		}
		return null;
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

	/**
	 * For a command that needs the injector (and not for its help or version), starts making it at
	 * once on a thread of its own, while this one builds the command line, parses the arguments and
	 * reads the files: on two cores the two overlap. Only {@link #main} calls this, once per process
	 * (EMF's registries are filled by one thread only); {@link #injector()} waits for it, and an error
	 * made there is thrown there, as it would have been without the thread.
	 */
	void injectorInBackground(String[] args) {
		if (args.length == 0 || !INJECTED.contains(args[0])) {
			return;
		}
		for (String arg : args) {
			if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
				return;
			}
		}
		early = new FutureTask<>(new MakeInjector());
		// the stack of the main thread (the batch threads have the same), not a small default
		Thread thread = new Thread(null, early, "gpr-injector", 8L << 20);
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * While the injector is being made on its own thread, this one would only wait: it initialises
	 * the generated lexer's and parser's classes meanwhile (their static tables: the lexer's DFAs,
	 * the parser's follow sets), which the first parse after the injector would otherwise do on
	 * the way. Their initialisers touch neither Guice nor EMF's registries.
	 */
	private static void initialiseParserClasses() {
		ClassLoader loader = Main.class.getClassLoader();
		for (Class<?> generated : List.of(InternalGprLexer.class, InternalGprParser.class)) {
			try {
				Class.forName(generated.getName(), true, loader);
			} catch (ClassNotFoundException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/**
	 * The injector's making, as a class rather than a lambda: the first lambda of a run bootstraps
	 * the JVM's invokedynamic machinery, which would delay the thread's start by that much.
	 */
	private static final class MakeInjector implements java.util.concurrent.Callable<Injector> {
		@Override
		public Injector call() {
			// Guice's injector first, EMF's registration after it (the generated setup does EMF's
			// first): EMF's factories make their date formats when they are first initialised, and
			// by then the main thread has loaded the locale's calendar data (warmLocaleData)
			return new Registration(new GprStandaloneSetup().createInjector()).createInjectorAndDoEMFRegistration();
		}
	}

	/** gpr's EMF registration around an injector already made. */
	private static final class Registration extends GprStandaloneSetup {
		private final Injector made;

		Registration(Injector made) {
			this.made = made;
		}

		@Override
		public Injector createInjector() {
			return made;
		}
	}

	/**
	 * Has log4j read its configuration (Xtext's log4j.properties) on the main thread while the
	 * injector is made on its own: Xtext's module classes get their loggers as Guice starts, and
	 * log4j's first logger configures the appender through java.beans.Introspector (about 6 % of the
	 * injector thread's samples, JFR). If the injector thread gets there first, this waits for it.
	 */
	private static void configureLogging() {
		org.apache.log4j.LogManager.getRootLogger();
	}

	/**
	 * Loads the default locale's calendar and date format data, on the main thread while the
	 * injector is made on its own: EMF's EFactoryImpl makes four SimpleDateFormats when it is first
	 * initialised, and the first one in a JVM looks the locale up among every locale the JDK's
	 * providers know (about a tenth of the injector thread's samples in a one-report check, JFR).
	 * Made here first, the JDK's caches answer EMF at once. Touches no class of EMF or Guice.
	 */
	private static void warmLocaleData() {
		new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'.'SSSZ");
	}

	@Override
	public Injector injector() {
		if (injector == null) {
			if (early != null) {
				if (!early.isDone()) {
					initialiseParserClasses();
				}
				try {
					injector = early.get();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				} catch (ExecutionException e) {
					if (e.getCause() instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (e.getCause() instanceof Error error) {
						throw error;
					}
					throw new IllegalStateException(e.getCause());
				}
			} else {
				injector = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();
			}
			StartTrace.mark("injector");
		}
		return injector;
	}
}
