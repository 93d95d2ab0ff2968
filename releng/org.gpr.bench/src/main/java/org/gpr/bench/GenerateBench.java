package org.gpr.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./bench generate [N...]}: writes N synthetic reports (default 100, 500 and 1,000) into a
 * temporary folder and times, each as a fresh JVM started the way {@code ./gpr} starts one
 * ({@code java -cp 'releng/org.gpr.cli/target/lib/*'}, start-up included):
 * <ol>
 * <li>a parse-only pass ({@link ParseOnly}), the baseline;</li>
 * <li>{@code gpr check DIR};</li>
 * <li>{@code gpr generate DIR --out OUT --formats html,json}.</li>
 * <li>{@code gpr generate DIR --out OUT --formats pdf,docx}.</li>
 * </ol>
 * {@code gpr check} and {@code gpr generate} run through the release's start script
 * ({@code releng/org.gpr.cli/target/gpr-VERSION/bin/gpr}, when the build has made it), so with the
 * collector, compilers and class data sharing archive a user's {@code gpr} runs with; the heap
 * limit and the GC log are added through {@code GPR_JAVA_OPTS}.
 * Prints reports per second, the ratio of each time to the parse-only time, the CPU time of the
 * child (every thread), the peak heap (the most in use before a collection, garbage included, from
 * the JVM's GC log, -Xlog:gc), the live heap and the peak resident memory (VmHWM of
 * /proc/PID/status). The live heap of a generate pass is measured, not guessed from young
 * collections: when the output folder holds 50, 100, 250, 500, 750, 1,000, 1,500 … reports' files
 * (below N), the bench forces a full collection in the child ({@code jcmd PID GC.run}) and reads
 * the heap left after it from the GC log; the column shows the largest, and at the end the PDF and
 * Word pass of every N is printed side by side with every such figure, so that a heap that grows
 * with N shows. The child JVMs run with {@code -Xmx512m}: a command that needs more heap fails.
 */
public final class GenerateBench {

	private static final String HEAP = System.getProperty("gpr.bench.heap", "512m");

	record Result(String name, int exit, double seconds, long peakHeapMb, long liveHeapMb, long peakRssMb, String tail,
			double cpuSeconds, List<String> liveAt, long missingGlyphs) {

		Result(String name, int exit, double seconds, long peakHeapMb, long liveHeapMb, long peakRssMb, String tail,
				double cpuSeconds) {
			this(name, exit, seconds, peakHeapMb, liveHeapMb, peakRssMb, tail, cpuSeconds, List.of(), 0);
		}
	}

	/**
	 * The warning of a PDF for a character that no font covers: the text of pdf.missingGlyph in the
	 * publishing bundle's Chinese messages (the children run with LANG=zh_CN.UTF-8, or
	 * -Duser.language=zh), its arguments (the character and its code point) matching anything.
	 */
	private static final Pattern MISSING_GLYPH = missingGlyph();

	private static Pattern missingGlyph() {
		String text = java.util.ResourceBundle.getBundle("org.gpr.publish.messages", Locale.ROOT,
				java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString("pdf.missingGlyph");
		StringBuilder regex = new StringBuilder();
		for (String part : text.split("\\{\\d+\\}", -1)) {
			regex.append(regex.length() == 0 ? "" : ".*").append(Pattern.quote(part));
		}
		return Pattern.compile(regex.toString());
	}

	/** What the figures of a PDF pass that warned of characters no font covers are marked with. */
	private static String notRealPdfRun(long warnings) {
		return "NOT A REAL PDF RUN: " + warnings + " warnings of characters no font covers";
	}

	/** The release's start script the build leaves in releng/org.gpr.cli/target, or null. */
	static Path startScript(Path root) throws IOException {
		Path target = root.resolve("releng/org.gpr.cli/target");
		if (!Files.isDirectory(target)) {
			return null;
		}
		try (Stream<Path> found = Files.list(target)) {
			return found.filter(p -> p.getFileName().toString().matches("gpr-[0-9].*") && Files.isDirectory(p))
					.map(p -> p.resolve("bin/gpr")).filter(Files::isExecutable).findFirst().orElse(null);
		}
	}

	/**
	 * What the benchmarks that start child JVMs share: the class path of the built command line
	 * (exits with 2 when it is not built), the synthetic report they copy, and the sizes asked for.
	 */
	record Setup(String classpath, String template, List<Integer> sizes) {

		static Setup of(Path root, String[] args, List<Integer> defaults) throws IOException {
			Path lib = root.resolve("releng/org.gpr.cli/target/lib");
			Path classes = root.resolve("releng/org.gpr.bench/target/org.gpr.bench-1.0.0-SNAPSHOT.jar");
			if (!Files.isDirectory(lib) || !Files.exists(classes)) {
				System.err.println("bench: build first (./mvnw -B install), then run ./bench from the repository's root");
				System.exit(2);
			}
			String template = Files.readString(root.resolve("examples/synthetic-2021/synthetic-2021.gpr"),
					StandardCharsets.UTF_8);
			List<Integer> sizes = new ArrayList<>();
			for (String arg : args) {
				sizes.add(Integer.parseInt(arg.replace(",", "").replace("_", "")));
			}
			return new Setup(lib + File.separator + "*" + File.pathSeparator + classes, template,
					sizes.isEmpty() ? defaults : sizes);
		}
	}

	public static void run(Path root, String[] args) throws Exception {
		Setup setup = Setup.of(root, args, List.of(100, 500, 1_000));
		String template = setup.template();
		List<Integer> sizes = setup.sizes();
		String classpath = setup.classpath();
		Path script = startScript(root);
		System.out.printf(Locale.ROOT, "gpr generate benchmark: %d cores, child JVMs with -Xmx%s, JVM start-up included; "
				+ "check and generate through %s%n", Runtime.getRuntime().availableProcessors(), HEAP,
				script == null ? "java -cp lib/* (no release start script built)" : "the release start script bin/gpr");
		System.out.println("live heap: the most left after a full GC forced (jcmd GC.run) when 50, 100, 250, 500, 750, 1000 … "
				+ "reports' files were written; \"-\" where none was forced");
		System.out.printf(Locale.ROOT, "%-8s %-34s %9s %11s %7s %9s %10s %10s %9s  %s%n", "N", "pass", "seconds", "reports/s",
				"ratio", "CPU s", "peak heap", "live heap", "peak RSS", "exit");
		List<String> documentsSummary = new ArrayList<>();
		warmPdf(root, classpath);
		for (int n : sizes) {
			Path work = Files.createTempDirectory("gpr-bench-");
			try {
				Path reports = work.resolve("reports");
				Files.createDirectories(reports);
				synthesise(template, n, reports);
				Path out = work.resolve("out");
				List<Result> results = new ArrayList<>();
				results.add(run("parse only", work, classpath, "org.gpr.bench.ParseOnly", reports.toString()));
				results.add(run("gpr check", work, classpath, script, null, null, n, "check", reports.toString()));
				results.add(run("gpr generate --formats html,json", work, classpath, script, out, ".html", n, "generate",
						reports.toString(), "--out", out.toString(), "--formats", "html,json"));
				Path documents = work.resolve("documents");
				results.add(run("gpr generate --formats pdf,docx", work, classpath, script, documents, ".pdf", n, "generate",
						reports.toString(), "--out", documents.toString(), "--formats", "pdf,docx"));
				double base = results.get(0).seconds();
				for (Result r : results) {
					System.out.printf(Locale.ROOT, "%-8d %-34s %9.2f %11.1f %7.2f %9.1f %7d MB %10s %6d MB  %d%n", n,
							r.name(), r.seconds(), n / r.seconds(), r.seconds() / base, r.cpuSeconds(), r.peakHeapMb(),
							r.liveHeapMb() < 0 ? "-" : r.liveHeapMb() + " MB", r.peakRssMb(), r.exit());
					if (r.exit() > 1) {
						System.out.println("         " + r.tail().replace("\n", "\n         "));
					}
				}
				long written;
				try (Stream<Path> files = Files.exists(out) ? Files.list(out) : Stream.empty()) {
					written = files.count();
				}
				System.out.printf(Locale.ROOT, "%-8d %d files written by generate (expected %d)%n", n, written, 2L * n);
				try (Stream<Path> files = Files.exists(documents) ? Files.list(documents) : Stream.empty()) {
					written = files.count();
				}
				System.out.printf(Locale.ROOT, "%-8d %d PDF and Word files written (expected %d)%n", n, written, 2L * n);
				Result pass = results.get(results.size() - 1);
				if (pass.missingGlyphs() > 0) {
					// without the CJK fonts every character is looked up in vain in each face (an exception
					// each time in PDFBox): a different and slower run than a real report's
					System.out.printf(Locale.ROOT, "%-8d %s (install fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei, "
							+ "as ./test does)%n", n, notRealPdfRun(pass.missingGlyphs()));
				}
				documentsSummary.add(String.format(Locale.ROOT,
						"N = %-6d %6.1f reports/s  %6.0f CPU ms/report  peak heap %4d MB  exit %d  files %d of %d  "
								+ "live heap after full GC at [reports written: MB] %s%s", n,
						n / pass.seconds(), pass.cpuSeconds() * 1000 / n, pass.peakHeapMb(), pass.exit(),
						written, 2L * n, pass.liveAt().isEmpty() ? "-" : String.join(" ", pass.liveAt()),
						pass.missingGlyphs() > 0 ? "  (" + notRealPdfRun(pass.missingGlyphs()) + ")" : ""));
			} finally {
				delete(work);
			}
		}
		System.out.printf(Locale.ROOT, "gpr generate --formats pdf,docx (fresh JVM, start-up included, -Xmx%s; target >= 20 reports/s, "
				+ "heap flat in N):%n", HEAP);
		documentsSummary.forEach(line -> System.out.println("  " + line));
	}

	/** The customs example's PDF in one warm JVM: the median of the last 10 of 15 runs of gpr generate --formats pdf. */
	private static void warmPdf(Path root, String classpath) throws IOException, InterruptedException {
		Path work = Files.createTempDirectory("gpr-bench-pdf-");
		try {
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP,
					"-Duser.language=zh", "-Duser.country=CN", "-Dfile.encoding=UTF-8", "-cp", classpath,
					"org.gpr.bench.WarmPdf", root.resolve("examples/customs-2020").toString(), work.toString());
			Process process = new ProcessBuilder(command).inheritIO().start();
			process.waitFor();
		} finally {
			delete(work);
		}
	}

	/** N copies of the synthetic 2021 report, each with its own body, title and a few numbers of its own. */
	static void synthesise(String template, int n, Path folder) throws IOException {
		for (int i = 1; i <= n; i++) {
			String body = "示例市第" + i + "机关（合成示例）";
			String text = template.replace("示例市数据资源管理局（合成示例）", body)
					.replace("示例市数据资源管理局2021年", "示例市第" + i + "机关2021年")
					.replace("行政许可         1325", "行政许可         " + (1000 + i));
			Files.writeString(folder.resolve(String.format(Locale.ROOT, "report-%05d.gpr", i)), text, StandardCharsets.UTF_8);
		}
	}

	static Result run(String name, Path work, String classpath, String main, String... args)
			throws IOException, InterruptedException {
		Path gcLog = work.resolve("gc-" + name.replaceAll("[^a-z]", "") + ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + HEAP, "-Xlog:gc:file=" + gcLog, "-Duser.language=zh", "-Duser.country=CN", "-Dfile.encoding=UTF-8",
				"-cp", classpath, main));
		command.addAll(List.of(args));
		return run(name, work, new ProcessBuilder(command), gcLog, null, null, 0);
	}

	/**
	 * The gpr command through the release's start script (when built, else java -cp lib/*), and,
	 * when written is given, full collections forced when that folder holds 50, 100, 250 … files
	 * ending in suffix (fewer than n): the heap left after each is the live heap.
	 */
	static Result run(String name, Path work, String classpath, Path script, Path written, String suffix, int n,
			String... args) throws IOException, InterruptedException {
		if (script == null) {
			return run(name, work, classpath, "org.gpr.cli.Main", args);
		}
		Path gcLog = work.resolve("gc-" + name.replaceAll("[^a-z]", "") + ".log");
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("GPR_JAVA_OPTS", "-Xmx" + HEAP + " -Xlog:gc:file=" + gcLog);
		builder.environment().put("LANG", "zh_CN.UTF-8");
		builder.environment().remove("LC_ALL");
		builder.environment().remove("LC_MESSAGES");
		return run(name, work, builder, gcLog, written, suffix, n);
	}

	/**
	 * Runs a command (a JVM, or a start script that execs one: the same process) with these
	 * environment variables added, and measures it; {@code gcLog} is where the JVM was told to write
	 * its GC log.
	 */
	static Result measure(String name, Path work, List<String> command, java.util.Map<String, String> env, Path gcLog)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(env);
		return run(name, work, builder, gcLog, null, null, 0);
	}

	/** The report counts at which a full collection is forced: 50, 100, 250, 500, 750, 1000, then every 500, below n. */
	static List<Integer> checkpoints(int n) {
		List<Integer> points = new ArrayList<>();
		for (int p : new int[] { 50, 100, 250, 500, 750, 1000 }) {
			if (p < n) {
				points.add(p);
			}
		}
		for (int p = 1500; p < n; p += 500) {
			points.add(p);
		}
		return points;
	}

	private static Result run(String name, Path work, ProcessBuilder builder, Path gcLog, Path written, String suffix, int n)
			throws IOException, InterruptedException {
		Path stdout = work.resolve("stdout.txt");
		Path stderr = work.resolve("stderr.txt");
		List<Integer> points = written == null ? List.of() : checkpoints(n);
		List<Integer> forcedAt = new ArrayList<>();
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		long start = System.nanoTime();
		Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
		long peakRss = 0;
		long cpuNanos = 0;
		long lastCount = 0;
		int next = 0;
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		while (process.isAlive()) {
			peakRss = Math.max(peakRss, vmHwmKb(status));
			// the child's CPU time (every thread), last seen before it ends: less than 20 ms short
			cpuNanos = Math.max(cpuNanos, process.toHandle().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L));
			if (next < points.size() && System.nanoTime() - lastCount > 100_000_000L) {
				lastCount = System.nanoTime();
				int count = count(written, suffix);
				if (count >= points.get(next)) {
					// a full collection in the child: the heap after it is what the command holds
					Process gc = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "GC.run").redirectErrorStream(true)
							.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
					if (gc.waitFor() == 0) {
						forcedAt.add(count);
					}
					while (next < points.size() && points.get(next) <= count) {
						next++;
					}
				}
			}
			Thread.sleep(20);
		}
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		String err = Files.readString(stderr, StandardCharsets.UTF_8);
		String tail = err.lines().reduce((a, b) -> b).orElse("");
		List<Long> afterFull = afterFullGc(gcLog);
		List<String> liveAt = new ArrayList<>();
		long live = -1;
		for (int i = 0; i < Math.min(forcedAt.size(), afterFull.size()); i++) {
			liveAt.add(forcedAt.get(i) + ": " + afterFull.get(i));
			live = Math.max(live, afterFull.get(i));
		}
		long missing = err.lines().filter(line -> MISSING_GLYPH.matcher(line).find()).count();
		return new Result(name, exit, seconds, heapMb(gcLog, 1), live, peakRss / 1024, tail, cpuNanos / 1e9, liveAt,
				missing);
	}

	private static int count(Path folder, String suffix) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return (int) files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	/** The heap left after each full collection the bench forced (jcmd GC.run: "Pause Full (Diagnostic Command) 300M->40M(512M)"), in MB. */
	private static List<Long> afterFullGc(Path gcLog) throws IOException {
		List<Long> after = new ArrayList<>();
		if (!Files.exists(gcLog)) {
			return after;
		}
		Pattern full = Pattern.compile("Pause Full \\((?:Diagnostic Command|System\\.gc\\(\\))\\) (\\d+)M->(\\d+)M\\((\\d+)M\\)");
		for (String line : Files.readAllLines(gcLog)) {
			Matcher m = full.matcher(line);
			if (m.find()) {
				after.add(Long.parseLong(m.group(2)));
			}
		}
		return after;
	}

	private static long vmHwmKb(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		} catch (IOException | RuntimeException e) {
			// the process has just ended
		}
		return 0;
	}

	/**
	 * From lines like "Pause Young … 120M->30M(256M)": the largest heap in use before a collection
	 * (group 1: live data and garbage), or after one (group 2: what the program really holds).
	 */
	private static long heapMb(Path gcLog, int group) throws IOException {
		if (!Files.exists(gcLog)) {
			return -1;
		}
		Pattern sizes = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
		long peak = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher m = sizes.matcher(line);
			while (m.find()) {
				peak = Math.max(peak, Long.parseLong(m.group(group)));
			}
		}
		return peak;
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
