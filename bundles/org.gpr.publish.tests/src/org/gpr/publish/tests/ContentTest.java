package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Content in both documents: hostile narrative text stays text, a report in the 2021 format with
 * money and its unit, every number of its tables in order.
 */
class ContentTest {

	static final String HOSTILE = "<script>alert(\"x\")</script> & <b>粗体</b> {not a reference}";

	@Test
	void hostileNarrativeTextAppearsAsText() throws IOException {
		Path dir = Run.copyExample("customs-2020");
		Path report = dir.resolve("customs-2020.gpr");
		String text = Files.readString(report, StandardCharsets.UTF_8);
		String escaped = HOSTILE.replace("\\", "\\\\").replace("\"", "\\\"");
		text = text.replaceFirst("paragraph \"2019年", java.util.regex.Matcher.quoteReplacement("paragraph \"" + escaped + " 2019年"));
		Files.writeString(report, text, StandardCharsets.UTF_8);
		Run run = Run.gpr(dir, "generate", "customs-2020.gpr", "--out", "out", "--formats", "html,pdf,docx");
		assertEquals(Main.OK, run.exit, run.toString());
		String pdf = Run.pdfText(dir.resolve("out/customs-2020.pdf")).replaceAll("\\s+", "");
		assertTrue(pdf.contains(HOSTILE.replaceAll("\\s+", "")), pdf.substring(0, 600));
		try (XWPFDocument doc = Run.docx(dir.resolve("out/customs-2020.docx"));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertTrue(extractor.getText().contains(HOSTILE), extractor.getText().substring(0, 600));
		}
		String html = Files.readString(dir.resolve("out/customs-2020.html"));
		assertFalse(html.contains("<script>"), "no script in the page");
	}

	@Test
	void aReportInThe2021FormatWithMoney() throws IOException {
		Path out = Files.createTempDirectory("gpr-2021");
		Run run = Run.gpr(Run.root(), "generate", "examples/synthetic-2021", "--out", out.toString(), "--formats",
				"html,pdf,docx");
		assertEquals(Main.OK, run.exit, run.toString());
		List<String> numbers = Run.tableNumbers(Run.html(out.resolve("synthetic-2021.html")));
		assertTrue(numbers.contains("12.50万元"), numbers.toString());
		String pdf = Run.pdfText(out.resolve("synthetic-2021.pdf"));
		int missing = Run.firstMissingInOrder(pdf, numbers);
		assertEquals(-1, missing, () -> "value " + missing + " not in order in:\n" + pdf);
		try (XWPFDocument doc = Run.docx(out.resolve("synthetic-2021.docx"));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String word = extractor.getText();
			assertTrue(word.contains("12.50万元"), word);
			assertEquals(-1, Run.firstMissingInOrder(word, numbers), word);
			assertEquals("示例市数据资源管理局（合成示例）", doc.getProperties().getCoreProperties().getCreator());
		}
	}
}
