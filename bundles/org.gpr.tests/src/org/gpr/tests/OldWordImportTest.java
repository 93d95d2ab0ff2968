package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gpr.cli.Main;
import org.gpr.importer.DocumentReaders;
import org.gpr.importer.ImportException;
import org.gpr.importer.SourceDocument;
import org.gpr.importer.documents.PdfReader;
import org.gpr.importer.documents.WordReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Old Word documents (.doc, Word 97–2003) read with POI HWPF. The documents are real in structure:
 * the real blank 2021 template of the shared corpus, the same template filled with synthetic numbers
 * (see {@link DocumentImportTest#fillTemplate}) and a document of 20,001 paragraphs, each written as
 * .docx and converted to .doc by LibreOffice headless at test time (one start for all three). Every
 * paragraph, cell, merged cell and place the .doc gives is what the .docx gives; {@code gpr import}
 * and {@code gpr audit} write the same report and the same findings from either. Bad .doc files
 * (corrupt, encrypted, too long, an OLE2 file that is no Word document) get one sentence, exit code
 * 2 and nothing written. Skipped, saying why, without LibreOffice or the shared corpus.
 */
@ExtendWith(ChineseLocale.class)
class OldWordImportTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	private static Path work;
	/** Why the .doc files are not here, or null. */
	private static String missing;
	private static Path blankDocx;
	private static Path blankDoc;
	private static Path filledDocx;
	private static Path filledDoc;
	private static Path longDoc;
	private static List<String> filledRows;

	@BeforeAll
	static void convert() throws IOException, InterruptedException {
		// under OSGi, ServiceLoader does not see the documents bundle's registration; the CLI's class path does
		DocumentReaders.register(new PdfReader());
		DocumentReaders.register(new WordReader());
		Path template = DocumentImportTest.corpusOrNull("template-2021-blank.docx");
		if (template == null) {
			missing = "the shared corpus (../shared/corpus/template-2021-blank.docx) is not here";
			return;
		}
		if (LibreOffice.soffice() == null) {
			missing = "LibreOffice (soffice) is not installed";
			return;
		}
		work = Files.createTempDirectory("gpr-doc-test");
		Path docx = Files.createDirectories(work.resolve("docx"));
		blankDocx = Files.copy(template, docx.resolve("template-2021.docx"));
		filledDocx = docx.resolve("filled-2023.docx");
		filledRows = DocumentImportTest.fillTemplate(template, filledDocx);
		Path longDocx = docx.resolve("long-2023.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(longDocx)) {
			document.createParagraph().createRun().setText("示例县文化局2023年政府信息公开工作年度报告");
			for (int i = 1; i <= 20_000; i++) {
				document.createParagraph().createRun().setText("第" + i + "段");
			}
			document.write(out);
		}
		List<Path> converted = LibreOffice.convert(work.resolve("doc"), "doc", blankDocx, filledDocx, longDocx);
		if (converted == null) {
			missing = "LibreOffice did not convert the .docx files to .doc (see " + work.resolve("doc/soffice.log") + ")";
			return;
		}
		blankDoc = converted.get(0);
		filledDoc = converted.get(1);
		longDoc = converted.get(2);
	}

	@AfterAll
	static void clean() throws IOException {
		if (work != null) {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void assumeConverted() {
		assumeTrue(missing == null, () -> missing + ": the .doc tests were skipped");
	}

	/** Every block of a read document: each line with its place, each grid row with its place and every position's text. */
	private static List<String> blocks(SourceDocument document) {
		List<String> blocks = new ArrayList<>();
		for (SourceDocument.Block block : document.blocks()) {
			if (block instanceof SourceDocument.Line line) {
				blocks.add(document.places().name(line.line()) + " " + line.text());
			} else if (block instanceof SourceDocument.Grid grid) {
				blocks.add(document.places().name(grid.line()) + " 表格");
				for (int r = 0; r < grid.rows().size(); r++) {
					StringBuilder row = new StringBuilder(document.places().name(grid.lineOf(r)));
					int previous = -1;
					for (SourceDocument.GridCell cell : grid.rows().get(r)) {
						// the text of every position, and where a source cell (a merged one) ends
						row.append(cell.origin() == previous ? " =" : " |").append(cell.text());
						previous = cell.origin();
					}
					blocks.add(row.toString());
				}
			}
		}
		return blocks;
	}

	private static SourceDocument read(Path file) throws IOException, ImportException {
		return new WordReader().read(Files.readAllBytes(file), file.getFileName().toString());
	}

	@Test
	void theBlankTemplateAsDocHasEveryParagraphCellAndMergeOfTheDocx() throws IOException, ImportException {
		assumeConverted();
		List<String> docx = blocks(read(blankDocx));
		List<String> doc = blocks(read(blankDoc));
		assertEquals(docx, doc);
		// and as records: the same texts, the same source cells (origins) at the same positions, the same places
		assertEquals(read(blankDocx).blocks(), read(blankDoc).blocks());
		// what the .docx test checks of it holds for the .doc: vertical merges, 法人或其他组织 over five columns, places
		SourceDocument document = read(blankDoc);
		List<SourceDocument.Grid> grids = document.blocks().stream().filter(SourceDocument.Grid.class::isInstance)
				.map(SourceDocument.Grid.class::cast).toList();
		assertEquals(3, grids.size());
		SourceDocument.Grid applications = grids.get(1);
		assertEquals(28, applications.rows().size());
		assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
				SourceDocument.Grid.texts(applications.rows().get(0)));
		assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "法人或其他组织", "总计"),
				SourceDocument.Grid.texts(applications.rows().get(1)));
		assertEquals(List.of("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"),
				SourceDocument.Grid.texts(applications.rows().get(14)));
		assertEquals("第2个表格第15行", document.places().name(applications.lineOf(14)));
		// paragraphs are numbered as in the .docx, empty ones counted: the title is the second
		assertEquals(List.of("第2段 政府信息公开工作年度报告格式模板", "第4段 一、总体情况", "第5段 （文字描述）"), doc.subList(0, 3));
	}

	/** The written report without its first line, which names the file it was imported from. */
	private String written(String path) {
		String text = GprTestSupport.read(dir.resolve(path));
		return text.substring(text.indexOf('\n') + 1);
	}

	@Test
	void theFilledTemplateAsDocImportsAsTheDocxDoes() throws IOException {
		assumeConverted();
		Path doc = Files.copy(filledDoc, dir.resolve("filled-2023.doc"));
		Path docx = Files.copy(filledDocx, dir.resolve("filled-2023.docx"));
		assertEquals(Main.OK, cli.run("import", docx.getFileName().toString(), "--out", "from-docx"), cli.err());
		String docxErr = cli.err();
		assertEquals(Main.OK, cli.run("import", doc.getFileName().toString(), "--out", "from-doc"), cli.err());
		assertEquals(docxErr.replace("filled-2023.docx", "filled-2023.doc").replace("from-docx/", "from-doc/"), cli.err());
		assertEquals(written("from-docx/filled-2023.gpr"), written("from-doc/filled-2023.gpr"));
		String text = GprTestSupport.read(dir.resolve("from-doc/filled-2023.gpr"));
		assertTrue(text.startsWith("// 由 gpr import 从 filled-2023.doc 导入，格式 gov2021。"), text);
		assertTrue(text.contains("report \"示例县文化局\" year 2023 format gov2021\n"), text);
		List<String> rows = DocumentImportTest.rows(text, "申请");
		assertEquals(filledRows.size(), rows.size(), text);
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(filledRows.get(i), rows.get(i).substring(rows.get(i).indexOf(' ') + 1), rows.get(i));
		}
	}

	@Test
	void auditReadsADocAsTheDocx() throws IOException {
		assumeConverted();
		Files.createDirectories(dir.resolve("a"));
		Files.createDirectories(dir.resolve("b"));
		Files.copy(filledDocx, dir.resolve("a/filled-2023.docx"));
		Files.copy(filledDoc, dir.resolve("b/filled-2023.doc"));
		int docxExit = cli.run("audit", "a", "--out", "audit-a");
		String docxErr = cli.err();
		assertEquals(docxExit, cli.run("audit", "b", "--out", "audit-b"), cli.err());
		assertEquals(docxErr.replace("audit-a/", "audit-b/"), cli.err());
		List<String> docxCsv = GprTestSupport.read(dir.resolve("audit-a/audit.csv")).lines().toList();
		List<String> docCsv = GprTestSupport.read(dir.resolve("audit-b/audit.csv")).lines().toList();
		assertEquals(docxCsv.stream().map(l -> l.replace("filled-2023.docx", "filled-2023.doc").replace("audit-a/", "audit-b/")).toList(),
				docCsv);
		assertTrue(docCsv.stream().anyMatch(l -> l.startsWith("filled-2023.doc,示例县文化局,2023,gov2021,")), String.join("\n", docCsv));
		assertTrue(Files.exists(dir.resolve("audit-b/reports/filled-2023.gpr")));
	}

	private void refused(Path file, String sentence) throws IOException {
		assertEquals(Main.USAGE, cli.run("import", file.getFileName().toString(), "--out", "out"), cli.err());
		assertEquals("gpr: " + sentence + "\n", cli.err());
		try (Stream<Path> written = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(), written.toList(), "nothing written");
		}
	}

	@Test
	@Timeout(60)
	void aDocOfTwentyThousandParagraphsIsRefused() throws IOException {
		assumeConverted();
		Path file = Files.copy(longDoc, dir.resolve("long-2023.doc"));
		refused(file, "long-2023.doc 有 20001 段（表格的每个单元格算一段）；年度报告只有几百段，gpr 最多读取 20000 段的 Word 文档，未导入");
	}

	@Test
	void anEncryptedDocIsOneSentence() throws IOException {
		assumeConverted();
		Path file = dir.resolve("locked-2023.doc");
		try (InputStream in = Files.newInputStream(filledDoc); HWPFDocument document = new HWPFDocument(in);
				OutputStream out = Files.newOutputStream(file)) {
			Biff8EncryptionKey.setCurrentUserPassword("secret");
			try {
				document.write(out);
			} finally {
				Biff8EncryptionKey.setCurrentUserPassword(null);
			}
		}
		refused(file, "locked-2023.doc 已加密（设有密码），无法读取，未导入");
	}

	@Test
	void aCutOffDocIsOneSentence() throws IOException {
		assumeConverted();
		byte[] bytes = Files.readAllBytes(filledDoc);
		Path file = Files.write(dir.resolve("cut-2023.doc"), Arrays.copyOf(bytes, 3000));
		assertEquals(Main.USAGE, cli.run("import", "cut-2023.doc", "--out", "out"), cli.err());
		assertTrue(cli.err().startsWith("gpr: cut-2023.doc 不是可读取的 Word 文档（"), cli.err());
		assertTrue(cli.err().endsWith("），未导入\n") && cli.err().lines().count() == 1, cli.err());
		assertTrue(!cli.err().contains("Exception") && !cli.err().contains("\tat "), cli.err());
		try (Stream<Path> written = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(), written.toList(), file + ": nothing written");
		}
	}

	@Test
	void anOle2FileWithoutWordTextIsNoWordDocument() throws IOException {
		Path file = dir.resolve("sheet.doc");
		try (POIFSFileSystem filesystem = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			filesystem.createDocument(new java.io.ByteArrayInputStream("not a report".getBytes(StandardCharsets.UTF_8)), "Workbook");
			filesystem.writeFilesystem(out);
		}
		refused(file, "sheet.doc 不是 Word 文档（其中没有 Word 正文），未导入");
	}

	@Test
	void anEmptyOle2HeaderIsACorruptDocument() throws IOException {
		// the first bytes of an OLE2 container and nothing else
		byte[] ole2 = new byte[512];
		ole2[0] = (byte) 0xd0;
		ole2[1] = (byte) 0xcf;
		ole2[2] = 0x11;
		ole2[3] = (byte) 0xe0;
		Path file = Files.write(dir.resolve("report.doc"), ole2);
		assertEquals(Main.USAGE, cli.run("import", "report.doc", "--out", "out"), cli.err());
		assertTrue(cli.err().startsWith("gpr: report.doc 不是可读取的 Word 文档（"), cli.err());
		assertEquals(1, cli.err().lines().count(), cli.err());
		try (Stream<Path> written = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(), written.toList(), file + ": nothing written");
		}
	}
}
