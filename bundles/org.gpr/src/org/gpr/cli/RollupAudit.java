package org.gpr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gpr.eval.RollupMessages;
import org.gpr.importer.AuditSummary;
import org.gpr.validation.IssueCodes;

/**
 * {@code gpr audit DIR --out OUT --rollup PAGE [--rollup-own PAGE]}: the published report PAGE of
 * DIR is a roll-up of every other report of DIR. After the import, a roster of the other imported
 * reports is written ({@code OUT/reports/rollup-roster.gpr}, with the {@code --rollup-own} page's
 * report as the 本级 report), the roll-up's imported report is linked to it, and the roll-up's
 * cells are checked against the members' sums; what differs is added to the roll-up's entry of the
 * summary. The roll-up itself, not the importer, does the adding up.
 */
final class RollupAudit {

	private static final Set<String> CODES = Set.of(IssueCodes.ROLLUP_MISMATCH, IssueCodes.ROLLUP_MEMBERS_LEFT_OUT,
			IssueCodes.ROLLUP_ROSTER_MISMATCH, IssueCodes.ROLLUP_ROSTER_MISSING, IssueCodes.ROLLUP_ROSTER_UNPARSABLE,
			IssueCodes.ROSTER_MEMBER_MISSING, IssueCodes.ROSTER_MEMBER_UNPARSABLE, IssueCodes.ROSTER_MEMBER_NOT_A_REPORT,
			IssueCodes.ROSTER_MEMBER_WRONG_YEAR, IssueCodes.ROSTER_MEMBER_WRONG_FORMAT, IssueCodes.ROSTER_MEMBER_ERRORS,
			IssueCodes.ROSTER_MEMBER_CYCLE, IssueCodes.ROSTER_DUPLICATE_MEMBER, IssueCodes.ROSTER_OWN_COUNT,
			IssueCodes.ROSTER_MEMBER_OTHER_BODY);

	/** The roll-up's and its 本级 report's pages, as given on the command line (relative to the audited folder). */
	record Options(String rollup, String own) {

		/** Takes --rollup and --rollup-own out of the arguments; the rest are the audit's. */
		static Options extract(List<String> args, List<String> rest) throws InputException {
			String rollup = null;
			String own = null;
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				if (arg.equals("--rollup") || arg.equals("--rollup-own")) {
					if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
						throw new InputException(RollupMessages.get("audit.rollup.missingValue", arg));
					}
					if (arg.equals("--rollup")) {
						rollup = args.get(++i);
					} else {
						own = args.get(++i);
					}
				} else {
					rest.add(arg);
				}
			}
			if (own != null && rollup == null) {
				throw new InputException(RollupMessages.get("audit.rollup.ownWithout"));
			}
			return new Options(rollup, own);
		}
	}

	private RollupAudit() {
	}

	/**
	 * Writes the roster, links the roll-up's report to it and adds the roll-up problems to its entry.
	 *
	 * @param entries the audit's entries, in the order of the files
	 * @param relatives each entry's file relative to the audited folder
	 */
	static void check(Options options, List<AuditSummary.Entry> entries, List<String> relatives, Path reports,
			CommandContext context) throws InputException {
		int aggregate = indexOf(relatives, options.rollup());
		if (aggregate < 0) {
			throw new InputException(RollupMessages.get("audit.rollup.notInFolder", options.rollup()));
		}
		int own = options.own() == null ? -1 : indexOf(relatives, options.own());
		if (options.own() != null && own < 0) {
			throw new InputException(RollupMessages.get("audit.rollup.notInFolder", options.own()));
		}
		AuditSummary.Entry entry = entries.get(aggregate);
		if (entry.output() == null) {
			entry.problems().add(new AuditSummary.Problem(AuditSummary.Kind.FAILED, "error", entry.file(),
					RollupMessages.get("audit.rollup.notImported", options.rollup())));
			return;
		}
		Path aggregateFile = context.workingDirectory().resolve(entry.output()).normalize();
		StringBuilder roster = new StringBuilder("// ").append(RollupMessages.get("audit.rollup.rosterHeader", options.rollup()))
				.append('\n').append("roster ").append(quote(entry.body())).append(" year ").append(entry.year())
				.append(" format ").append(entry.format()).append(" {\n");
		for (int i = 0; i < entries.size(); i++) {
			AuditSummary.Entry member = entries.get(i);
			if (i == aggregate || member.output() == null) {
				continue;
			}
			Path file = context.workingDirectory().resolve(member.output()).normalize();
			roster.append(i == own ? "  own " : "  member ").append(quote(member.body() == null || member.body().isEmpty()
					? relatives.get(i) : member.body())).append(' ')
					.append(quote(reports.relativize(file).toString().replace('\\', '/'))).append('\n');
		}
		roster.append("}\n");
		Path rosterFile = reports.resolve("rollup-roster.gpr");
		try {
			Files.writeString(rosterFile, roster, StandardCharsets.UTF_8);
			String text = Files.readString(aggregateFile, StandardCharsets.UTF_8);
			String link = "rollup " + quote(aggregateFile.getParent().relativize(rosterFile).toString().replace('\\', '/'));
			if (!text.contains("\n" + link + "\n")) {
				int title = text.indexOf("\ntitle ");
				if (title < 0) {
					return;
				}
				Files.writeString(aggregateFile, text.substring(0, title + 1) + link + "\n" + text.substring(title + 1),
						StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new InputException(org.gpr.Messages.get("cli.unreadable", rosterFile, e.getMessage()));
		}
		InputFiles input = new InputFiles(context.workingDirectory());
		List<SourceFile> sources = new ArrayList<>();
		sources.add(input.read(aggregateFile, true));
		sources.add(input.read(rosterFile, true));
		Path extension = aggregateFile.resolveSibling(aggregateFile.getFileName().toString().replace(".gpr", "-format.gpr"));
		if (Files.exists(extension)) {
			sources.add(input.read(extension, false));
		}
		Workspace workspace = context.injector().getInstance(Workspace.class);
		workspace.load(sources);
		int mismatches = 0;
		for (Map.Entry<SourceFile, List<Diagnostic>> found : workspace.validate().entrySet()) {
			for (Diagnostic diagnostic : found.getValue()) {
				if (CODES.contains(diagnostic.code())) {
					mismatches += IssueCodes.ROLLUP_MISMATCH.equals(diagnostic.code()) ? 1 : 0;
					entry.problems().add(new AuditSummary.Problem(AuditSummary.Kind.CHECK, diagnostic.severity(),
							diagnostic.file() + ":" + diagnostic.line() + ":" + diagnostic.column(), diagnostic.message()));
				}
			}
		}
		context.err().println(RollupMessages.get("audit.rollup.result", mismatches));
	}

	/** Refuses, before anything is imported, a --rollup or --rollup-own page that is not among the folder's reports. */
	static void requireIn(Options options, List<String> relatives) throws InputException {
		for (String page : new String[] { options.rollup(), options.own() }) {
			if (page != null && indexOf(relatives, page) < 0) {
				throw new InputException(RollupMessages.get("audit.rollup.notInFolder", page));
			}
		}
	}

	private static int indexOf(List<String> relatives, String page) {
		String wanted = page.replace('\\', '/');
		for (int i = 0; i < relatives.size(); i++) {
			String relative = relatives.get(i).replace('\\', '/');
			if (relative.equals(wanted) || Path.of(relative).getFileName().toString().equals(wanted)) {
				return i;
			}
		}
		return -1;
	}

	private static String quote(String text) {
		return '"' + (text == null ? "" : text).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
