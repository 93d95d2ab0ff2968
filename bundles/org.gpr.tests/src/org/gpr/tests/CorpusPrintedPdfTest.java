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
import org.gpr.importer.documents.PdfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDFs printed from pages of the corpus (README there): {@code NAME.printed.pdf} printed by
 * LibreOffice from {@code NAME.html}, {@code NAME.chromium.pdf} by Chromium's
 * {@code --print-to-pdf}. {@code gpr import} reads every cell of the printed tables as the page's
 * {@code NAME.expected} holds them (the cells as published), reports the same findings as for the
 * page, each naming the page and the line of the PDF it is on, and {@code gpr check} reports the
 * same diagnostics as for the page. The page's import warnings are compared without their places
 * (a line and column of the HTML file), but for those whose place in the print the {@code .expected}
 * file gives ({@code print NAME.chromium.pdf 第1页第2行: warning: …}): the summary of the portal's
 * lines outside the report, placed at the first of them in the PDF (its count is the print's: a
 * browser prints the portal's text in other lines than the page's source has; a print without such
 * lines has no summary), and a row missing from a published table, placed at the table in the PDF.
 */
@ExtendWith(ChineseLocale.class)
class CorpusPrintedPdfTest {

	private static final List<String> SUFFIXES = List.of(".printed.pdf", ".chromium.pdf");
	/** A print that lost cells at the page's edge (README): refused, see {@link #aPrintThatCutATableAtThePageEdgeIsRefused()}. */
	private static final String CUT = ".cut.printed.pdf";
	/** The import's one summary of the portal's text (placed at its first line, which a print puts elsewhere than the page: see the .expected files' {@code print} lines). */
	private static final String PORTAL = "网页中报告正文以外的";

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	@BeforeAll
	static void readers() {
		// under OSGi, ServiceLoader does not see the documents bundle's registration; the CLI's class path does
		DocumentReaders.register(new PdfReader());
	}

	static Stream<String> printed() throws IOException {
		try (Stream<Path> files = Files.list(CorpusTest.corpus())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> SUFFIXES.stream().anyMatch(n::endsWith))
					.filter(n -> !n.endsWith(CUT)).sorted().toList().stream();
		}
	}

	private static String page(String file) {
		for (String suffix : SUFFIXES) {
			if (file.endsWith(suffix)) {
				return file.substring(0, file.length() - suffix.length());
			}
		}
		throw new IllegalArgumentException(file);
	}

	/** A finding without its place: what follows "warning: " (or "error: ", "info: "), or the whole line. */
	static String message(String line) {
		if (line.startsWith("warning: ") || line.startsWith("error: ") || line.startsWith("info: ")) {
			return line;
		}
		for (String severity : List.of(": warning: ", ": error: ", ": info: ")) {
			int at = line.indexOf(severity);
			if (at >= 0) {
				return severity.substring(2) + line.substring(at + severity.length());
			}
		}
		return "warning: " + line;
	}

	@ParameterizedTest
	@MethodSource("printed")
	void everyCellAndTheFindingsOfThePagePrintedToPdf(String file) throws IOException {
		String name = page(file);
		assertTrue(Files.exists(CorpusTest.corpus().resolve(name + ".html")), file + " is printed from " + name + ".html");
		CorpusTest.Expected expected = CorpusTest.Expected.read(CorpusTest.corpus().resolve(name + ".expected"));
		Path pdf = CorpusTest.corpus().resolve(file);
		assertEquals(Main.OK, cli.run("import", pdf.toString(), "--out", "out"), cli.err());

		// every warning names the page and the line of the PDF
		List<String> warnings = cli.err().lines().filter(l -> l.contains(": warning: ")).toList();
		for (String warning : warnings) {
			assertTrue(warning.startsWith(pdf + ":第") && warning.matches(".*:第\\d+页第\\d+行: warning: .*"), warning);
		}
		// the warnings placed in this print by the .expected file, each exactly once with its page and line
		List<String> placed = expected.prints().getOrDefault(file, List.of());
		List<String> placedMessages = placed.stream().map(CorpusPrintedPdfTest::message).toList();
		List<String> left = new ArrayList<>(warnings);
		for (String place : placed) {
			List<String> matching = left.stream().filter(w -> w.startsWith(pdf + ":" + place)).toList();
			assertEquals(1, matching.size(), file + ": expected one warning «" + place + "» in\n" + String.join("\n", warnings));
			left.remove(matching.get(0));
		}
		// the page's other findings, without their places; the portal's summary only where placed above
		assertTrue(left.stream().noneMatch(w -> w.contains(PORTAL)), String.join("\n", left));
		List<String> findings = left.stream().map(CorpusPrintedPdfTest::message).toList();
		List<String> expectedFindings = expected.imports().stream().map(CorpusPrintedPdfTest::message)
				.filter(m -> !m.contains(PORTAL) && placedMessages.stream().noneMatch(p -> m.startsWith(p) || p.startsWith(m)))
				.toList();
		CorpusTest.exactly(expectedFindings, findings, file + " import");

		List<Path> written;
		try (Stream<Path> files = Files.list(dir.resolve("out"))) {
			written = files.filter(p -> p.toString().endsWith(".gpr")).toList();
		}
		assertEquals(1, written.size(), written.toString());
		String text = GprTestSupport.read(written.get(0));
		assertFalse(text.isBlank());
		CorpusTest.assertTables(expected, text, file);

		checkWithoutPlaces(cli, expected, file);
	}

	/**
	 * {@code gpr check} of the imported report gives the page's diagnostics, compared without their
	 * places (a document's import writes its own lines), and the exit code that goes with them.
	 */
	static void checkWithoutPlaces(CliRun cli, CorpusTest.Expected expected, String file) {
		int status = cli.run("check", "out");
		List<String> diagnostics = cli.out().lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info): .*"))
				.map(CorpusPrintedPdfTest::message).toList();
		CorpusTest.exactly(expected.checks().stream().map(CorpusPrintedPdfTest::message).toList(), diagnostics, file + " check");
		boolean errors = diagnostics.stream().anyMatch(l -> l.startsWith("error: "));
		assertEquals(errors ? Main.ERRORS : Main.OK, status, String.join("\n", diagnostics));
	}

	/**
	 * LibreOffice prints the wide table 三 of the Shanghai page centred on an A4 page and cuts it at
	 * both edges: the 法律服务机构, 其他 and 总计 columns are not in the PDF. gpr refuses the print in one
	 * sentence naming the page and line of the table, rather than import a table without them.
	 */
	@Test
	void aPrintThatCutATableAtThePageEdgeIsRefused() throws IOException {
		Path pdf = CorpusTest.corpus().resolve("shanghai-gov-office-2019" + CUT);
		assertEquals(Main.USAGE, cli.run("import", pdf.toString(), "--out", "out"));
		assertEquals("gpr: " + pdf + " 第4页第21行的表格超出了页面的左右边缘（打印时被页面裁去），边缘以外的单元格没有印在 PDF 中，无法完整读取，未导入\n",
				cli.err());
		Path out = dir.resolve("out");
		if (Files.exists(out)) {
			try (Stream<Path> written = Files.list(out)) {
				assertEquals(List.of(), written.toList(), "nothing written");
			}
		}
	}
}
