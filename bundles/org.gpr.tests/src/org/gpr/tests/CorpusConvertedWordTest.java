package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gpr.cli.Main;
import org.gpr.importer.DocumentReaders;
import org.gpr.importer.documents.WordReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Word files converted from pages of the corpus (README there): {@code NAME.converted.docx} is
 * {@code NAME.html} converted by LibreOffice ({@code soffice --headless --convert-to docx}), not a
 * published Word file (the archives hold none that can be kept: see the README). {@code gpr import}
 * reads it through the Word reader (Apache POI XWPF: {@code gridSpan}, {@code vMerge}), every cell of
 * every table as the page's {@code NAME.expected} holds them (the cells as published), with the page's
 * findings, each naming the paragraph or the table row of the Word file it is on; {@code gpr check}
 * reports the page's diagnostics. The findings are compared without their places, but for the one
 * whose count a conversion does not share with the page, placed by the {@code .expected} file
 * ({@code word NAME.converted.docx 第1段: warning: …}): the summary of the portal's lines outside the
 * report (LibreOffice keeps no {@code <title>}, and joins a metadata table's cells into rows). A page
 * dated only by its {@code <meta name="PubDate">} gives a conversion without a date
 * ({@code word NAME.converted.docx published none}).
 */
@ExtendWith(ChineseLocale.class)
class CorpusConvertedWordTest {

	private static final String SUFFIX = ".converted.docx";
	/** The import's one summary of the portal's text (its count is the conversion's: see the .expected files' {@code word} lines). */
	private static final String PORTAL = "网页中报告正文以外的";

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	@BeforeAll
	static void readers() {
		// under OSGi, ServiceLoader does not see the documents bundle's registration; the CLI's class path does
		DocumentReaders.register(new WordReader());
	}

	static Stream<String> converted() throws IOException {
		try (Stream<Path> files = Files.list(CorpusTest.corpus())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).sorted().toList().stream();
		}
	}

	/** Every kept page has its conversion (a page added to the corpus is converted too, or the README says why not). */
	@Test
	void everyPageIsConverted() throws IOException {
		List<String> pages = CorpusTest.reports().filter(n -> Files.exists(CorpusTest.corpus().resolve(n + ".html"))).toList();
		List<String> docx = converted().map(f -> f.substring(0, f.length() - SUFFIX.length())).toList();
		assertEquals(pages, docx);
	}

	@ParameterizedTest
	@MethodSource("converted")
	void everyCellAndTheFindingsOfThePageConvertedToWord(String file) throws IOException {
		String name = file.substring(0, file.length() - SUFFIX.length());
		assertTrue(Files.exists(CorpusTest.corpus().resolve(name + ".html")), file + " is converted from " + name + ".html");
		CorpusTest.Expected expected = CorpusTest.Expected.read(CorpusTest.corpus().resolve(name + ".expected"));
		Path docx = CorpusTest.corpus().resolve(file);
		assertEquals(Main.OK, cli.run("import", docx.toString(), "--out", "out"), cli.err());

		// every warning names the paragraph or the table row of the Word file
		List<String> warnings = cli.err().lines().filter(l -> l.contains(": warning: ")).toList();
		for (String warning : warnings) {
			assertTrue(warning.startsWith(docx + ":第") && warning.matches(".*:第\\d+(段|个表格第\\d+行): warning: .*"), warning);
		}
		// the warnings placed in this conversion by the .expected file, each exactly once with its place
		List<String> placed = new ArrayList<>(expected.words().getOrDefault(file, List.of()));
		// a page whose only date is a <meta> tag: the conversion keeps no meta tag, so it has no publication date
		boolean undated = placed.remove("published none");
		List<String> left = new ArrayList<>(warnings);
		for (String place : placed) {
			List<String> matching = left.stream().filter(w -> w.startsWith(docx + ":" + place)).toList();
			assertEquals(1, matching.size(), file + ": expected one warning «" + place + "» in\n" + String.join("\n", warnings));
			left.remove(matching.get(0));
		}
		// the page's other findings, without their places; the portal's summary only where placed above
		assertTrue(left.stream().noneMatch(w -> w.contains(PORTAL)), String.join("\n", left));
		List<String> findings = left.stream().map(CorpusPrintedPdfTest::message).toList();
		List<String> expectedFindings = expected.imports().stream().map(CorpusPrintedPdfTest::message)
				.filter(m -> !m.contains(PORTAL)).toList();
		CorpusTest.exactly(expectedFindings, findings, file + " import");

		List<Path> written;
		try (Stream<Path> files = Files.list(dir.resolve("out"))) {
			written = files.filter(p -> p.toString().endsWith(".gpr")).toList();
		}
		assertEquals(1, written.size(), written.toString());
		String text = GprTestSupport.read(written.get(0));
		assertFalse(text.isBlank());
		if (undated || "none".equals(expected.published())) {
			assertFalse(text.contains("\npublished "), text.substring(0, Math.min(600, text.length())));
		} else {
			assertTrue(text.contains("\npublished " + expected.published() + "\n"), text.substring(0, Math.min(600, text.length())));
		}
		CorpusTest.assertTables(expected, text, file);

		CorpusPrintedPdfTest.checkWithoutPlaces(cli, expected, file);
	}
}
