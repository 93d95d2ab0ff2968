package org.gpr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./bench rollup [N...]}: a roster of N synthetic member reports (default 250, 1,000 and
 * 2,000: a large city) and times, each as a fresh JVM (start-up included, {@code -Xmx512m}):
 * <ol>
 * <li>{@code gpr rollup ROSTER --out DIR}: reads and checks every member, writes the aggregate;</li>
 * <li>{@code gpr check ROSTER AGGREGATE}: the roster's entries (every member checked) and the
 * aggregate's cells against the members' sums;</li>
 * <li>{@code gpr generate AGGREGATE --formats html --figures}.</li>
 * </ol>
 * Each command runs the way a user runs it: through the release's start script
 * ({@code releng/org.gpr.cli/target/gpr-VERSION/bin/gpr}, with its class data sharing archive and
 * its JVM flags), {@code -Dgpr.bench.runs} times (default 3; the median and the range are
 * printed); and once as {@code java -cp 'releng/org.gpr.cli/target/lib/*' org.gpr.cli.Main}
 * (no archive, the JVM's default flags), the figure this benchmark printed before. Prints the
 * seconds, CPU seconds (all threads), members per second, the peak heap from the GC log (garbage
 * included), the live heap and the peak resident memory of each, and then, per N, the figure the
 * issue names: the wall time of check + generate and the live heap of each, so that growth in N
 * shows. The live heap is measured in one more run of each command through the start script, not
 * timed: every 250 ms {@code jcmd PID GC.class_histogram} (which collects the whole heap first)
 * gives the bytes still reachable; the largest is printed. Asserts nothing.
 */
public final class RollupBench {

	private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)\\s*$", Pattern.MULTILINE);

	private static final int RUNS = Math.max(1, Integer.getInteger("gpr.bench.runs", 3));

	private RollupBench() {
	}

	/** The runs of one pass through the start script: the median's result, and the range of the seconds. */
	private record Runs(GenerateBench.Result median, double min, double max, double cpuMedian) {
	}

	public static void run(Path root, String[] args) throws Exception {
		GenerateBench.Setup setup = GenerateBench.Setup.of(root, args, List.of(250, 1_000, 2_000));
		String gpr = StartBench.startScript(root);
		String template = setup.template();
		List<Integer> sizes = setup.sizes();
		String classpath = setup.classpath();
		System.out.printf(Locale.ROOT,
				"gpr rollup benchmark: %d cores, every pass a fresh JVM with -Xmx512m, start-up included; wall seconds"
						+ " (median of %d runs through bin/gpr, and one run of java -cp lib/*) and CPU seconds (all threads)%n",
				Runtime.getRuntime().availableProcessors(), RUNS);
		System.out.printf(Locale.ROOT, "%-8s %-36s %-10s %9s %15s %9s %11s %10s %10s %9s  %s%n", "members", "pass", "how", "seconds",
				"min–max", "CPU s", "members/s", "peak heap", "live heap", "peak RSS", "exit");
		List<String> summary = new ArrayList<>();
		for (int n : sizes) {
			Path work = Files.createTempDirectory("gpr-bench-rollup-");
			try {
				Path members = Files.createDirectories(work.resolve("members"));
				GenerateBench.synthesise(template, n, members);
				StringBuilder roster = new StringBuilder("// 合成示例（虚构数据）：基准测试的汇总名单\n")
						.append("roster \"示例市（合成示例）\" year 2021 format gov2021 {\n");
				for (int i = 1; i <= n; i++) {
					roster.append(i == 1 ? "  own" : "  member").append(" \"示例市第").append(i).append("机关（合成示例）\" \"members/")
							.append(String.format(Locale.ROOT, "report-%05d.gpr", i)).append("\"\n");
				}
				roster.append("}\n");
				Path rosterFile = work.resolve("city.gpr");
				Files.writeString(rosterFile, roster, StandardCharsets.UTF_8);
				Path aggregate = work.resolve("city-rollup.gpr");
				List<String> rollup = List.of("rollup", rosterFile.toString(), "--out", work.toString(), "--force");
				List<String> check = List.of("check", rosterFile.toString(), aggregate.toString());
				List<String> generate = List.of("generate", aggregate.toString(), "--out", work.resolve("out").toString(),
						"--formats", "html", "--figures");
				List<GenerateBench.Result> plain = new ArrayList<>();
				List<Runs> script = new ArrayList<>();
				List<Long> live = new ArrayList<>();
				for (List<String> command : List.of(rollup, check, generate)) {
					String name = "gpr " + command.get(0) + (command == check ? " roster aggregate"
							: command == generate ? " aggregate --figures" : "");
					script.add(runs(name, work, gpr, command));
					plain.add(GenerateBench.run(name, work, classpath, "org.gpr.cli.Main", command.toArray(String[]::new)));
					live.add(liveHeapMb(work, gpr, command));
				}
				for (int i = 0; i < plain.size(); i++) {
					Runs runs = script.get(i);
					GenerateBench.Result r = runs.median();
					System.out.printf(Locale.ROOT, "%-8d %-36s %-10s %9.2f %7.2f–%-7.2f %9.2f %11.1f %7d MB %7s MB %6d MB  %d%n", n,
							r.name(), "bin/gpr", r.seconds(), runs.min(), runs.max(), runs.cpuMedian(), n / r.seconds(),
							r.peakHeapMb(), mb(live.get(i)), r.peakRssMb(), r.exit());
					if (r.exit() > 1) {
						System.out.println("         " + r.tail().replace("\n", "\n         "));
					}
					GenerateBench.Result p = plain.get(i);
					System.out.printf(Locale.ROOT, "%-8d %-36s %-10s %9.2f %15s %9.2f %11.1f %7d MB %7s MB %6d MB  %d%n", n, p.name(),
							"java -cp", p.seconds(), "", p.cpuSeconds(), n / p.seconds(), p.peakHeapMb(), "-", p.peakRssMb(),
							p.exit());
					if (p.exit() > 1) {
						System.out.println("         " + p.tail().replace("\n", "\n         "));
					}
				}
				Runs c = script.get(1);
				Runs g = script.get(2);
				summary.add(String.format(Locale.ROOT, "%-8d %-10s %9.2f %9.2f %14s MB %14s MB", n, "bin/gpr",
						c.median().seconds() + g.median().seconds(), c.cpuMedian() + g.cpuMedian(), mb(live.get(1)),
						mb(live.get(2))));
				summary.add(String.format(Locale.ROOT, "%-8d %-10s %9.2f %9.2f", n, "java -cp",
						plain.get(1).seconds() + plain.get(2).seconds(), plain.get(1).cpuSeconds() + plain.get(2).cpuSeconds()));
			} finally {
				GenerateBench.delete(work);
			}
		}
		System.out.println();
		System.out.println("check + generate of the roster and the aggregate (the target: <= 10 s for 1,000 members, memory flat in N;"
				+ " bin/gpr: the sum of the medians)");
		System.out.printf(Locale.ROOT, "%-8s %-10s %9s %9s %17s %17s%n", "members", "how", "seconds", "CPU s", "live heap check",
				"live heap generate");
		summary.forEach(System.out::println);
	}

	/** The command through the release's start script, {@link #RUNS} times. */
	private static Runs runs(String name, Path work, String gpr, List<String> args) throws IOException, InterruptedException {
		List<GenerateBench.Result> results = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			Path gcLog = work.resolve("gc-script.log");
			Files.deleteIfExists(gcLog);
			List<String> command = new ArrayList<>(List.of(gpr));
			command.addAll(args);
			// GPR_JAVA_OPTS come after the script's own flags: this heap and this GC log win
			results.add(GenerateBench.measure(name, work, command,
					Map.of("GPR_JAVA_OPTS", "-Xmx512m -Xlog:gc:file=" + gcLog, "LANG", "zh_CN.UTF-8"), gcLog));
		}
		List<GenerateBench.Result> bySeconds = new ArrayList<>(results);
		bySeconds.sort(java.util.Comparator.comparingDouble(GenerateBench.Result::seconds));
		List<Double> cpu = new ArrayList<>(results.stream().map(GenerateBench.Result::cpuSeconds).toList());
		cpu.sort(null);
		return new Runs(bySeconds.get(RUNS / 2), bySeconds.get(0).seconds(), bySeconds.get(RUNS - 1).seconds(),
				cpu.get(RUNS / 2));
	}

	private static String mb(long value) {
		return value < 0 ? "?" : Long.toString(value);
	}

	/**
	 * Runs the command again through the start script (not timed) and asks the JVM every 250 ms for
	 * a class histogram, which collects the whole heap first: the largest total is what the command
	 * really holds. -1 when no histogram could be taken (the command ended before the JVM answered).
	 */
	private static long liveHeapMb(Path work, String gpr, List<String> args) throws IOException, InterruptedException {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		List<String> command = new ArrayList<>(List.of(gpr));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(work.resolve("live-stdout.txt").toFile())
				.redirectError(work.resolve("live-stderr.txt").toFile());
		builder.environment().putAll(Map.of("GPR_JAVA_OPTS", "-Xmx512m", "LANG", "zh_CN.UTF-8"));
		Process process = builder.start();
		long peak = -1;
		while (process.isAlive()) {
			Thread.sleep(250);
			Process probe = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "GC.class_histogram")
					.redirectErrorStream(true).start();
			String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			probe.waitFor();
			Matcher m = TOTAL.matcher(out);
			if (m.find()) {
				peak = Math.max(peak, Long.parseLong(m.group(1)));
			}
		}
		process.waitFor();
		return peak < 0 ? -1 : (peak + (1 << 19)) >> 20;
	}
}
