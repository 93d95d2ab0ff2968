package org.gpr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.gpr.Messages;
import org.gpr.importer.GprWriter;
import org.gpr.importer.ImportException;
import org.gpr.importer.ImportMessages;
import org.gpr.importer.ImportWarning;
import org.gpr.importer.ImportedReport;
import org.gpr.importer.ReportImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gpr import FILE... --out DIR}: reads published reports (web pages or their text) and
 * writes each as a {@code .gpr} file (with a generated format extension beside it when the report
 * has rows its format lacks). Warnings go to stderr; a file that cannot be imported gets one
 * sentence, nothing is written for it, and the exit code is 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public class ImportCommand implements GprCommand {

	@Option(names = { "--out", "-o" }, paramLabel = "DIR", descriptionKey = "import.out")
	String out;

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
		Path outFolder = outputFolder(context.workingDirectory(), out);
		ReportImporter importer = context.injector().getInstance(ReportImporter.class);
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
		Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
