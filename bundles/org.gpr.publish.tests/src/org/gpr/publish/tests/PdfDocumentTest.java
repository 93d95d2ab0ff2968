package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gpr.cli.Main;
import org.gpr.publish.FontRole;
import org.gpr.publish.Fonts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customs example's PDF as {@code gpr generate} writes it by default, read back with PDFBox:
 * every table number in order, fonts embedded, the six sections as bookmarks, the document
 * properties, A4 pages numbered “— N —”, the header of a table repeated on the pages it spans.
 */
class PdfDocumentTest {

	private static Path out;
	private static Run run;
	private static Path pdf;
	private static Document html;

	@BeforeAll
	static void generate() throws IOException {
		out = Files.createTempDirectory("gpr-pdf-test");
		run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", out.toString());
		pdf = out.resolve("customs-2020.pdf");
		html = Run.html(out.resolve("customs-2020.html"));
	}

	@Test
	void writesThePdfAndTheWordDocumentBesideTheHtml() {
		assertEquals(Main.OK, run.exit, run.toString());
		assertTrue(Files.isRegularFile(pdf), run.toString());
		assertTrue(Files.isRegularFile(out.resolve("customs-2020.docx")), run.toString());
		Element downloads = html.selectFirst("p.downloads");
		assertNotNull(downloads, "the HTML links the documents generated beside it");
		assertTrue(downloads.text().startsWith("报告下载："), downloads.text());
		assertEquals(List.of("customs-2020.pdf", "customs-2020.docx"), downloads.select("a").eachAttr("href"));
		assertEquals("海关总署(本级机关)2020年政府信息公开工作年度报告.pdf", downloads.select("a").first().text());
	}

	@Test
	void textHoldsEveryTableNumberInOrder() throws IOException {
		List<String> numbers = Run.tableNumbers(html);
		assertTrue(numbers.size() > 150, "the customs tables hold " + numbers.size() + " values");
		String text = Run.pdfText(pdf);
		int missing = Run.firstMissingInOrder(text, numbers);
		assertEquals(-1, missing, () -> "value " + missing + " (" + numbers.get(missing) + ") not found in order in:\n" + text);
		assertTrue(text.contains("31819.54"), "money as written");
		assertTrue(text.contains("海关总署(本级机关)2020年政府信息公开工作"), "the title is text");
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		Set<String> names = new TreeSet<>();
		try (PDDocument document = Run.pdf(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is embedded");
					names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
				}
			}
		}
		assertFalse(names.isEmpty());
		assertTrue(names.stream().noneMatch(n -> n.startsWith("Helvetica") || n.startsWith("Times")), names.toString());
	}

	@Test
	void outlineHoldsTheSixSections() throws IOException {
		List<String> headings = html.select("main > section > h2").eachText();
		assertEquals(6, headings.size(), headings.toString());
		List<String> titles = new ArrayList<>();
		try (PDDocument document = Run.pdf(pdf)) {
			assertNotNull(document.getDocumentCatalog().getDocumentOutline(), "an outline");
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(item.getTitle());
				assertNotNull(item.findDestinationPage(document), item.getTitle() + " points to a page");
			}
		}
		assertEquals(headings, titles);
	}

	@Test
	void documentPropertiesNameTheReportTheBodyAndTheLanguage() throws IOException {
		try (PDDocument document = Run.pdf(pdf)) {
			assertEquals("海关总署(本级机关)2020年政府信息公开工作年度报告", document.getDocumentInformation().getTitle());
			assertEquals("海关总署(本级机关)", document.getDocumentInformation().getAuthor());
			assertEquals("zh-CN", document.getDocumentCatalog().getLanguage());
			assertTrue(document.getDocumentCatalog().getMarkInfo() != null && document.getDocumentCatalog().getMarkInfo().isMarked(),
					"a tagged PDF");
			assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), "a structure tree");
			assertNotNull(document.getDocumentCatalog().getMetadata(), "XMP metadata (PDF/A)");
			String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\""), xmp);
			assertFalse(document.getDocumentCatalog().getOutputIntents().isEmpty(), "an sRGB output intent");
		}
	}

	@Test
	void pagesAreA4AndNumberedInTheOfficialStyle() throws IOException {
		try (PDDocument document = Run.pdf(pdf)) {
			assertTrue(document.getNumberOfPages() >= 5, document.getNumberOfPages() + " pages");
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				PDRectangle box = document.getPage(p - 1).getMediaBox();
				assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1f);
				assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1f);
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				String text = stripper.getText(document);
				assertTrue(text.contains("— " + p + " —"), "page " + p + " is numbered “— " + p + " —”:\n" + text);
			}
		}
	}

	@Test
	void aTableHeaderIsRepeatedOnEveryPageTheTableSpans() throws IOException {
		// 申请人情况 heads table 三 only; the table is longer than a page
		assertEquals(1, html.select("th:contains(申请人情况)").size());
		List<String> labels = new ArrayList<>();
		for (Element th : html.select("table[data-table=申请] tbody th")) {
			String label = th.text().replaceAll("\\s", "");
			if (label.length() >= 8) {
				labels.add(label.substring(0, 5));
			}
		}
		assertTrue(labels.size() > 10, labels.toString());
		int pages = 0;
		try (PDDocument document = Run.pdf(pdf)) {
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				String page = stripper.getText(document).replaceAll("\\s", "");
				if (labels.stream().anyMatch(page::contains)) {
					pages++;
					assertTrue(page.contains("申请人情况") && page.contains("自然人") && page.contains("法人或其他组织"),
							"page " + p + " repeats the header of table 三:\n" + page);
				}
			}
		}
		assertTrue(pages >= 2, "table 三 spans " + pages + " pages");
	}

	/**
	 * Each heading is set in its face (GB/T 9704: the title 小标宋 or 黑体, level-1 headings and the
	 * table captions 黑体, level-2 headings 楷体) and the text in 仿宋: every character a role's
	 * face has is drawn in that face at least once, so that cutting each face down to what it draws
	 * (FontSubsets) has left none of its characters to another face.
	 */
	@Test
	void eachHeadingIsDrawnInTheFaceOfItsRole() throws IOException {
		Fonts.Resolved fonts = Fonts.resolve(null);
		Map<FontRole, String> selectors = new EnumMap<>(FontRole.class);
		selectors.put(FontRole.TITLE, "h1");
		selectors.put(FontRole.HEI, "h2, table.form > caption:not(.visually-hidden)");
		selectors.put(FontRole.KAI, "h3");
		selectors.put(FontRole.FANG, "main p:not(.downloads), main li");
		Map<Integer, Set<String>> drawnIn = drawnIn(pdf);
		int checked = 0;
		for (Map.Entry<FontRole, String> role : selectors.entrySet()) {
			List<Fonts.Face> faces = fonts.of(role.getKey());
			if (faces.isEmpty()) {
				continue;
			}
			Fonts.Face face = faces.get(0);
			String name = Fonts.load(face).getName();
			Set<String> wrong = new TreeSet<>();
			for (Element element : html.select(role.getValue())) {
				for (int cp : element.text().codePoints().toArray()) {
					if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || !Fonts.covers(face, cp)) {
						continue;
					}
					checked++;
					Set<String> in = drawnIn.getOrDefault(cp, Set.of());
					if (!in.contains(name)) {
						wrong.add(new String(Character.toChars(cp)) + " in " + in);
					}
				}
			}
			assertEquals(Set.of(), wrong, role.getKey() + " (" + role.getValue() + "): characters of " + face.describe()
					+ " not drawn in " + name);
		}
		assertTrue(checked > 1000, checked + " characters checked");
	}

	/** For each character of the PDF, the fonts (PostScript names, without the subset tag) it is drawn in. */
	private static Map<Integer, Set<String>> drawnIn(Path file) throws IOException {
		Map<Integer, Set<String>> drawn = new HashMap<>();
		try (PDDocument document = Run.pdf(file)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					String font = text.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
					text.getUnicode().codePoints().forEach(cp -> drawn.computeIfAbsent(cp, k -> new TreeSet<>()).add(font));
				}
			};
			stripper.getText(document);
		}
		return drawn;
	}
}
