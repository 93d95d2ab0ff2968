package org.gpr.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gpr.cli.Main;

/**
 * {@code gpr generate FOLDER --formats pdf} (and docx) run 15 times in one JVM: prints the median
 * of the last 10 runs, the time a warm process (an editor's builder, a server) takes per report.
 */
public final class WarmPdf {

	private WarmPdf() {
	}

	public static void main(String[] args) {
		Path folder = Path.of(args[0]);
		Path out = Path.of(args[1]);
		for (String formats : new String[] { "pdf", "docx" }) {
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < 15; i++) {
				ByteArrayOutputStream sink = new ByteArrayOutputStream();
				PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
				long start = System.nanoTime();
				int exit = new Main(quiet, quiet, Path.of("").toAbsolutePath())
						.run(new String[] { "generate", folder.toString(), "--out", out.toString(), "--formats", formats });
				times.add((System.nanoTime() - start) / 1e6);
				if (exit != Main.OK) {
					System.out.println("warm " + formats + ": exit " + exit + "\n" + sink.toString(StandardCharsets.UTF_8));
					return;
				}
			}
			List<Double> warm = new ArrayList<>(times.subList(5, times.size()));
			warm.sort(null);
			System.out.printf(Locale.ROOT, "customs example, gpr generate --formats %s in a warm JVM: median %.0f ms "
					+ "(first run %.0f ms, check included)%n", formats, warm.get(warm.size() / 2), times.get(0));
		}
	}
}
