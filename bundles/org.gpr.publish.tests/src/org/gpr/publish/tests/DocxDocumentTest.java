package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gpr.cli.Main;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The customs example's Word document read back with POI: GB/T 9704 page and fonts, every table a
 * Word table whose merged cells (gridSpan, vMerge) are exactly the HTML table's colspan and rowspan,
 * header rows repeated, rows not split, every number of the tables in order.
 */
class DocxDocumentTest {

	private static Path out;
	private static Run run;
	private static Document html;

	@BeforeAll
	static void generate() throws IOException {
		out = Files.createTempDirectory("gpr-docx-test");
		run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", out.toString(), "--formats", "html,docx");
		html = Run.html(out.resolve("customs-2020.html"));
	}

	private static XWPFDocument docx() throws IOException {
		assertEquals(Main.OK, run.exit, run.toString());
		return Run.docx(out.resolve("customs-2020.docx"));
	}

	@Test
	void pageIsA4WithTheMarginsOfGbT9704() throws IOException {
		try (XWPFDocument doc = docx()) {
			CTSectPr section = doc.getDocument().getBody().getSectPr();
			CTPageSz size = section.getPgSz();
			assertEquals(BigInteger.valueOf(11906), size.getW());
			assertEquals(BigInteger.valueOf(16838), size.getH());
			CTPageMar margins = section.getPgMar();
			// 37/35/28/26 mm in twentieths of a point
			assertEquals(BigInteger.valueOf(2098), margins.getTop());
			assertEquals(BigInteger.valueOf(1984), margins.getBottom());
			assertEquals(BigInteger.valueOf(1587), margins.getLeft());
			assertEquals(BigInteger.valueOf(1474), margins.getRight());
		}
	}

	@Test
	void titleHeadingsAndBodyHaveTheOfficialFaces() throws IOException {
		try (XWPFDocument doc = docx()) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			XWPFRun title = paragraphs.get(0).getRuns().get(0);
			assertEquals("海关总署(本级机关)2020年政府信息公开工作年度报告", paragraphs.get(0).getText());
			assertEquals("方正小标宋简体", eastAsia(title));
			assertEquals(22.0, title.getFontSizeAsDouble());
			XWPFParagraph contact = paragraphs.get(1);
			assertTrue(contact.getText().startsWith("本报告根据"), contact.getText());
			assertEquals("仿宋_GB2312", eastAsia(contact.getRuns().get(0)));
			assertEquals(16.0, contact.getRuns().get(0).getFontSizeAsDouble());
			List<String> h2 = html.select("main > section > h2").eachText();
			List<String> h3 = html.select("main > section > h3").eachText();
			int heiHeadings = 0;
			int kaiHeadings = 0;
			for (XWPFParagraph p : paragraphs) {
				if (h2.contains(p.getText())) {
					assertEquals("黑体", eastAsia(p.getRuns().get(0)), p.getText());
					heiHeadings++;
				} else if (h3.contains(p.getText())) {
					assertEquals("楷体_GB2312", eastAsia(p.getRuns().get(0)), p.getText());
					kaiHeadings++;
				}
			}
			assertEquals(6, heiHeadings);
			assertEquals(h3.size(), kaiHeadings);
		}
	}

	@Test
	void everyRunHasItsEastAsianFont() throws IOException {
		try (XWPFDocument doc = docx()) {
			List<XWPFRun> runs = new ArrayList<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				runs.addAll(p.getRuns());
			}
			for (XWPFTable table : doc.getTables()) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						for (XWPFParagraph p : cell.getParagraphs()) {
							runs.addAll(p.getRuns());
						}
					}
				}
			}
			assertTrue(runs.size() > 300, runs.size() + " runs");
			for (XWPFRun run : runs) {
				assertNotNull(eastAsia(run), "run “" + run.text() + "” names its East Asian font");
			}
		}
	}

	@Test
	void pagesAreNumberedInTheFooter() throws IOException {
		try (XWPFDocument doc = docx()) {
			assertTrue(doc.getFooterList().size() >= 2, "odd and even page footers");
			for (XWPFFooter footer : doc.getFooterList()) {
				String xml = footer._getHdrFtr().xmlText();
				assertTrue(xml.contains("PAGE"), xml);
				assertTrue(footer.getText().contains("— ") && footer.getText().contains(" —"), footer.getText());
			}
		}
	}

	/** One cell on the grid: where it starts, how far it spans, its text. */
	private record Spanned(int row, int column, int rowSpan, int colSpan, String text) {
	}

	@Test
	void everyTableIsAWordTableMergedAsTheOfficialForm() throws IOException {
		List<Element> forms = html.select("table.form");
		try (XWPFDocument doc = docx()) {
			assertEquals(forms.size(), doc.getTables().size());
			for (int t = 0; t < forms.size(); t++) {
				Element form = forms.get(t);
				XWPFTable table = doc.getTables().get(t);
				assertEquals(htmlGrid(form), wordGrid(table), "table " + form.attr("data-table"));
				int headerRows = form.select("> thead > tr").size();
				for (int r = 0; r < table.getRows().size(); r++) {
					XWPFTableRow row = table.getRow(r);
					assertEquals(r < headerRows, row.isRepeatHeader(), "header row " + r + " of " + form.attr("data-table"));
					assertTrue(row.isCantSplitRow(), "row " + r + " is not split across pages");
				}
			}
			XWPFTable three = doc.getTables().stream().filter(tb -> tb.getText().contains("申请人情况")).findFirst().orElseThrow();
			XWPFTableCell corner = three.getRow(0).getCell(0);
			assertTrue(corner.getText().contains("勾稽关系"), corner.getText());
			assertEquals(3, corner.getCTTc().getTcPr().getGridSpan().getVal().intValue(), "the corner spans the label columns");
			assertEquals(STMerge.RESTART, corner.getCTTc().getTcPr().getVMerge().getVal());
			assertEquals(STMerge.CONTINUE, three.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
			assertEquals(7, three.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue(), "申请人情况");
		}
	}

	@Test
	void tablesHoldEveryNumberInOrder() throws IOException {
		List<String> expected = Run.tableNumbers(html);
		List<String> actual = new ArrayList<>();
		try (XWPFDocument doc = docx()) {
			for (IBodyElement element : doc.getBodyElements()) {
				if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							String text = cell.getText().trim();
							if (text.matches("-?[0-9]+(\\.[0-9]+)?(万元|元)?|/")) {
								actual.add(text);
							}
						}
					}
				}
			}
		}
		assertEquals(expected, actual);
	}

	@Test
	void documentPropertiesNameTheReportAndTheBody() throws IOException {
		try (XWPFDocument doc = docx()) {
			assertEquals("海关总署(本级机关)2020年政府信息公开工作年度报告", doc.getProperties().getCoreProperties().getTitle());
			assertEquals("海关总署(本级机关)", doc.getProperties().getCoreProperties().getCreator());
		}
	}

	private static String eastAsia(XWPFRun run) {
		if (run.getCTR().getRPr() == null || run.getCTR().getRPr().sizeOfRFontsArray() == 0) {
			return null;
		}
		CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
		return fonts.getEastAsia();
	}

	private static List<Spanned> htmlGrid(Element table) {
		List<Element> rows = new ArrayList<>(table.select("> thead > tr"));
		rows.addAll(table.select("> tbody > tr"));
		int width = table.select("> colgroup > col").size();
		boolean[][] taken = new boolean[rows.size()][width];
		List<Spanned> cells = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			int c = 0;
			for (Element cell : rows.get(r).children()) {
				while (taken[r][c]) {
					c++;
				}
				int rowSpan = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
				int colSpan = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
				for (int dr = 0; dr < rowSpan; dr++) {
					for (int dc = 0; dc < colSpan; dc++) {
						taken[r + dr][c + dc] = true;
					}
				}
				cells.add(new Spanned(r, c, rowSpan, colSpan, cell.text().trim()));
				c += colSpan;
			}
		}
		cells.sort((a, b) -> a.row() != b.row() ? a.row() - b.row() : a.column() - b.column());
		return cells;
	}

	private static List<Spanned> wordGrid(XWPFTable table) {
		List<Spanned> cells = new ArrayList<>();
		List<XWPFTableRow> rows = table.getRows();
		for (int r = 0; r < rows.size(); r++) {
			int c = 0;
			for (XWPFTableCell cell : rows.get(r).getTableCells()) {
				CTTcPr pr = cell.getCTTc().getTcPr();
				int colSpan = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
				boolean continued = pr != null && pr.getVMerge() != null
						&& (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
				if (!continued) {
					int rowSpan = 1;
					while (r + rowSpan < rows.size() && continuesAt(rows.get(r + rowSpan), c)) {
						rowSpan++;
					}
					cells.add(new Spanned(r, c, rowSpan, colSpan, cell.getText().trim()));
				}
				c += colSpan;
			}
		}
		return cells;
	}

	private static boolean continuesAt(XWPFTableRow row, int column) {
		int c = 0;
		for (XWPFTableCell cell : row.getTableCells()) {
			CTTcPr pr = cell.getCTTc().getTcPr();
			if (c == column) {
				return pr != null && pr.getVMerge() != null
						&& (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
			}
			c += pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
		}
		return false;
	}
}
