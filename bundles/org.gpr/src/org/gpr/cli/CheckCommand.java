package org.gpr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gpr.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gpr check [--json] [--no-warnings] [--blanks] PATH...}: syntax, links, structure and identities. */
@Command(name = "check", mixinStandardHelpOptions = true)
public class CheckCommand implements GprCommand {

	@Option(names = "--json", descriptionKey = "check.json")
	boolean json;

	@Option(names = "--no-warnings", descriptionKey = "check.noWarnings")
	boolean noWarnings;

	/** List every blank cell an identity needs; without it, each table's blanks are one warning that counts them. */
	@Option(names = "--blanks", descriptionKey = "check.blanks")
	boolean blanks;

	@Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "check.paths")
	List<String> paths = new ArrayList<>();

	@Override
	public String helpBundle() {
		return "org.gpr.cli.check";
	}

	@Override
	public int run(CommandContext context) throws InputException {
		if (paths.isEmpty()) {
			throw new InputException(Messages.get("cli.noPaths"));
		}
		InputFiles.Inputs inputs = new InputFiles(context.workingDirectory()).collectAll(paths);
		inputs.unreadable().forEach(sentence -> context.err().println("gpr: " + sentence));
		if (!inputs.anyRequested()) {
			return Main.USAGE;
		}
		List<SourceFile> files = inputs.files();
		StartTrace.mark("read");
		// in batches of fresh resource sets (memory stays flat with thousands of reports), reported
		// in the order of the files
		Map<SourceFile, List<Diagnostic>> found = new java.util.HashMap<>();
		context.injector();
		List<List<SourceFile>> batches = Batches.split(files);
		int total = batches.stream().mapToInt(batch -> (int) batch.stream().filter(SourceFile::requested).count()).sum();
		try (Progress progress = Progress.start(context, "cli.progress.check", total, json)) {
			Batches.run(batches, batch -> {
				Workspace workspace = context.injector().getInstance(Workspace.class);
				workspace.load(batch);
				StartTrace.mark("loaded");
				Map<SourceFile, List<Diagnostic>> validated = workspace.validate();
				StartTrace.mark("validated");
				return validated;
			}, result -> {
				found.putAll(result);
				progress.step(result.size());
			});
		}
		Map<SourceFile, List<Diagnostic>> results = new java.util.LinkedHashMap<>();
		for (SourceFile file : files) {
			List<Diagnostic> diagnostics = found.get(file);
			if (diagnostics != null && file.requested()) {
				results.put(file, diagnostics);
			}
		}
		int code = report(results, json, !noWarnings, blanks, inputs.unreadable().size(), context);
		StartTrace.mark("printed");
		return inputs.unreadable().isEmpty() ? code : Main.USAGE;
	}

	/**
	 * @param blanks whether to list every blank cell an identity needs (informations); without it,
	 *            each table's blanks are the one warning that counts them
	 */
	private static int report(Map<SourceFile, List<Diagnostic>> results, boolean json, boolean warnings, boolean blanks,
			int unreadable, CommandContext context) {
		int errors = 0;
		int warningCount = 0;
		List<String> jsonItems = new ArrayList<>();
		for (Map.Entry<SourceFile, List<Diagnostic>> entry : results.entrySet()) {
			int fileErrors = 0;
			int fileWarnings = 0;
			List<Diagnostic> accepted = new ArrayList<>();
			for (Diagnostic diagnostic : entry.getValue()) {
				if (diagnostic.isAccepted()) {
					// listed after the file's other problems, not counted
					accepted.add(diagnostic);
					continue;
				}
				if (diagnostic.isInfo()) {
					if (blanks) {
						if (json) {
							jsonItems.add(diagnostic.toJson());
						} else {
							context.out().println(diagnostic.toLine());
						}
					}
					continue;
				}
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
					context.out().println(diagnostic.toLine());
				}
			}
			if (warnings && !accepted.isEmpty()) {
				if (!json) {
					context.out().println(Messages.get("cli.accepted"));
				}
				for (Diagnostic diagnostic : accepted) {
					if (json) {
						jsonItems.add(diagnostic.toJson());
					} else {
						context.out().println(diagnostic.toLine());
					}
				}
			}
			errors += fileErrors;
			warningCount += fileWarnings;
			context.err().println(Messages.get("cli.fileSummary", entry.getKey().display(), fileErrors, fileWarnings));
			if (!accepted.isEmpty()) {
				context.err().println(Messages.get("cli.acceptedSummary", entry.getKey().display(), accepted.size()));
			}
		}
		if (json) {
			context.out().println("[" + String.join(",\n", jsonItems) + "]");
		}
		if (unreadable > 0) {
			context.err().println(Messages.get("cli.summaryUnreadable", results.size(), errors, warningCount, unreadable));
		} else {
			context.err().println(Messages.get("cli.summary", results.size(), errors, warningCount));
		}
		return errors > 0 ? Main.ERRORS : Main.OK;
	}
}
