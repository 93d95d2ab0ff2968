package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gpr.cli.Main;
import org.gpr.importer.DocumentReaders;
import org.gpr.importer.ImportException;
import org.gpr.importer.SourceDocument;
import org.gpr.importer.documents.PdfReader;
import org.gpr.importer.documents.WordReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading PDF (PDFBox) and Word (POI XWPF) into the grid model: the real Huaian 2024 report (a
 * WPS-exported PDF whose table 三 continues over a page break, with labels set one character per
 * line) imports with every published cell and checks clean; the real blank Word template's merged
 * cells (gridSpan, vMerge) are read as the official table, and the template filled with synthetic
 * numbers imports with those numbers; bad documents (corrupt, password, no text layer, 300 pages,
 * a zip bomb, not an annual report) get one sentence, exit code 2 and nothing written. The real
 * documents are read in place from the shared corpus; the tests that need them are skipped, saying
 * why, where it is absent.
 */
@ExtendWith(ChineseLocale.class)
class DocumentImportTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	@BeforeAll
	static void readers() {
		// under OSGi, ServiceLoader does not see the documents bundle's registration; the CLI's class path does
		DocumentReaders.register(new PdfReader());
		DocumentReaders.register(new WordReader());
	}

	private int run(String... args) {
		return cli.run(args);
	}

	private String err() {
		return cli.err();
	}

	private String stdout() {
		return cli.out();
	}

	/** The shared corpus of real documents: {@code ../shared/corpus} from the project or a folder above it. */
	static Path corpus(String name) {
		for (Path at = GprTestSupport.root(); at != null; at = at.getParent()) {
			Path file = at.resolve("shared/corpus").resolve(name);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		assumeTrue(false, "the shared corpus (../shared/corpus/" + name + ") is not here; skipped");
		return null;
	}

	/** A file of the shared corpus, or null when the corpus is not here. */
	static Path corpusOrNull(String name) {
		for (Path at = GprTestSupport.root(); at != null; at = at.getParent()) {
			Path file = at.resolve("shared/corpus").resolve(name);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		return null;
	}

	/** The rows of a table of a written .gpr: "name cell cell …" per row. */
	static List<String> rows(String text, String table) {
		String body = text.substring(text.indexOf("table " + table + " {"));
		body = body.substring(0, body.indexOf("\n  }"));
		List<String> rows = new ArrayList<>();
		for (String line : body.split("\n")) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("//") && !trimmed.startsWith("table ")) {
				rows.add(String.join(" ", trimmed.replace("|", " ").split("\\s+")));
			}
		}
		return rows;
	}

	// --- the Huaian report (PDF) ----------------------------------------------------------------

	/** Table 三 of the Huaian 2024 report as published (pages 4 and 5), checked by hand against the PDF. */
	private static final List<String> HUAIAN_APPLICATIONS = List.of(
			"新收 3001 53 0 0 61 4 3119",
			"结转 34 0 0 0 0 0 34",
			"予以公开 1288 21 0 0 50 3 1362",
			"部分公开 447 7 0 0 0 0 454",
			"国家秘密 2 0 0 0 0 0 2",
			"法规禁止 30 1 0 0 0 0 31",
			"三安全一稳定 5 0 0 0 0 0 5",
			"第三方权益 6 0 0 0 0 0 6",
			"内部事务 7 1 0 0 0 0 8",
			"过程性信息 12 0 0 0 0 0 12",
			"执法案卷 9 0 0 0 0 0 9",
			"行政查询 105 0 0 0 0 0 105",
			"不掌握 746 12 0 0 10 1 769",
			"另行制作 11 0 0 0 0 0 11",
			"补正不明确 1 0 0 0 0 0 1",
			"信访举报 56 6 0 0 0 0 62",
			"重复申请 25 0 0 0 0 0 25",
			"公开出版物 0 0 0 0 0 0 0",
			"大量反复 0 0 0 0 0 0 0",
			"确认信息 1 0 0 0 0 0 1",
			"逾期不补正 67 3 0 0 1 0 71",
			"逾期未缴费 6 0 0 0 0 0 6",
			"其他情形 108 2 0 0 0 0 110",
			"总计 2932 53 0 0 61 4 3050",
			"结转下年 103 0 0 0 0 0 103");

	private String importHuaian(Path pdf) {
		assertEquals(Main.OK, run("import", pdf.toString(), "--out", "out"), err());
		String name = pdf.getFileName().toString();
		return GprTestSupport.read(dir.resolve("out").resolve(name.substring(0, name.lastIndexOf('.')) + ".gpr"));
	}

	private static void assertHuaianCells(String text) {
		assertTrue(text.contains("report \"淮安市人民政府\" year 2024 format gov2021\n"), text);
		assertTrue(text.contains("title \"淮安市人民政府2024年政府信息公开工作年度报告\"\n"), text);
		assertEquals(List.of("规章 1 0 11", "行政规范性文件 8 26 66"), rows(text, "第一项"));
		assertEquals(List.of("行政许可 447228"), rows(text, "第五项"));
		assertEquals(List.of("行政处罚 3985758", "行政强制 88283"), rows(text, "第六项"));
		assertEquals(List.of("行政事业性收费 96171.6"), rows(text, "第八项"));
		assertEquals(HUAIAN_APPLICATIONS, rows(text, "申请"));
		assertEquals(List.of("件数 72 64 178 37 351 13 4 8 1 26 12 1 1 6 20"), rows(text, "复议诉讼"));
	}

	@Test
	void huaianPdfImportsWithEveryPublishedCell() throws IOException {
		String text = importHuaian(corpus("huaian-gov-2024.pdf"));
		assertHuaianCells(text);
		// the narrative's totals agree with the tables and become references
		assertTrue(text.contains("全市共受理政府信息公开申请\" {申请.新收.总计} \"件"), text);
		assertTrue(text.contains("政府信息公开行政复议\" {复议诉讼.件数.复议总计} \"件"), text);
		// page numbers (-1- … -6-) are not text of the report
		assertFalse(text.matches("(?s).*\"-\\d-\".*"), text);
		// nothing left out; the one finding of the check is true of the published report: its 三（六）2 is 6,
		// and its 六 (page 6: "全年收取政府信息公开信息处理费 3940 元") states the fee charged but not how many
		// 收费通知 were sent (checked by hand against the PDF)
		assertEquals("", err().lines().filter(l -> l.contains("warning")).reduce("", String::concat), err());
		assertEquals(Main.OK, run("check", "out"), err());
		assertEquals("out/huaian-gov-2024.gpr:81:9: warning: 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·总计 为 6（大于 0），"
				+ "“六、其他需要报告的事项”应说明发出收费通知的件数，但没有提到：可计入的词：“收费通知”、“通知收取”（规则：收费通知） [org.gpr.missingTopic]\n",
				stdout());
	}

	@Test
	void aPdfWhosePermissionsForbidCopyingIsRead() throws IOException {
		Path protectedPdf = dir.resolve("huaian-no-copy.pdf");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(corpus("huaian-gov-2024.pdf")))) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanExtractContent(false);
			permissions.setCanModify(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", permissions);
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(protectedPdf.toFile());
		}
		assertHuaianCells(importHuaian(protectedPdf));
	}

	@Test
	void pdfPlacesArePagesAndLines() throws IOException, ImportException {
		SourceDocument document = new PdfReader().read(Files.readAllBytes(corpus("huaian-gov-2024.pdf")), "huaian.pdf");
		List<String> places = new ArrayList<>();
		for (SourceDocument.Block block : document.blocks()) {
			if (block instanceof SourceDocument.Grid grid) {
				for (int r = 0; r < grid.rows().size(); r++) {
					if (SourceDocument.Grid.texts(grid.rows().get(r)).contains("（七）总计")) {
						places.add(document.places().name(grid.lineOf(r)));
					}
				}
			} else if (block instanceof SourceDocument.Line line) {
				assertFalse(line.text().matches("-\\d+-"), line.text());
			}
		}
		// table 三 continues on page 5, where its total is
		assertEquals(List.of("第5页第29行"), places);
	}

	// --- bad PDFs -----------------------------------------------------------------------------------

	private void refused(Path file, String sentence) throws IOException {
		assertEquals(Main.USAGE, run("import", file.toString(), "--out", "out"));
		assertEquals("gpr: " + sentence + "\n", err());
		try (Stream<Path> written = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(), written.toList(), "nothing written");
		}
	}

	private Path pdf(String name, int pages, String text) throws IOException {
		return writePdf(dir.resolve(name), pages, text);
	}

	/** Writes a PDF of {@code pages} pages, each showing {@code text} (no text layer when it is null). */
	static Path writePdf(Path file, int pages, String text) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				if (text != null) {
					try (PDPageContentStream content = new PDPageContentStream(document, page)) {
						content.beginText();
						content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
						content.newLineAtOffset(72, 700);
						content.showText(text);
						content.endText();
					}
				}
			}
			document.save(file.toFile());
		}
		return file;
	}

	@Test
	void corruptPdf() throws IOException {
		Path file = dir.resolve("corrupt.pdf");
		Files.write(file, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(Main.USAGE, run("import", file.toString(), "--out", "out"));
		assertTrue(err().startsWith("gpr: " + file + " 不是可读取的 PDF（"), err());
		assertTrue(err().endsWith("），未导入\n") && err().lines().count() == 1, err());
	}

	@Test
	void passwordProtectedPdf() throws IOException {
		Path file = pdf("locked.pdf", 1, "Annual report");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
			document.protect(new StandardProtectionPolicy("owner", "user-secret", new AccessPermission()));
			document.save(file.toFile());
		}
		refused(file, file + " 设有打开密码，无法读取，未导入");
	}

	@Test
	void scannedPdfWithoutATextLayer() throws IOException {
		Path file = pdf("scan.pdf", 2, null);
		refused(file, file + " 的 2 页都没有文字层（可能是扫描件或图片），无法读取其中的数字，未导入");
	}

	@Test
	@Timeout(60)
	void aPdfOf300Pages() throws IOException {
		Path file = pdf("long.pdf", 300, "page");
		refused(file, file + " 有 300 页；年度报告只有几页，gpr 最多读取 80 页的 PDF，未导入");
	}

	@Test
	void aPdfThatIsNoAnnualReport() throws IOException {
		Path file = pdf("notice.pdf", 1, "Notice on the spring tree planting");
		refused(file, file + " 不是政府信息公开工作年度报告：找不到“××××年政府信息公开工作年度报告”这样的标题");
	}

	// --- Word ---------------------------------------------------------------------------------------

	@Test
	void theBlankWordTemplatesMergedCellsAreTheOfficialTable() throws IOException, ImportException {
		SourceDocument document = new WordReader().read(Files.readAllBytes(corpus("template-2021-blank.docx")),
				"template.docx");
		List<SourceDocument.Grid> grids = document.blocks().stream().filter(SourceDocument.Grid.class::isInstance)
				.map(SourceDocument.Grid.class::cast).toList();
		assertEquals(3, grids.size());
		SourceDocument.Grid applications = grids.get(1);
		assertEquals(28, applications.rows().size());
		// vMerge: the corner and 自然人/总计 span the header rows; gridSpan: 法人或其他组织 spans five columns
		assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "商业企业", "科研机构", "社会公益组织",
				"法律服务机构", "其他", "总计"), SourceDocument.Grid.texts(applications.rows().get(2)));
		assertEquals(List.of("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"),
				SourceDocument.Grid.texts(applications.rows().get(14)));
		assertEquals("第2个表格第15行", document.places().name(applications.lineOf(14)));
		// the template itself has no year: it is not a report
		Path file = dir.resolve("template.docx");
		Files.copy(corpus("template-2021-blank.docx"), file);
		refused(file, file + " 不是政府信息公开工作年度报告：找不到“××××年政府信息公开工作年度报告”这样的标题");
	}

	/**
	 * Writes the real blank template with a title and its table 三 filled with synthetic numbers
	 * (row i, column j: i + j; the 总计 column left blank) to {@code file}.
	 *
	 * @return the rows of table 三 as the import must write them ("cell cell …", blanks as "_")
	 */
	static List<String> fillTemplate(Path template, Path file) throws IOException {
		List<String> expected = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(template))) {
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				if (paragraph.getText().startsWith("政府信息公开工作年度报告格式模板")) {
					paragraph.getRuns().forEach(r -> r.setText("", 0));
					paragraph.getRuns().get(0).setText("示例县文化局2023年政府信息公开工作年度报告", 0);
				}
			}
			XWPFTable table = document.getTables().get(1);
			for (int r = 3; r < table.getRows().size(); r++) {
				XWPFTableRow row = table.getRow(r);
				List<XWPFTableCell> cells = row.getTableCells();
				List<String> values = new ArrayList<>();
				for (int j = 0; j < 7; j++) {
					String value = j == 6 ? "_" : String.valueOf(r + j);
					XWPFTableCell cell = cells.get(cells.size() - 7 + j);
					cell.getParagraphs().get(0).createRun().setText(value.equals("_") ? "" : value);
					values.add(value);
				}
				expected.add(String.join(" ", values));
			}
			try (var stream = Files.newOutputStream(file)) {
				document.write(stream);
			}
		}
		return expected;
	}

	@Test
	void theWordTemplateFilledWithSyntheticNumbersImportsWithThem() throws IOException {
		// synthetic: the real template's tables, filled here with invented numbers (row i, column j: i + j)
		Path file = dir.resolve("filled-2023.docx");
		List<String> expected = fillTemplate(corpus("template-2021-blank.docx"), file);
		assertEquals(Main.OK, run("import", file.toString(), "--out", "out"), err());
		String text = GprTestSupport.read(dir.resolve("out/filled-2023.gpr"));
		assertTrue(text.contains("report \"示例县文化局\" year 2023 format gov2021\n"), text);
		List<String> rows = rows(text, "申请");
		assertEquals(25, rows.size(), text);
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(expected.get(i), rows.get(i).substring(rows.get(i).indexOf(' ') + 1), rows.get(i));
		}
		// the 总计 column left blank: one finding for the table, not one per cell
		assertEquals(Main.ERRORS, run("check", "out"), err());
		long blankFindings = stdout().lines()
				.filter(l -> l.contains("[org.gpr.blanksInTable]") && l.contains("收到和处理政府信息公开申请情况")).count();
		assertEquals(1, blankFindings, stdout());
		assertTrue(stdout().contains("总计列的 25 个空白由规则“总计 = 自然人 + 法人或其他组织各项”推得"), stdout());
	}

	@Test
	void corruptDocx() throws IOException {
		Path file = dir.resolve("corrupt.docx");
		Files.write(file, "PK\u0003\u0004 this is not a zip".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(Main.USAGE, run("import", file.toString(), "--out", "out"));
		assertTrue(err().startsWith("gpr: " + file + " 不是可读取的 Word 文档（"), err());
		assertEquals(1, err().lines().count(), err());
	}

	@Test
	@Timeout(60)
	void docxZipBomb() throws IOException {
		Path file = dir.resolve("bomb.docx");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
					.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		Files.write(file, bytes.toByteArray());
		refused(file, file + " 解压后过大或压缩比异常（可能是压缩炸弹），未导入");
	}

	// --- HTML: "cut off" means cut off --------------------------------------------------------------

	private static Path fixture(String name) {
		return GprTestSupport.root().resolve("bundles/org.gpr.tests/resources/import").resolve(name);
	}

	@Test
	@Timeout(60)
	void aCompleteButDeeplyNestedPageIsNotTakenForACutOffOne() throws IOException {
		String page = GprTestSupport.read(fixture("hubei-2020.html"));
		String deep = "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000);
		Files.writeString(dir.resolve("deep-2020.html"), page.replace("</body>", deep + "</body>"));
		assertEquals(Main.OK, run("import", "deep-2020.html", "--out", "out"), err());
		assertTrue(Files.exists(dir.resolve("out/deep-2020.gpr")));
	}

	@Test
	void aPageCutOffInsideATagIsRefused() throws IOException {
		String page = GprTestSupport.read(fixture("hubei-2020.html"));
		Path file = dir.resolve("cut-2020.html");
		Files.writeString(file, page.substring(0, page.indexOf("</table>") + 3));
		refused(file, file + " 的 HTML 不完整：文件在一个标签中间结束（可能下载时被截断），没有导入");
	}

	@Test
	void aGbkPageIsDecodedByItsMetaTag() throws IOException {
		String page = GprTestSupport.read(fixture("hubei-2020.html")).replace("<meta charset=\"utf-8\">",
				"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
		Files.write(dir.resolve("gbk-2020.html"), page.getBytes("GB18030"));
		assertEquals(Main.OK, run("import", "gbk-2020.html", "--out", "out"), err());
		assertTrue(GprTestSupport.read(dir.resolve("out/gbk-2020.gpr")).contains("report \"湖北省示例厅\""));
	}
}
