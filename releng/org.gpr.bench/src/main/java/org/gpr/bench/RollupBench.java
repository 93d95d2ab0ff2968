package org.gpr.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./bench rollup [N...]}: a roster of N synthetic member reports (default 250, 1,000 and
 * 2,000: a large city) and times, each as a fresh JVM started the way {@code ./gpr} starts one
 * (start-up included, {@code -Xmx512m}):
 * <ol>
 * <li>{@code gpr rollup ROSTER --out DIR}: reads and checks every member, writes the aggregate;</li>
 * <li>{@code gpr check ROSTER AGGREGATE}: the roster's entries (every member checked) and the
 * aggregate's cells against the members' sums;</li>
 * <li>{@code gpr generate AGGREGATE --formats html --figures}.</li>
 * </ol>
 * Prints the seconds, members per second and the peak heap (before and after a collection) and
 * peak resident memory of each, so that growth in N shows. Asserts nothing.
 */
public final class RollupBench {

	private RollupBench() {
	}

	public static void run(Path root, String[] args) throws Exception {
		GenerateBench.Setup setup = GenerateBench.Setup.of(root, args, List.of(250, 1_000, 2_000));
		String template = setup.template();
		List<Integer> sizes = setup.sizes();
		String classpath = setup.classpath();
		System.out.printf(Locale.ROOT, "gpr rollup benchmark: %d cores, child JVMs with -Xmx512m, JVM start-up included%n",
				Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "%-8s %-44s %9s %9s %11s %10s %10s %9s  %s%n", "members", "pass", "seconds",
				"CPU s", "members/s", "peak heap", "live heap", "peak RSS", "exit");
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
				List<GenerateBench.Result> results = new ArrayList<>();
				results.add(GenerateBench.run("gpr rollup", work, classpath, "org.gpr.cli.Main", "rollup",
						rosterFile.toString(), "--out", work.toString()));
				results.add(GenerateBench.run("gpr check roster aggregate", work, classpath, "org.gpr.cli.Main", "check",
						rosterFile.toString(), aggregate.toString()));
				results.add(GenerateBench.run("gpr generate aggregate --figures", work, classpath, "org.gpr.cli.Main",
						"generate", aggregate.toString(), "--out", work.resolve("out").toString(), "--formats", "html",
						"--figures"));
				for (GenerateBench.Result r : results) {
					System.out.printf(Locale.ROOT, "%-8d %-44s %9.2f %9.2f %11.1f %7d MB %7d MB %6d MB  %d%n", n, r.name(),
							r.seconds(), r.cpuSeconds(), n / r.seconds(), r.peakHeapMb(), r.liveHeapMb(), r.peakRssMb(),
							r.exit());
					if (r.exit() != 0) {
						System.out.println("         " + r.tail().replace("\n", "\n         "));
					}
				}
				double total = results.stream().mapToDouble(GenerateBench.Result::seconds).sum();
				double cpu = results.stream().mapToDouble(GenerateBench.Result::cpuSeconds).sum();
				System.out.printf(Locale.ROOT, "%-8d %-44s %9.2f %9.2f%n", n, "rollup + check + generate", total, cpu);
				GenerateBench.Result check = results.get(1);
				GenerateBench.Result generate = results.get(2);
				System.out.printf(Locale.ROOT, "%-8d %-44s %9.2f %9.2f%n", n, "check + generate (the target: <= 10 s)",
						check.seconds() + generate.seconds(), check.cpuSeconds() + generate.cpuSeconds());
			} finally {
				GenerateBench.delete(work);
			}
		}
	}
}
