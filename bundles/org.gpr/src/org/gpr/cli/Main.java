package org.gpr.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gpr.GprStandaloneSetup;
import org.gpr.Messages;

import com.google.inject.Injector;

/**
 * The {@code gpr} command line: {@code gpr check [--json] [--no-warnings] PATH...}.
 * Exit codes: 0 no errors, 1 errors, 2 bad usage or unreadable input, 3 an internal error (a bug).
 */
public class Main {

	public static final int OK = 0;
	public static final int ERRORS = 1;
	public static final int USAGE = 2;
	public static final int INTERNAL = 3;

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
		try {
			if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
				out.println(Messages.get("cli.usage"));
				return args.length == 0 ? USAGE : OK;
			}
			String command = args[0];
			List<String> rest = Arrays.asList(args).subList(1, args.length);
			return switch (command) {
			case "check" -> check(rest);
			default -> throw new InputException(Messages.get("cli.unknownCommand", command));
			};
		} catch (InputException e) {
			err.println("gpr: " + e.getMessage());
			return USAGE;
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			err.println("gpr: " + Messages.get("cli.internal", e));
			return INTERNAL;
		}
	}

	private Injector injector() {
		if (injector == null) {
			injector = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	private int check(List<String> args) throws InputException {
		boolean json = false;
		boolean warnings = true;
		List<String> paths = new ArrayList<>();
		for (String arg : args) {
			switch (arg) {
			case "--json" -> json = true;
			case "--no-warnings" -> warnings = false;
			default -> {
				if (arg.startsWith("-") && arg.length() > 1) {
					throw new InputException(Messages.get("cli.unknownOption", arg));
				}
				paths.add(arg);
			}
			}
		}
		if (paths.isEmpty()) {
			throw new InputException(Messages.get("cli.noPaths"));
		}
		List<SourceFile> files = new InputFiles(workingDirectory).collect(paths);
		Workspace workspace = injector().getInstance(Workspace.class);
		workspace.load(files);
		Map<SourceFile, List<Diagnostic>> results = workspace.validate();
		return report(results, json, warnings);
	}

	private int report(Map<SourceFile, List<Diagnostic>> results, boolean json, boolean warnings) {
		int errors = 0;
		int warningCount = 0;
		List<String> jsonItems = new ArrayList<>();
		for (Map.Entry<SourceFile, List<Diagnostic>> entry : results.entrySet()) {
			int fileErrors = 0;
			int fileWarnings = 0;
			for (Diagnostic diagnostic : entry.getValue()) {
				if (diagnostic.isError()) {
					fileErrors++;
				} else {
					fileWarnings++;
					if (!warnings) {
						continue;
					}
				}
				if (json) {
					jsonItems.add(diagnostic.toJson());
				} else {
					out.println(diagnostic.toLine());
				}
			}
			errors += fileErrors;
			warningCount += fileWarnings;
			err.println(Messages.get("cli.fileSummary", entry.getKey().display(), fileErrors, fileWarnings));
		}
		if (json) {
			out.println("[" + String.join(",\n", jsonItems) + "]");
		}
		err.println(Messages.get("cli.summary", results.size(), errors, warningCount));
		return errors > 0 ? ERRORS : OK;
	}
}
