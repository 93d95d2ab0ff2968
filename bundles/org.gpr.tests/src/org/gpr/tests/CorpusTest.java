package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gpr.cli.Main;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real published reports ({@code resources/corpus}, README there): for each page,
 * its {@code .expected} file holds the cells as published, written by hand from the source, the
 * publication date, and the exact findings gpr must report. The test imports the page with
 * {@code gpr import}, checks the result with {@code gpr check}, and asserts that every imported
 * cell equals the published one, that the tables are exactly the expected ones, and that the
 * warnings of import and the diagnostics of check are exactly the expected ones, each once.
 */
@ExtendWith(ChineseLocale.class)
class CorpusTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	static Path corpus() {
		return GprTestSupport.root().resolve("bundles/org.gpr.tests/resources/corpus");
	}

	static Stream<String> reports() throws IOException {
		try (Stream<Path> files = Files.list(corpus())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
					.map(n -> n.substring(0, n.length() - ".expected".length())).sorted().toList().stream();
		}
	}

	private int run(String... args) {
		return cli.run(args);
	}

	/**
	 * What an .expected file says ({@code published none}: the source states no publication date).
	 * {@code prints} holds, for each PDF printed from the page, the import warnings whose place (and
	 * count) a print cannot share with the page, with their page and line in that PDF
	 * ({@code print NAME.chromium.pdf 第1页第2行: warning: …}; see {@link CorpusPrintedPdfTest}), and
	 * {@code words} the same for each Word file converted from the page, with their paragraph or table
	 * row in it ({@code word NAME.converted.docx 第1段: warning: …}; see {@link CorpusConvertedWordTest}).
	 */
	record Expected(String published, Map<String, List<String>> tables, List<String> imports, List<String> checks,
			Map<String, List<String>> prints, Map<String, List<String>> words) {

		static Expected read(Path file) {
			String published = null;
			Map<String, List<String>> tables = new LinkedHashMap<>();
			List<String> imports = new ArrayList<>();
			List<String> checks = new ArrayList<>();
			Map<String, List<String>> prints = new LinkedHashMap<>();
			Map<String, List<String>> words = new LinkedHashMap<>();
			List<String> table = null;
			for (String line : GprTestSupport.read(file).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (line.startsWith("published ")) {
					published = line.substring("published ".length()).strip();
				} else if (line.startsWith("table ")) {
					table = new ArrayList<>();
					tables.put(line.substring("table ".length()).strip(), table);
				} else if (line.startsWith("import ")) {
					imports.add(line.substring("import ".length()));
				} else if (line.startsWith("check ")) {
					checks.add(line.substring("check ".length()));
				} else if (line.startsWith("print ")) {
					String[] parts = line.substring("print ".length()).split(" ", 2);
					prints.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
				} else if (line.startsWith("word ")) {
					String[] parts = line.substring("word ".length()).split(" ", 2);
					words.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
				} else {
					table.add(String.join(" ", line.strip().split("\\s+")));
				}
			}
			return new Expected(published, tables, imports, checks, prints, words);
		}
	}

	/** The rows of every table of an imported report: table name → "row cell cell …", in order. */
	static Map<String, List<String>> tables(String text) {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		Matcher m = Pattern.compile("(?m)^  table (\\S+) \\{\\n").matcher(text);
		while (m.find()) {
			String body = text.substring(m.end(), text.indexOf("\n  }", m.end()));
			List<String> rows = new ArrayList<>();
			for (String line : body.split("\n")) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
					rows.add(String.join(" ", trimmed.replace("|", " ").split("\\s+")));
				}
			}
			tables.put(m.group(1), rows);
		}
		return tables;
	}

	/** The imported report's tables are exactly the {@code .expected} file's (the cells as published). */
	static void assertTables(Expected expected, String text, String what) {
		Map<String, List<String>> actual = tables(text);
		assertEquals(expected.tables().keySet(), actual.keySet(), what + ": the tables");
		for (Map.Entry<String, List<String>> table : expected.tables().entrySet()) {
			assertEquals(table.getValue(), actual.get(table.getKey()), what + ": table " + table.getKey());
		}
	}

	/**
	 * Every expected line (its parts separated by " … ", each contained in order) matches exactly
	 * one of the lines, and there are as many lines as expected ones.
	 */
	static void exactly(List<String> expected, List<String> lines, String what) {
		List<String> left = new ArrayList<>(lines);
		for (String piece : expected) {
			List<String> matching = left.stream().filter(l -> containsInOrder(l, piece.split(" … "))).toList();
			assertEquals(1, matching.size(), what + ": expected one line with «" + piece + "» in\n" + String.join("\n", lines));
			left.remove(matching.get(0));
		}
		assertTrue(left.isEmpty(), what + ": unexpected\n" + String.join("\n", left));
	}

	private static boolean containsInOrder(String line, String[] parts) {
		int at = 0;
		for (String part : parts) {
			int found = line.indexOf(part, at);
			if (found < 0) {
				return false;
			}
			at = found + part.length();
		}
		return true;
	}

	@ParameterizedTest
	@MethodSource("reports")
	void everyPublishedCellAndExactlyTheExpectedFindings(String name) throws IOException {
		Expected expected = Expected.read(corpus().resolve(name + ".expected"));
		Path page = corpus().resolve(name + ".html");
		assertEquals(Main.OK, run("import", page.toString(), "--out", "out"), cli.err());
		List<String> warnings = cli.err().lines().filter(l -> l.contains(": warning: ")).toList();
		exactly(expected.imports(), warnings, name + " import");

		String text = GprTestSupport.read(dir.resolve("out").resolve(name + ".gpr"));
		if ("none".equals(expected.published())) {
			assertFalse(text.contains("\npublished "), text.substring(0, Math.min(600, text.length())));
		} else {
			assertTrue(text.contains("\npublished " + expected.published() + "\n"), text.substring(0, Math.min(600, text.length())));
		}
		assertTables(expected, text, name);

		int status = run("check", "out");
		List<String> diagnostics = cli.out().lines()
				.filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info): .*")).toList();
		exactly(expected.checks(), diagnostics, name + " check");
		boolean errors = diagnostics.stream().anyMatch(l -> l.contains(": error: "));
		assertEquals(errors ? Main.ERRORS : Main.OK, status, String.join("\n", diagnostics));
	}
}
