package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gpr.cli.Main;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDFs printed from pages of the corpus ({@code resources/corpus/NAME.printed.pdf}, printed by
 * Chromium from {@code NAME.html}; README there): {@code gpr import} reads every cell of the
 * printed tables as the page's {@code NAME.expected} holds them, the cells as published.
 */
@ExtendWith(ChineseLocale.class)
class CorpusPrintedPdfTest {

	private static final String PRINTED = ".printed.pdf";

	@TempDir
	Path dir;

	static Stream<String> printed() throws IOException {
		try (Stream<Path> files = Files.list(CorpusTest.corpus())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(PRINTED))
					.map(n -> n.substring(0, n.length() - PRINTED.length())).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("printed")
	void everyCellOfThePagePrintedToPdf(String name) throws IOException {
		assertTrue(Files.exists(CorpusTest.corpus().resolve(name + ".html")), name + PRINTED + " is printed from " + name + ".html");
		CorpusTest.Expected expected = CorpusTest.Expected.read(CorpusTest.corpus().resolve(name + ".expected"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir)
				.run("import", CorpusTest.corpus().resolve(name + PRINTED).toString(), "--out", "out");
		assertEquals(Main.OK, status, err.toString(StandardCharsets.UTF_8));
		List<Path> written;
		try (Stream<Path> files = Files.list(dir.resolve("out"))) {
			written = files.filter(p -> p.toString().endsWith(".gpr")).toList();
		}
		assertEquals(1, written.size(), written.toString());
		String text = GprTestSupport.read(written.get(0));
		assertFalse(text.isBlank());
		Map<String, List<String>> actual = CorpusTest.tables(text);
		assertEquals(expected.tables().keySet(), actual.keySet(), name + PRINTED + ": the tables");
		for (Map.Entry<String, List<String>> table : expected.tables().entrySet()) {
			assertEquals(table.getValue(), actual.get(table.getKey()), name + PRINTED + ": table " + table.getKey());
		}
	}
}
