package org.gpr.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.gpr.Messages;
import org.gpr.importer.AuditSummary;
import org.gpr.importer.ImportException;
import org.gpr.importer.ImportMessages;
import org.gpr.importer.ImportWarning;
import org.gpr.importer.ImportedReport;
import org.gpr.importer.NarrativeFinding;
import org.gpr.importer.ReportImporter;
import org.gpr.validation.IssueCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gpr audit DIR --out DIR}: imports every published report of a folder (HTML pages and
 * text), checks each the way {@code gpr check} does, and writes a summary ({@code audit.html},
 * {@code audit.csv}) of every broken identity, other problem and narrative mismatch, with a
 * progress bar on stderr. The imported reports are in {@code DIR/reports}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true)
public class AuditCommand implements GprCommand {

	private static final Set<String> EXTENSIONS = Set.of("html", "htm", "shtml", "xhtml", "txt", "pdf", "docx", "doc");
	private static final Set<String> IDENTITY_CODES = Set.of(IssueCodes.IDENTITY_BROKEN, IssueCodes.CROSS_YEAR_MISMATCH,
			IssueCodes.SOFT_CHECK, IssueCodes.BLANK_IN_IDENTITY, IssueCodes.BLANKS_IN_TABLE);

	@Option(names = { "--out", "-o" }, paramLabel = "DIR", descriptionKey = "audit.out")
	String outArg;

	@Parameters(paramLabel = "DIR", arity = "0..*", descriptionKey = "audit.folder")
	List<String> paths = new ArrayList<>();

	/** --rollup PAGE: the folder's roll-up report, checked against its members (RollupAudit). */
	@Option(names = "--rollup", paramLabel = "PAGE", descriptionKey = "audit.rollup")
	String rollupPage;

	/** --rollup-own PAGE: the 本级 report among the members of the --rollup report. */
	@Option(names = "--rollup-own", paramLabel = "PAGE", descriptionKey = "audit.rollupOwn")
	String rollupOwn;

	/** --blanks: list every blank cell an identity needs (as check --blanks), not only each table's one warning. */
	@Option(names = "--blanks", descriptionKey = "audit.blanks")
	boolean blanks;

	/** What a change from last year needs of a report: its body and year, what its tables give, its changes. */
	private record Year(String body, int year, Map<String, java.math.BigDecimal> values, List<ImportedReport.Change> changes,
			AuditSummary.Entry entry, java.util.function.IntFunction<String> place) {
	}

	@Override
	public String helpBundle() {
		return "org.gpr.cli.audit";
	}

	@Override
	public int run(CommandContext context) throws InputException {
		if (rollupOwn != null && rollupPage == null) {
			throw new InputException(org.gpr.eval.RollupMessages.get("audit.rollup.ownWithout"));
		}
		RollupAudit.Options rollup = new RollupAudit.Options(rollupPage, rollupOwn);
		if (paths.size() != 1) {
			throw new InputException(ImportMessages.get("cli.audit.noDir"));
		}
		if (outArg == null) {
			throw new InputException(ImportMessages.get("cli.import.noOut"));
		}
		String argument = paths.get(0);
		Path folder = context.workingDirectory().resolve(argument).normalize();
		if (!Files.isDirectory(folder)) {
			throw new InputException(Messages.get("cli.missing", argument));
		}
		Path out = ImportCommand.outputFolder(context.workingDirectory(), outArg);
		Path reports = out.resolve("reports");
		List<Path> files = reportFiles(folder, out);
		if (files.isEmpty()) {
			throw new InputException(ImportMessages.get("cli.audit.noReports", argument));
		}
		if (rollup.rollup() != null) {
			List<String> relatives = new ArrayList<>();
			for (Path file : files) {
				relatives.add(folder.relativize(file).toString());
			}
			RollupAudit.requireIn(rollup, relatives);
		}
		try {
			Files.createDirectories(reports);
		} catch (IOException e) {
			throw new InputException(Messages.get("cli.unreadable", outArg, e.getMessage()));
		}
		List<AuditSummary.Entry> entries = new ArrayList<>();
		List<Year> years = new ArrayList<>();
		List<List<Path>> chunks = new ArrayList<>();
		for (int start = 0; start < files.size(); start += CHUNK) {
			chunks.add(files.subList(start, Math.min(files.size(), start + CHUNK)));
		}
		try (Progress progress = Progress.start(context, "cli.progress.audit", files.size(), false)) {
			// chunks on as many threads as there are cores, their results taken in the folder's order
			Batches.run(chunks, chunk -> auditChunk(context, folder, chunk, reports, blanks), audited -> {
				for (Audited one : audited) {
					entries.add(one.entry());
					if (one.year() != null) {
						years.add(one.year());
					}
				}
				progress.step(audited.size());
			});
		}
		changes(years);
		if (rollup.rollup() != null) {
			RollupAudit.check(rollup, entries, entries.stream().map(AuditSummary.Entry::file).toList(), reports, context);
		}
		AuditSummary summary = new AuditSummary(entries);
		Path html = out.resolve("audit.html");
		Path csv = out.resolve("audit.csv");
		try {
			summary.writeHtml(html);
			summary.writeCsv(csv);
		} catch (IOException e) {
			throw new InputException(Messages.get("cli.unreadable", outArg, e.getMessage()));
		}
		context.err().println(ImportMessages.get("cli.audit.summary", entries.size(), summary.withErrors(), summary.failed(),
				ImportCommand.display(context, html), ImportCommand.display(context, csv)));
		// a file that could not be imported is unreadable input (2); every other file was still audited
		return summary.failed() > 0 ? Main.USAGE : summary.withErrors() > 0 ? Main.ERRORS : Main.OK;
	}

	private static List<Path> reportFiles(Path folder, Path out) throws InputException {
		try (Stream<Path> stream = Files.walk(folder)) {
			return stream.filter(Files::isRegularFile).filter(p -> !p.toAbsolutePath().startsWith(out.toAbsolutePath()))
					.filter(p -> {
						String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
						int dot = name.lastIndexOf('.');
						return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
					}).sorted().toList();
		} catch (IOException | RuntimeException e) {
			throw new InputException(Messages.get("cli.unreadable", folder, e.getMessage()));
		}
	}

	/**
	 * The changes from last year the narratives state, against last year's report of the same body
	 * when the folder holds one; "无法核对" (information) when it does not.
	 */
	private static void changes(List<Year> years) {
		Map<String, Year> byBodyAndYear = new java.util.HashMap<>();
		for (Year year : years) {
			byBodyAndYear.putIfAbsent(year.body() + "\u0000" + year.year(), year);
		}
		for (Year year : years) {
			if (year.changes().isEmpty()) {
				continue;
			}
			Year previous = byBodyAndYear.get(year.body() + "\u0000" + (year.year() - 1));
			for (ImportedReport.Change change : year.changes()) {
				NarrativeFinding finding = org.gpr.importer.ChangeAudit.check(change, previous == null ? null : previous.values(),
						year.year() - 1);
				if (finding != null) {
					year.entry().problems().add(new AuditSummary.Problem(AuditSummary.Kind.NARRATIVE, finding.severity(),
							location(year.entry().file(), year.place().apply(change.line())), finding.message()));
				}
			}
			year.entry().problems().sort((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
		}
	}

	/** Files a worker imports and validates together: one resource set for the imports, one workspace for the checks. */
	static final int CHUNK = 25;

	/** One file of a chunk after its import: its problems so far, and what was written. */
	private static final class Imported {
		final String relative;
		final List<AuditSummary.Problem> problems = new ArrayList<>();
		ImportedReport report;
		Path written;
		final List<SourceFile> sources = new ArrayList<>();

		Imported(String relative) {
			this.relative = relative;
		}
	}

	/** The audit of one file: its entry, and what a change from last year needs of it (null when it failed). */
	private record Audited(AuditSummary.Entry entry, Year year) {
	}

	/**
	 * Imports a chunk of files with one resource set (the shipped formats parsed once), writes each,
	 * and checks the written reports in one workspace, the way {@code check} checks a batch.
	 */
	private static List<Audited> auditChunk(CommandContext context, Path folder, List<Path> chunk, Path reports, boolean blanks) {
		ReportImporter importer = context.injector().getInstance(ReportImporter.class);
		org.eclipse.xtext.resource.XtextResourceSet shared = importer.sharedResourceSet();
		InputFiles input = new InputFiles(context.workingDirectory());
		List<Imported> imported = new ArrayList<>();
		Map<Path, Imported> bySource = new java.util.HashMap<>();
		List<SourceFile> sources = new ArrayList<>();
		for (Path file : chunk) {
			String relative = folder.relativize(file).toString();
			Imported one = new Imported(relative);
			imported.add(one);
			Path parent = Path.of(relative).getParent();
			String base = (parent == null ? "" : parent.toString().replace('/', '-').replace('\\', '-') + "-")
					+ ImportCommand.baseName(file);
			try {
				one.report = importer.read(file, relative, base, shared);
				one.written = ImportCommand.write(reports, base, one.report);
			} catch (ImportException e) {
				one.report = null;
				one.problems.add(new AuditSummary.Problem(AuditSummary.Kind.FAILED, "error", "", e.getMessage()));
				continue;
			} catch (RuntimeException | StackOverflowError e) {
				// one file must not stop the audit of the others
				one.report = null;
				one.problems.add(new AuditSummary.Problem(AuditSummary.Kind.FAILED, "error", "",
						ImportMessages.get("import.internalFailure", relative, e.getClass().getSimpleName())));
				continue;
			}
			ImportedReport report = one.report;
			for (NarrativeFinding finding : report.findings) {
				if (!finding.matches()) {
					one.problems.add(new AuditSummary.Problem(AuditSummary.Kind.NARRATIVE, finding.severity(),
							location(relative, report.place(finding.line())), finding.message()));
				}
			}
			for (ImportWarning warning : report.warnings) {
				one.problems.add(new AuditSummary.Problem(AuditSummary.Kind.IMPORT, "warning",
						location(relative, report.place(warning.line())), warning.message()));
			}
			try {
				one.sources.add(input.read(one.written, true));
				Path extension = reports.resolve(base + "-format.gpr");
				if (Files.exists(extension)) {
					one.sources.add(input.read(extension, false));
				}
			} catch (InputException e) {
				one.problems.add(new AuditSummary.Problem(AuditSummary.Kind.FAILED, "error",
						ImportCommand.display(context, one.written), e.getMessage()));
				one.sources.clear();
			}
			for (SourceFile source : one.sources) {
				bySource.put(source.path(), one);
				sources.add(source);
			}
		}
		if (!sources.isEmpty()) {
			Workspace workspace = context.injector().getInstance(Workspace.class);
			workspace.load(sources);
			for (Map.Entry<SourceFile, List<Diagnostic>> entry : workspace.validate().entrySet()) {
				Imported one = bySource.get(entry.getKey().path());
				if (one == null) {
					continue;
				}
				for (Diagnostic diagnostic : entry.getValue()) {
					if (diagnostic.isInfo() && !blanks) {
						continue; // each table's blanks are one warning; --blanks lists the cells
					}
					AuditSummary.Kind kind = IDENTITY_CODES.contains(diagnostic.code()) ? AuditSummary.Kind.IDENTITY
							: AuditSummary.Kind.CHECK;
					one.problems.add(new AuditSummary.Problem(kind, diagnostic.severity(),
							diagnostic.file() + ":" + diagnostic.line() + ":" + diagnostic.column(), diagnostic.message()));
				}
			}
		}
		List<Audited> audited = new ArrayList<>();
		for (Imported one : imported) {
			one.problems.sort((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
			if (one.report == null) {
				audited.add(new Audited(new AuditSummary.Entry(one.relative, null, "", "", "", one.problems), null));
				continue;
			}
			ImportedReport report = one.report;
			AuditSummary.Entry entry = new AuditSummary.Entry(one.relative, ImportCommand.display(context, one.written), report.body,
					String.valueOf(report.year), report.format, one.problems);
			org.gpr.importer.SourceDocument.Places places = report.places;
			audited.add(new Audited(entry, new Year(report.body, report.year, report.values, report.changes, entry,
					line -> line > 0 ? places.name(line) : null)));
		}
		return audited;
	}

	private static String location(String file, String place) {
		return place != null ? file + ":" + place : file;
	}
}
