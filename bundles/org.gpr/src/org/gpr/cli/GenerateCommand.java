package org.gpr.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gpr.Messages;
import org.gpr.generator.OutputKind;
import org.gpr.generator.ReportRenderer;
import org.gpr.gpr.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gpr generate PATH... --out DIR [--formats html,csv,xlsx,json,pdf,docx] [--fonts DIR] [--force]}:
 * checks the reports as {@code gpr check} does and writes, for each report without errors, the HTML
 * report, a CSV per table, the XLSX workbook, the JSON document, the PDF and the Word document into DIR. Exit codes as for check.
 * Every file is written to a temporary file in DIR and then moved into place, so that a failure
 * (a full disk) leaves no half-written file; nothing is written outside DIR.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
public class GenerateCommand implements GprCommand {

	public static final Messages.Bundle MESSAGES = new Messages.Bundle("org.gpr.generator.messages",
			GenerateCommand.class.getClassLoader());

	@Option(names = { "--out", "-o" }, paramLabel = "DIR", descriptionKey = "generate.out")
	String outArg;

	@Option(names = "--formats", paramLabel = "LIST", descriptionKey = "generate.formats")
	List<String> formats = new ArrayList<>();

	@Option(names = "--force", descriptionKey = "generate.force")
	boolean force;

	@Option(names = "--fonts", paramLabel = "DIR", descriptionKey = "generate.fonts")
	String fontsArg;

	/** --figures: the HTML ends with the figures at a glance (数说年报); off by default (the official layout). */
	@Option(names = "--figures", descriptionKey = "generate.figures")
	boolean figures;

	@Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "generate.paths")
	List<String> paths = new ArrayList<>();

	@Override
	public String helpBundle() {
		return "org.gpr.cli.generate";
	}

	/** A failure to write the output: one sentence, exit 2. */
	static final class OutputException extends InputException {
		private static final long serialVersionUID = 1L;

		OutputException(String message) {
			super(message);
		}
	}

	@Override
	public int run(CommandContext context) throws InputException {
		Set<OutputKind> kinds = EnumSet.noneOf(OutputKind.class);
		for (String value : formats) {
			for (String word : value.split(",")) {
				if (word.isBlank()) {
					continue;
				}
				OutputKind kind = OutputKind.of(word);
				if (kind == null) {
					throw new InputException(MESSAGES.get("generate.unknownFormat", word.trim()));
				}
				kinds.add(kind);
			}
		}
		if (!formats.isEmpty() && kinds.isEmpty()) {
			throw new InputException(MESSAGES.get("generate.formatsMissingValue"));
		}
		if (paths.isEmpty()) {
			throw new InputException(Messages.get("cli.noPaths"));
		}
		if (outArg == null) {
			throw new InputException(MESSAGES.get("generate.noOut"));
		}
		if (outArg.isEmpty()) {
			throw new InputException(MESSAGES.get("generate.outMissingValue"));
		}
		if (kinds.isEmpty()) {
			kinds = OutputKind.available();
		}
		for (OutputKind kind : kinds) {
			if (!OutputKind.available().contains(kind)) {
				throw new InputException(MESSAGES.get("generate.noRenderer", kind.id(),
						String.join(", ", OutputKind.available().stream().map(OutputKind::id).toList())));
			}
		}
		this.fonts = fontsArg == null ? null : FontsOption.parse("--fonts=" + fontsArg, null, context);
		InputFiles.Inputs inputs = new InputFiles(context.workingDirectory()).collectAll(paths);
		inputs.unreadable().forEach(sentence -> context.err().println("gpr: " + sentence));
		if (!inputs.anyRequested()) {
			return Main.USAGE;
		}
		Path out = prepare(context.workingDirectory().resolve(outArg).toAbsolutePath().normalize(), outArg);
		int code = generate(inputs.files(), out, outArg, kinds, force, context);
		if (!inputs.unreadable().isEmpty()) {
			context.err().println(Messages.get("cli.unreadableCount", inputs.unreadable().size()));
			return Main.USAGE;
		}
		return code;
	}

	/** Creates the output folder if need be and makes sure files can be written in it. */
	static Path prepare(Path out, String shown) throws InputException {
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new OutputException(MESSAGES.get("generate.outIsFile", shown));
		}
		try {
			Files.createDirectories(out);
		} catch (FileSystemException e) {
			throw new OutputException(MESSAGES.get("generate.outNotCreatable", shown, reason(e)));
		} catch (IOException | SecurityException e) {
			throw new OutputException(MESSAGES.get("generate.outNotCreatable", shown, e.getMessage()));
		}
		try {
			Path probe = Files.createTempFile(out, ".gpr-", ".tmp");
			Files.delete(probe);
		} catch (IOException | SecurityException e) {
			throw new OutputException(MESSAGES.get("generate.outNotWritable", shown));
		}
		return out;
	}

	private static String reason(FileSystemException e) {
		if (e instanceof AccessDeniedException) {
			return Messages.english() ? "permission denied" : "没有权限";
		}
		String reason = e.getReason();
		if (reason != null && reason.contains("No space left")) {
			return MESSAGES.get("generate.diskFull");
		}
		return reason != null ? reason : e.getClass().getSimpleName();
	}

	/** What one batch of reports gave: the lines to print, in order, and the counts. */
	private static final class BatchResult {
		final List<String> out = new ArrayList<>();
		final List<String> err = new ArrayList<>();
		/** What was written: not printed under a progress bar. */
		final List<String> info = new ArrayList<>();
		int reports;
		int errors;
		int generated;
		int skipped;
		int written;
		OutputException failure;
	}

	/** Stops the batches still to run when a file cannot be written. */
	private static final class Stop extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final OutputException failure;

		Stop(OutputException failure) {
			super(null, null, false, false);
			this.failure = failure;
		}
	}

	private Path fonts;

	/**
	 * Reports per batch when a PDF or Word document is made: rendering, not parsing, is then the
	 * work, so smaller batches keep every core busy already for a hundred reports and hold fewer
	 * parsed reports in memory while their documents are made.
	 */
	static final int DOCUMENT_BATCH = 25;

	private static boolean documents(Set<OutputKind> kinds) {
		return kinds.stream().anyMatch(OutputKind::isPlugged);
	}

	private int generate(List<SourceFile> files, Path out, String outArg, Set<OutputKind> kinds, boolean force,
			CommandContext context) throws InputException {
		List<List<SourceFile>> batches = Batches.split(files, documents(kinds) ? DOCUMENT_BATCH : Batches.SIZE);
		// output names are fixed up front, in input order, so that they do not depend on timing
		Set<String> usedNames = new HashSet<>();
		Map<SourceFile, String> names = new LinkedHashMap<>();
		for (List<SourceFile> batch : batches) {
			for (SourceFile file : batch) {
				if (file.requested() && !Batches.isFormat(file)) {
					names.put(file, unique(ReportRenderer.baseName(file.path().getFileName().toString()), usedNames));
				}
			}
		}
		int reports = names.size();
		ReportRenderer renderer = context.injector().getInstance(ReportRenderer.class);
		renderer.setFontFolder(fonts);
		int[] totals = new int[5];
		try (Progress progress = Progress.start(context, "cli.progress.generate", reports, false)) {
			Batches.run(batches, batch -> batch(batch, names, out, outArg, kinds, force, context, renderer), result -> {
				result.out.forEach(context.out()::println);
				result.err.forEach(progress::println);
				if (!progress.drawn()) {
					result.info.forEach(context.err()::println);
				}
				if (result.failure != null) {
					throw new Stop(result.failure);
				}
				totals[0] += result.errors;
				totals[1] += result.generated;
				totals[2] += result.skipped;
				totals[3] += result.written;
				totals[4] += result.reports;
				progress.step(result.reports);
			});
		} catch (Stop stop) {
			throw stop.failure;
		}
		context.err().println(MESSAGES.get("generate.summary", reports, totals[1], totals[2], totals[3], outArg));
		return totals[0] > 0 ? Main.ERRORS : Main.OK;
	}

	private BatchResult batch(List<SourceFile> batch, Map<SourceFile, String> names, Path out, String outArg,
			Set<OutputKind> kinds, boolean force, CommandContext context, ReportRenderer renderer) {
		BatchResult result = new BatchResult();
		result.reports = (int) batch.stream().filter(names::containsKey).count();
		Workspace workspace = context.injector().getInstance(Workspace.class);
		workspace.load(batch);
		Map<SourceFile, List<Diagnostic>> diagnostics = workspace.validate();
		for (Map.Entry<SourceFile, List<Diagnostic>> entry : diagnostics.entrySet()) {
			SourceFile file = entry.getKey();
			int fileErrors = 0;
			for (Diagnostic diagnostic : entry.getValue()) {
				if (diagnostic.isError()) {
					fileErrors++;
				}
				result.out.add(diagnostic.toLine());
			}
			result.errors += fileErrors;
			Report report = ReportRenderer.reportOf(workspace.resourceOf(file));
			String base = names.get(file);
			if (report == null || base == null) {
				continue;
			}
			if (fileErrors > 0 && !force) {
				result.skipped++;
				result.err.add(MESSAGES.get("generate.skipped", file.display(), fileErrors));
				continue;
			}
			if (fileErrors > 0) {
				result.err.add(MESSAGES.get("generate.forced", file.display(), fileErrors));
			}
			Map<String, byte[]> outputs;
			try {
				outputs = renderer.render(report, base, kinds, figures,
						warning -> result.err.add(MESSAGES.get("generate.warning", file.display(), warning)));
			} catch (org.gpr.generator.DocumentRenderer.Failure e) {
				result.failure = new OutputException(file.display() + "：" + e.getMessage());
				return result;
			}
			try {
				for (Map.Entry<String, byte[]> output : outputs.entrySet()) {
					write(out, outArg, output.getKey(), output.getValue());
					result.written++;
				}
			} catch (OutputException e) {
				result.failure = e;
				return result;
			}
			result.generated++;
			result.info.add(MESSAGES.get("generate.written", file.display(), join(outArg, base + ".*"), outputs.size()));
		}
		return result;
	}

	private static String join(String outArg, String name) {
		return outArg.endsWith("/") ? outArg + name : outArg + "/" + name;
	}

	/** The base name, or the base name with -2, -3 … when two sources have the same name. */
	static String unique(String base, Set<String> used) {
		String name = base;
		for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
			name = base + "-" + i;
		}
		return name;
	}

	/** Temporary files are private; the generated file is for publishing: rw-r--r--. */
	private static void readable(Path file) {
		try {
			Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
		} catch (UnsupportedOperationException | IOException e) {
			// not a POSIX file system: the file keeps the folder's defaults
		}
	}

	/** Writes one file: into a temporary file in the output folder first, then moved over the name. */
	static void write(Path out, String outArg, String name, byte[] content) throws OutputException {
		Path target = out.resolve(name).normalize();
		if (!target.getParent().equals(out) || name.contains("/") || name.contains("\\")) {
			throw new IllegalStateException("output name outside the output folder: " + name);
		}
		try {
			TempFiles.replace(target, ".gpr-", content, GenerateCommand::readable);
		} catch (FileSystemException e) {
			throw new OutputException(MESSAGES.get("generate.writeFailed", join(outArg, name), reason(e)));
		} catch (IOException e) {
			String reason = e.getMessage() != null && e.getMessage().contains("No space left")
					? MESSAGES.get("generate.diskFull") : String.valueOf(e.getMessage());
			throw new OutputException(MESSAGES.get("generate.writeFailed", join(outArg, name), reason));
		}
	}
}
