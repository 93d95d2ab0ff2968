package org.gpr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gpr.Messages;
import org.gpr.importer.ChangeAudit;
import org.gpr.importer.GprWriter;
import org.gpr.importer.ImportException;
import org.gpr.importer.ImportMessages;
import org.gpr.importer.ImportWarning;
import org.gpr.importer.ImportedReport;
import org.gpr.importer.PreviousReport;
import org.gpr.importer.ReportImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gpr import FILE... --out DIR}: reads published reports (web pages or their text) and
 * writes each as a {@code .gpr} file (with a generated format extension beside it when the report
 * has rows its format lacks). With {@code --previous LAST} (one report only), last year's report of
 * the same body (a {@code .gpr}, or a published file, imported and written beside) is named as the
 * report's {@code previous} and the narrative's changes from last year are checked against it;
 * without it they are "无法核对". Warnings go to stderr; a file that cannot be imported gets one
 * sentence, nothing is written for it, and the exit code is 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public class ImportCommand implements GprCommand {

	@Option(names = { "--out", "-o" }, paramLabel = "DIR", descriptionKey = "import.out")
	String out;

	@Option(names = "--previous", paramLabel = "FILE", descriptionKey = "import.previous")
	String previous;

	@Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "import.files")
	List<String> paths = new ArrayList<>();

	@Override
	public String helpBundle() {
		return "org.gpr.cli.import";
	}

	@Override
	public int run(CommandContext context) throws InputException {
		if (out == null) {
			throw new InputException(ImportMessages.get("cli.import.noOut"));
		}
		if (paths.isEmpty()) {
			throw new InputException(ImportMessages.get("cli.import.noFiles"));
		}
		if (previous != null && paths.size() != 1) {
			throw new InputException(ImportMessages.get("cli.import.previousOne", paths.size()));
		}
		Path outFolder = outputFolder(context.workingDirectory(), out);
		ReportImporter importer = context.injector().getInstance(ReportImporter.class);
		PreviousReport last = previous == null ? null : previous(context, importer);
		int failed = 0;
		try (Progress progress = Progress.start(context, "cli.progress.import", paths.size(), false)) {
			for (String argument : paths) {
				Path file = context.workingDirectory().resolve(argument).normalize();
				if (!Files.isRegularFile(file)) {
					progress.println("gpr: " + ImportMessages.get("cli.import.notFile", argument));
					failed++;
					progress.step(1);
					continue;
				}
				try {
					ImportedReport report = importer.read(file, argument, baseName(file));
					if (last != null) {
						report.previous = linkPrevious(context, outFolder, file, report, last, progress);
					}
					ChangeAudit.check(report, last);
					Path written = write(outFolder, baseName(file), report);
					List<ImportWarning> warnings = report.allWarnings();
					for (ImportWarning warning : warnings) {
						String place = report.place(warning.line());
						progress.println(argument + (place == null ? "" : ":" + place) + ": warning: " + warning.message());
					}
					progress.println(ImportMessages.get("cli.import.written", argument, display(context, written),
							warnings.size()));
				} catch (ImportException e) {
					progress.println("gpr: " + e.getMessage());
					failed++;
				}
				progress.step(1);
			}
		}
		if (paths.size() > 1) {
			context.err().println(ImportMessages.get("cli.import.summary", paths.size() - failed, failed));
		}
		return failed > 0 ? Main.USAGE : Main.OK;
	}

	/** Last year's report given with {@code --previous}: read (a .gpr) or imported (a published file). */
	private PreviousReport previous(CommandContext context, ReportImporter importer) throws InputException {
		Path file = context.workingDirectory().resolve(previous).normalize();
		if (!Files.isRegularFile(file)) {
			throw new InputException(ImportMessages.get("cli.import.notFile", previous));
		}
		try {
			return importer.previous(file, previous, baseName(file));
		} catch (ImportException e) {
			throw new InputException(e.getMessage());
		}
	}

	/**
	 * Checks that last year's report is of the same body and of the year before, writes it beside
	 * this year's when it was imported from a published file, and gives the {@code previous} link
	 * of this year's report (relative to the output folder, where the report is written).
	 */
	private String linkPrevious(CommandContext context, Path outFolder, Path file, ImportedReport report, PreviousReport last,
			Progress progress) throws ImportException {
		if (!last.body().equals(report.body) || last.year() != report.year - 1) {
			throw new ImportException(ImportMessages.get("cli.import.previousOther", previous, last.body(), last.year(),
					report.body, report.year - 1));
		}
		if (last.gpr() != null) {
			return outFolder.toAbsolutePath().normalize().relativize(last.gpr()).toString().replace('\\', '/');
		}
		Path lastFile = context.workingDirectory().resolve(previous).normalize();
		String base = baseName(lastFile);
		if (base.equals(baseName(file))) {
			throw new ImportException(ImportMessages.get("cli.import.previousSameName", previous, base));
		}
		Path written = write(outFolder, base, last.imported());
		List<ImportWarning> warnings = last.imported().allWarnings();
		for (ImportWarning warning : warnings) {
			String place = last.imported().place(warning.line());
			progress.println(previous + (place == null ? "" : ":" + place) + ": warning: " + warning.message());
		}
		progress.println(ImportMessages.get("cli.import.written", previous, display(context, written), warnings.size()));
		return written.getFileName().toString();
	}

	static Path outputFolder(Path workingDirectory, String argument) throws InputException {
		Path out = workingDirectory.resolve(argument).normalize();
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new InputException(ImportMessages.get("cli.import.outNotDir", argument));
		}
		try {
			Files.createDirectories(out);
		} catch (IOException e) {
			throw new InputException(Messages.get("cli.unreadable", argument, e.getMessage()));
		}
		return out;
	}

	static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	static String display(CommandContext context, Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path cwd = context.workingDirectory().toAbsolutePath().normalize();
		return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
	}

	/**
	 * Writes the report as {@code base.gpr} and, when it needs one, its format extension as
	 * {@code base-format.gpr}, each through a temporary file moved into place.
	 *
	 * @return the report file
	 */
	static Path write(Path out, String base, ImportedReport report) throws ImportException {
		GprWriter writer = new GprWriter();
		Path reportFile = out.resolve(base + ".gpr");
		Path extensionFile = out.resolve(base + "-format.gpr");
		try {
			String extension = writer.extension(report);
			String text = writer.report(report);
			if (extension != null) {
				atomicWrite(extensionFile, extension);
			} else {
				Files.deleteIfExists(extensionFile);
			}
			atomicWrite(reportFile, text);
		} catch (IOException e) {
			throw new ImportException(Messages.get("cli.unreadable", out, e.getMessage()));
		}
		return reportFile;
	}

	/** Writes the text (UTF-8) to a temporary file beside the target, then moves it over the target. */
	static void atomicWrite(Path target, String text) throws IOException {
		TempFiles.replace(target, "." + target.getFileName(), text.getBytes(StandardCharsets.UTF_8), temp -> {
		});
	}
}
