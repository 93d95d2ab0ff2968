package org.gpr.publish.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gpr.cli.Main;
import org.jsoup.Jsoup;

/** Runs {@code gpr generate} on the customs example, once per JVM, into target/. */
final class Generate {

	static final Path ROOT = Path.of("").toAbsolutePath();
	private static Path out;

	private Generate() {
	}

	static synchronized Path customs() throws IOException {
		if (out == null) {
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
			Path dir = ROOT.resolve("releng/org.gpr.publish.check/target/generated");
			Files.createDirectories(dir);
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int exit = new Main(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), ROOT)
					.run(new String[] { "generate", "examples/customs-2020", "--out", dir.toString() });
			if (exit != Main.OK) {
				throw new IllegalStateException("gpr generate: exit " + exit + "\n" + err.toString(StandardCharsets.UTF_8));
			}
			out = dir;
		}
		return out;
	}

	private static Path figures;

	/** {@code gpr generate --figures} on the synthetic 2021 example (figures, their charts as bars), once per JVM. */
	static synchronized Path figures() throws IOException {
		if (figures == null) {
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
			Path dir = ROOT.resolve("releng/org.gpr.publish.check/target/generated-figures");
			Files.createDirectories(dir);
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int exit = new Main(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), ROOT).run(new String[] {
					"generate", "examples/synthetic-2021", "--out", dir.toString(), "--formats", "pdf", "--figures" });
			if (exit != Main.OK) {
				throw new IllegalStateException("gpr generate --figures: exit " + exit + "\n" + err.toString(StandardCharsets.UTF_8));
			}
			figures = dir;
		}
		return figures;
	}

	/** The value cells of the generated HTML's tables in document order (blank ones left out). */
	static List<String> tableNumbers(Path html) throws IOException {
		List<String> numbers = new ArrayList<>();
		for (var td : Jsoup.parse(html.toFile(), "UTF-8").select("table.form td")) {
			if (!td.text().isBlank()) {
				numbers.add(td.text().trim());
			}
		}
		return numbers;
	}

	/** The index of the first expected value the text does not hold in order as a token, or -1. */
	static int firstMissingInOrder(String text, List<String> expected) {
		int next = 0;
		for (String token : text.split("\\s+")) {
			if (next < expected.size() && token.equals(expected.get(next))) {
				next++;
			}
		}
		return next == expected.size() ? -1 : next;
	}
}
