package org.gpr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gpr.Messages;

/** {@code gpr check [--json] [--no-warnings] [--blanks] PATH...}: syntax, links, structure and identities. */
public class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String usage() {
		return Messages.get("cli.check.usage");
	}

	@Override
	public int run(List<String> args, CommandContext context) throws InputException {
		boolean json = false;
		boolean warnings = true;
		boolean blanks = false;
		List<String> paths = new ArrayList<>();
		for (String arg : args) {
			switch (arg) {
			case "--json" -> json = true;
			case "--no-warnings" -> warnings = false;
			case "--blanks" -> blanks = true;
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
		List<SourceFile> files = new InputFiles(context.workingDirectory()).collect(paths);
		// in batches of fresh resource sets (memory stays flat with thousands of reports), reported
		// in the order of the files
		Map<SourceFile, List<Diagnostic>> found = new java.util.HashMap<>();
		context.injector();
		Batches.run(Batches.split(files), batch -> {
			Workspace workspace = context.injector().getInstance(Workspace.class);
			workspace.load(batch);
			return workspace.validate();
		}, found::putAll);
		Map<SourceFile, List<Diagnostic>> results = new java.util.LinkedHashMap<>();
		for (SourceFile file : files) {
			List<Diagnostic> diagnostics = found.get(file);
			if (diagnostics != null && file.requested()) {
				results.put(file, diagnostics);
			}
		}
		return report(results, json, warnings, blanks, context);
	}

	/**
	 * @param blanks whether to list every blank cell an identity needs (informations); without it,
	 *            each table's blanks are the one warning that counts them
	 */
	private static int report(Map<SourceFile, List<Diagnostic>> results, boolean json, boolean warnings, boolean blanks,
			CommandContext context) {
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
		context.err().println(Messages.get("cli.summary", results.size(), errors, warningCount));
		return errors > 0 ? Main.ERRORS : Main.OK;
	}
}
