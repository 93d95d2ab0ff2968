package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gpr.cli.Main;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the web page shows beyond the official form reaches the PDF and the Word document too: the
 * note under a table with the reason the author gave for an accepted warning, and the figures at a
 * glance (数说年报, {@code --figures}) with their charts.
 */
class NotesAndFiguresTest {

	/** Invented for the test: the customs copy is made a county department, whose 规章 the check then questions. */
	static final String REASON = "（虚构的说明，仅用于测试）本机关的规章由上级机关制定后转发";

	@Test
	void anAcceptedWarningsReasonIsANoteUnderItsTableInThePdfAndTheWordDocument() throws IOException {
		Path dir = Run.copyExample("customs-2020");
		Path report = dir.resolve("customs-2020.gpr");
		String text = Files.readString(report, StandardCharsets.UTF_8);
		String row = "    规范性文件           138             138           1541\n";
		assertTrue(text.contains(row) && text.contains("format customs2020\n"), "the customs copy has the lines the test changes");
		text = text.replace("format customs2020\n", "format customs2020\nbody department at county\n")
				.replace(row, row + "    accept 规章权限 at 规章 \"" + REASON + "\"\n");
		Files.writeString(report, text, StandardCharsets.UTF_8);
		Run run = Run.gpr(dir, "generate", "customs-2020.gpr", "--out", "out", "--formats", "html,pdf,docx");
		assertEquals(Main.OK, run.exit, run.toString());
		String note = "注：" + REASON;

		// the PDF: once, after the numbers of the table it belongs to (第一项, whose last row ends with 1541)
		String pdf = Run.pdfText(dir.resolve("out/customs-2020.pdf")).replaceAll("\\s+", "");
		int at = pdf.indexOf(note);
		assertTrue(at > 0, pdf);
		assertEquals(at, pdf.lastIndexOf(note), "the note once");
		assertTrue(pdf.lastIndexOf("1381381541", at) > 0, "the note follows its table");
		String after = pdf.substring(at + note.length());
		assertFalse(after.contains("1381381541"), "the note is under its table, not before it");

		// the Word document: a paragraph right after the table (and its spacing paragraph), smaller than the body
		try (XWPFDocument doc = Run.docx(dir.resolve("out/customs-2020.docx"))) {
			List<IBodyElement> body = doc.getBodyElements();
			int index = -1;
			for (int i = 0; i < body.size(); i++) {
				if (body.get(i) instanceof XWPFParagraph p && p.getText().equals(note)) {
					assertEquals(-1, index, "the note once");
					index = i;
				}
			}
			assertTrue(index > 1, "a paragraph with the note");
			XWPFParagraph paragraph = (XWPFParagraph) body.get(index);
			assertEquals(12.0, paragraph.getRuns().get(0).getFontSizeAsDouble());
			assertEquals("", ((XWPFParagraph) body.get(index - 1)).getText(), "the spacing paragraph after the table");
			XWPFTable table = (XWPFTable) body.get(index - 2);
			assertTrue(table.getText().contains("1541"), table.getText());
		}
	}

	@Test
	void theFiguresAtAGlanceAndTheirChartsAreInThePdfAndTheWordDocument() throws IOException {
		Path out = Files.createTempDirectory("gpr-figures");
		Run run = Run.gpr(Run.root(), "generate", "examples/synthetic-2021", "--out", out.toString(), "--formats",
				"html,pdf,docx", "--figures");
		assertEquals(Main.OK, run.exit, run.toString());
		Document html = Run.html(out.resolve("synthetic-2021.html"));
		Element section = html.selectFirst("section#s-figures");
		assertTrue(section != null, "the page has the figures");
		// what the page shows, in its order: the heading, each figure's name and value, each chart's title and bars
		List<String> expected = new ArrayList<>();
		expected.add(section.selectFirst("h2").text());
		for (Element tr : section.select("table.figures > tbody > tr")) {
			expected.add(tr.child(0).text());
			expected.add(tr.child(1).text());
		}
		List<String> bars = new ArrayList<>();
		for (Element svg : section.select("figure.chart > svg")) {
			expected.add(svg.selectFirst("> text").text());
			for (Element g : svg.select("> g")) {
				for (Element t : g.select("text")) {
					expected.add(t.text());
					bars.add(t.text());
				}
			}
		}
		assertTrue(expected.size() > 20 && bars.contains("予以公开"), expected.toString());

		String pdf = Run.pdfText(out.resolve("synthetic-2021.pdf")).replaceAll("\\s+", "");
		int from = 0;
		for (String item : expected) {
			int at = pdf.indexOf(item.replaceAll("\\s+", ""), from);
			assertTrue(at >= 0, () -> "“" + item + "” not in order in the PDF: " + pdf);
			from = at + item.replaceAll("\\s+", "").length();
		}

		try (XWPFDocument doc = Run.docx(out.resolve("synthetic-2021.docx"))) {
			XWPFTable figures = null;
			for (XWPFTable table : doc.getTables()) {
				if (table.getRow(0).getCell(0).getText().equals(section.selectFirst("table.figures th").text())) {
					figures = table;
				}
			}
			assertTrue(figures != null, "a Word table of the figures");
			List<Element> rows = section.select("table.figures tr");
			assertEquals(rows.size(), figures.getNumberOfRows());
			for (int r = 0; r < rows.size(); r++) {
				XWPFTableRow row = figures.getRow(r);
				for (int c = 0; c < rows.get(r).children().size(); c++) {
					assertEquals(rows.get(r).child(c).text(), row.getCell(c).getText(), "row " + r + ", column " + c);
				}
			}
			assertTrue(figures.getRow(0).isRepeatHeader(), "the figures' header repeats");
			String word = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
			for (Element caption : section.select("figure.chart figcaption")) {
				assertTrue(word.contains(caption.text()), caption.text());
			}
		}
	}
}
