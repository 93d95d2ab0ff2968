package org.gpr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./bench start}: the wall time of one-report {@code gpr check} through the release's start
 * script ({@code releng/org.gpr.cli/target/gpr-VERSION/bin/gpr}), median of 10 runs, each a cold JVM,
 * with the class data sharing archive and without it ({@code GPR_CDS=off}), beside {@code java -version}
 * as the floor and the start script's own cost ({@code GPR_DRY_RUN=1}: everything but the JVM);
 * then {@code gpr check} over 1,000 synthetic reports, start-up included. Figures only.
 */
public final class StartBench {

	private static final int RUNS = 10;

	private StartBench() {
	}

	/** The release's start script, releng/org.gpr.cli/target/gpr-VERSION/bin/gpr; exits with 2 when it is not built. */
	static String startScript(Path root) throws IOException {
		Path script = GenerateBench.startScript(root);
		if (script == null) {
			System.err.println("bench: build first (./mvnw -B install -pl …,releng/org.gpr.cli): no releng/org.gpr.cli/target/gpr-VERSION/bin/gpr");
			System.exit(2);
		}
		return script.toString();
	}

	public static void run(Path root) throws Exception {
		String gpr = startScript(root);
		String report = root.resolve("examples/customs-2020/customs-2020.gpr").toString();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		System.out.printf(Locale.ROOT, "gpr start benchmark: %d cores, median (min–max) of %d cold runs, wall time%n",
				Runtime.getRuntime().availableProcessors(), RUNS);
		System.out.printf(Locale.ROOT, "%-52s %10s %20s%n", "what", "median", "min–max");
		row("java -version (the floor)", List.of(java, "-version"), Map.of());
		row("bin/gpr, the script alone (GPR_DRY_RUN=1)", List.of(gpr, "check", report), Map.of("GPR_DRY_RUN", "1"));
		row("gpr check customs-2020.gpr, without CDS (GPR_CDS=off)", List.of(gpr, "check", report), Map.of("GPR_CDS", "off"));
		row("gpr check customs-2020.gpr, with the CDS archive", List.of(gpr, "check", report), Map.of());
		row("gpr --version, with the CDS archive", List.of(gpr, "--version"), Map.of());
		breakdown(List.of(gpr, "check", report));

		Path work = Files.createTempDirectory("gpr-bench-start-");
		try {
			Path reports = work.resolve("reports");
			Files.createDirectories(reports);
			String template = Files.readString(root.resolve("examples/synthetic-2021/synthetic-2021.gpr"), StandardCharsets.UTF_8);
			GenerateBench.synthesise(template, 1000, reports);
			for (Map<String, String> env : List.of(Map.of("GPR_CDS", "off"), Map.<String, String>of())) {
				long start = System.nanoTime();
				int exit = exec(List.of(gpr, "check", reports.toString()), env);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf(Locale.ROOT, "gpr check of 1,000 synthetic reports%s: %.2f s, %.0f reports/s (exit %d)%n",
						env.isEmpty() ? ", with CDS" : ", without CDS", seconds, 1000 / seconds, exit);
			}
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	private static void row(String name, List<String> command, Map<String, String> env) throws IOException, InterruptedException {
		List<Double> times = new ArrayList<>();
		int exit = 0;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			exit = Math.max(exit, exec(command, env));
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(null);
		double median = (times.get(RUNS / 2 - 1) + times.get(RUNS / 2)) / 2;
		System.out.printf(Locale.ROOT, "%-52s %7.0f ms %8.0f–%.0f ms%s%n", name, median, times.get(0), times.get(RUNS - 1),
				exit > 1 ? "  (exit " + exit + ")" : "");
	}

	/**
	 * Where the time of a one-report check goes, with the CDS archive: the marks of
	 * {@code -Dgpr.trace.start=true} (org.gpr.cli.StartTrace), median of each phase over the runs.
	 */
	private static void breakdown(List<String> command) throws IOException, InterruptedException {
		Map<String, List<Long>> phases = new java.util.LinkedHashMap<>();
		for (int i = 0; i < RUNS; i++) {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
			// the launch time, so that "jvm" (the start script and the JVM, to main) is exact
			builder.environment().put("GPR_JAVA_OPTS", "-Dgpr.trace.start=true -Dgpr.trace.t0=" + System.currentTimeMillis());
			Process process = builder.start();
			String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			for (String line : err.split("\n")) {
				if (line.startsWith("gpr-start:")) {
					for (String item : line.substring("gpr-start:".length()).trim().split(" ")) {
						String[] pair = item.split("=");
						phases.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(Long.parseLong(pair[1]));
					}
				}
			}
		}
		if (phases.isEmpty()) {
			System.out.println("breakdown: no gpr-start line (a release without org.gpr.cli.StartTrace?)");
			return;
		}
		System.out.println("where a one-report check's time goes, with CDS (median ms of each phase; -Dgpr.trace.start=true):");
		StringBuilder line = new StringBuilder();
		phases.forEach((phase, times) -> {
			times.sort(null);
			line.append(String.format(Locale.ROOT, "  %s %d", phase, times.get(times.size() / 2)));
		});
		System.out.println(line);
		System.out.println("  (jvm: the start script and the JVM, process start to main; commandline: picocli's tree; parsed: the arguments; read: the files;"
				+ " injector: the wait for Guice and EMF (made on a thread of their own from main on; main initialises the parser's classes meanwhile); loaded: the reports parsed;"
				+ " validated: linked (the shipped format the report's format extends parsed) and validated;"
				+ " printed: the findings)");
	}

	private static int exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().putAll(env);
		return builder.start().waitFor();
	}
}
