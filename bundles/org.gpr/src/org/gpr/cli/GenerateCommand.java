package org.gpr.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.gpr.Messages;
import org.gpr.generator.OutputKind;
import org.gpr.generator.ReportRenderer;
import org.gpr.gpr.Report;

/**
 * {@code gpr generate PATH... --out DIR [--formats html,csv,xlsx,json] [--force]}: checks the
 * reports as {@code gpr check} does and writes, for each report without errors, the HTML report,
 * a CSV per table, the XLSX workbook and the JSON document into DIR. Exit codes as for check.
 * Every file is written to a temporary file in DIR and then moved into place, so that a failure
 * (a full disk) leaves no half-written file; nothing is written outside DIR.
 */
public class GenerateCommand implements Command {

	public static final Messages.Bundle MESSAGES = new Messages.Bundle("org.gpr.generator.messages",
			GenerateCommand.class.getClassLoader());

	/** Reports loaded into one resource set at a time: memory stays flat however many there are. */
	static final int BATCH = 250;

	/** A progress bar is drawn (on a terminal) from this many reports. */
	static final int PROGRESS_FROM = 20;

	/** A file that declares a format: its first word, after comments, is {@code format}. */
	private static final Pattern FORMAT = Pattern.compile("\\A(?:\\s|//[^\\n]*(?:\\n|\\z)|/\\*(?s:.*?)\\*/)*format\\b");

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String usage() {
		return MESSAGES.get("generate.usage");
	}

	/** A failure to write the output: one sentence, exit 2. */
	static final class OutputException extends InputException {
		private static final long serialVersionUID = 1L;

		OutputException(String message) {
			super(message);
		}
	}

	@Override
	public int run(List<String> args, CommandContext context) throws InputException {
		String outArg = null;
		Set<OutputKind> kinds = EnumSet.noneOf(OutputKind.class);
		boolean force = false;
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--force")) {
				force = true;
			} else if (arg.equals("--out") || arg.startsWith("--out=")) {
				if (arg.equals("--out")) {
					if (i + 1 >= args.size() || args.get(i + 1).isEmpty()) {
						throw new InputException(MESSAGES.get("generate.outMissingValue"));
					}
					outArg = args.get(++i);
				} else {
					outArg = arg.substring("--out=".length());
				}
				if (outArg.isEmpty()) {
					throw new InputException(MESSAGES.get("generate.outMissingValue"));
				}
			} else if (arg.equals("--formats") || arg.startsWith("--formats=")) {
				String value;
				if (arg.equals("--formats")) {
					if (i + 1 >= args.size()) {
						throw new InputException(MESSAGES.get("generate.formatsMissingValue"));
					}
					value = args.get(++i);
				} else {
					value = arg.substring("--formats=".length());
				}
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
				if (kinds.isEmpty()) {
					throw new InputException(MESSAGES.get("generate.formatsMissingValue"));
				}
			} else if (arg.startsWith("-") && arg.length() > 1) {
				throw new InputException(Messages.get("cli.unknownOption", arg));
			} else {
				paths.add(arg);
			}
		}
		if (paths.isEmpty()) {
			throw new InputException(Messages.get("cli.noPaths"));
		}
		if (outArg == null) {
			throw new InputException(MESSAGES.get("generate.noOut"));
		}
		if (kinds.isEmpty()) {
			kinds = OutputKind.ALL;
		}
		List<SourceFile> files = new InputFiles(context.workingDirectory()).collect(paths);
		Path out = prepare(context.workingDirectory().resolve(outArg).toAbsolutePath().normalize(), outArg);
		return generate(files, out, outArg, kinds, force, context);
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

	private static boolean isFormat(SourceFile file) {
		return FORMAT.matcher(file.text()).find();
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

	private int generate(List<SourceFile> files, Path out, String outArg, Set<OutputKind> kinds, boolean force,
			CommandContext context) throws InputException {
		// formats go into every batch (reports resolve against them); reports are split into batches
		List<SourceFile> formats = new ArrayList<>();
		List<SourceFile> reports = new ArrayList<>();
		for (SourceFile file : files) {
			if (isFormat(file)) {
				formats.add(file);
			} else if (file.requested()) {
				reports.add(file);
			}
		}
		// output names are fixed up front, in input order, so that they do not depend on timing
		Set<String> usedNames = new HashSet<>();
		Map<SourceFile, String> names = new LinkedHashMap<>();
		for (SourceFile report : reports) {
			names.put(report, unique(ReportRenderer.baseName(report.path().getFileName().toString()), usedNames));
		}
		ReportRenderer renderer = context.injector().getInstance(ReportRenderer.class);
		int batches = Math.max(1, (reports.size() + BATCH - 1) / BATCH);
		// batches are independent (each has its own resource set): run as many at once as there are
		// cores, print their results in input order
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), batches));
		boolean progress = reports.size() >= PROGRESS_FROM && System.console() != null;
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "gpr-generate");
			thread.setDaemon(true);
			return thread;
		});
		Locale locale = Locale.getDefault();
		int errors = 0;
		int generated = 0;
		int skipped = 0;
		int written = 0;
		int done = 0;
		try {
			ArrayDeque<Future<BatchResult>> window = new ArrayDeque<>();
			int next = 0;
			while (next < batches && window.size() < threads + 1) {
				window.add(submit(pool, next++, formats, reports, names, out, outArg, kinds, force, context, renderer, locale));
			}
			while (!window.isEmpty()) {
				BatchResult result;
				try {
					result = window.poll().get();
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
				result.out.forEach(context.out()::println);
				if (progress && !result.err.isEmpty()) {
					context.err().print("\r");
				}
				result.err.forEach(context.err()::println);
				if (!progress) {
					result.info.forEach(context.err()::println);
				}
				if (result.failure != null) {
					throw result.failure;
				}
				errors += result.errors;
				generated += result.generated;
				skipped += result.skipped;
				written += result.written;
				done += result.reports;
				if (progress) {
					bar(context, done, reports.size());
				}
				if (next < batches) {
					window.add(submit(pool, next++, formats, reports, names, out, outArg, kinds, force, context, renderer, locale));
				}
			}
		} finally {
			pool.shutdownNow();
		}
		if (progress) {
			context.err().println();
		}
		context.err().println(MESSAGES.get("generate.summary", reports.size(), generated, skipped, written, outArg));
		return errors > 0 ? Main.ERRORS : Main.OK;
	}

	private static Future<BatchResult> submit(ExecutorService pool, int index, List<SourceFile> formats,
			List<SourceFile> reports, Map<SourceFile, String> names, Path out, String outArg, Set<OutputKind> kinds,
			boolean force, CommandContext context, ReportRenderer renderer, Locale locale) {
		List<SourceFile> batch = new ArrayList<>();
		for (SourceFile format : formats) {
			// the formats the user asked for are checked (and reported) once, with the first batch
			batch.add(index == 0 ? format : new SourceFile(format.path(), format.display(), format.text(), false));
		}
		List<SourceFile> chunk = reports.subList(Math.min(index * BATCH, reports.size()),
				Math.min((index + 1) * BATCH, reports.size()));
		batch.addAll(chunk);
		return pool.submit(() -> {
			Locale.setDefault(locale);
			return batch(batch, chunk.size(), names, out, outArg, kinds, force, context, renderer);
		});
	}

	private static BatchResult batch(List<SourceFile> batch, int reportCount, Map<SourceFile, String> names, Path out,
			String outArg, Set<OutputKind> kinds, boolean force, CommandContext context, ReportRenderer renderer) {
		BatchResult result = new BatchResult();
		result.reports = reportCount;
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
			Map<String, byte[]> outputs = renderer.render(report, base, kinds);
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

	private static void bar(CommandContext context, int done, int total) {
		int width = 30;
		int filled = total == 0 ? width : (int) ((long) done * width / total);
		context.err().print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total);
		context.err().flush();
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
		Path temp = null;
		try {
			temp = Files.createTempFile(out, ".gpr-", ".tmp");
			try (OutputStream stream = Files.newOutputStream(temp)) {
				stream.write(content);
			}
			readable(temp);
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			temp = null;
		} catch (FileSystemException e) {
			throw new OutputException(MESSAGES.get("generate.writeFailed", join(outArg, name), reason(e)));
		} catch (IOException e) {
			String reason = e.getMessage() != null && e.getMessage().contains("No space left")
					? MESSAGES.get("generate.diskFull") : String.valueOf(e.getMessage());
			throw new OutputException(MESSAGES.get("generate.writeFailed", join(outArg, name), reason));
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// nothing more can be done; the temporary file's name starts with .gpr-
				}
			}
		}
	}
}
