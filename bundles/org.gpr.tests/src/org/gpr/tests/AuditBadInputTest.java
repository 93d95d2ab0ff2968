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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.cli.Main;
import org.gpr.importer.DocumentReaders;
import org.gpr.importer.documents.PdfReader;
import org.gpr.importer.documents.WordReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gpr audit} over a folder of bad input beside one real report: a corrupt and a
 * password-protected PDF, a 300-page PDF, a PDF that is no annual report, a corrupt .docx, a .docx
 * zip bomb, an old .doc that is no report (made by LibreOffice from the real blank template, when both are here) and
 * an HTML page nested 100,000 elements deep. Each is one failed entry with one sentence (no stack
 * trace, nothing written for it), the real report is still audited, the exit code is 2, and the
 * whole run is bounded in time.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class AuditBadInputTest {

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

	/** The real blank 2021 template saved as .doc by LibreOffice, or null when either is missing. */
	private Path oldDoc(Path in) throws IOException, InterruptedException {
		Path template = DocumentImportTest.corpusOrNull("template-2021-blank.docx");
		if (template == null) {
			return null;
		}
		Path work = dir.resolve("convert");
		Files.createDirectories(work);
		List<Path> doc = LibreOffice.convert(work, "doc", Files.copy(template, work.resolve("template-2021.docx")));
		return doc == null ? null : Files.copy(doc.get(0), in.resolve("report-2021.doc"));
	}

	@Test
	@Timeout(300)
	void everyBadFileIsOneSentenceTheRealReportIsStillAuditedAndTheExitCodeIs2() throws Exception {
		Path in = dir.resolve("in");
		Files.createDirectories(in);
		Files.copy(GprTestSupport.root().resolve("bundles/org.gpr.tests/resources/narrative/shanghai-2019.html"),
				in.resolve("shanghai-2019.html"));
		Files.write(in.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.ISO_8859_1));
		Path locked = DocumentImportTest.writePdf(in.resolve("locked.pdf"), 1, "Annual report");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(locked))) {
			document.protect(new StandardProtectionPolicy("owner", "user-secret", new AccessPermission()));
			document.save(locked.toFile());
		}
		DocumentImportTest.writePdf(in.resolve("long.pdf"), 300, "page");
		DocumentImportTest.writePdf(in.resolve("notice.pdf"), 1, "Notice on the spring tree planting");
		Files.write(in.resolve("corrupt.docx"), "PK\u0003\u0004 this is not a zip".getBytes(StandardCharsets.ISO_8859_1));
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
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
		Files.write(in.resolve("bomb.docx"), bomb.toByteArray());
		Files.writeString(in.resolve("deep.html"),
				"<!DOCTYPE html><html><body>" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "</body></html>");
		Path doc = oldDoc(in);

		Map<String, String> expected = new TreeMap<>();
		expected.put("corrupt.pdf", "corrupt.pdf 不是可读取的 PDF（");
		expected.put("locked.pdf", "locked.pdf 设有打开密码，无法读取，未导入");
		expected.put("long.pdf", "long.pdf 有 300 页；年度报告只有几页，gpr 最多读取 80 页的 PDF，未导入");
		expected.put("notice.pdf", "notice.pdf 不是政府信息公开工作年度报告：找不到“××××年政府信息公开工作年度报告”这样的标题");
		expected.put("corrupt.docx", "corrupt.docx 不是可读取的 Word 文档（");
		expected.put("bomb.docx", "bomb.docx 解压后过大或压缩比异常（可能是压缩炸弹），未导入");
		expected.put("deep.html", "deep.html 不是政府信息公开工作年度报告：找不到“××××年政府信息公开工作年度报告”这样的标题");
		if (doc != null) {
			// read (HWPF) like the .docx it was made from: the blank template has no title with a year
			expected.put("report-2021.doc", "report-2021.doc 不是政府信息公开工作年度报告：找不到“××××年政府信息公开工作年度报告”这样的标题");
		}

		long start = System.nanoTime();
		assertEquals(Main.USAGE, run("audit", "in", "--out", "audit"), cli.err());
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		String stderr = cli.err();
		assertEquals("共审核 " + (expected.size() + 1) + " 份报告：0 份有错误，" + expected.size()
				+ " 份导入失败；汇总见 audit/audit.html 和 audit/audit.csv\n", stderr);
		assertTrue(seconds < 240, seconds + " s");

		List<String> csv = GprTestSupport.read(dir.resolve("audit/audit.csv")).lines().toList();
		for (Map.Entry<String, String> bad : expected.entrySet()) {
			List<String> rows = csv.stream().filter(l -> l.startsWith(bad.getKey() + ",")).toList();
			assertEquals(1, rows.size(), bad.getKey() + ": " + rows);
			String row = rows.get(0);
			assertTrue(row.startsWith(bad.getKey() + ",,,,无法导入,错误,,"), row);
			String message = row.substring((bad.getKey() + ",,,,无法导入,错误,,").length());
			message = message.startsWith("\"") ? message.substring(1, message.length() - 1).replace("\"\"", "\"") : message;
			assertTrue(message.startsWith(bad.getValue()), row);
			assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("org.apache"), row);
			// nothing written for it
			String base = bad.getKey().substring(0, bad.getKey().lastIndexOf('.'));
			assertFalse(Files.exists(dir.resolve("audit/reports/" + base + ".gpr")), base);
		}
		// the real report beside them is audited as on its own
		assertTrue(Files.exists(dir.resolve("audit/reports/shanghai-2019.gpr")));
		assertTrue(csv.stream().anyMatch(l -> l.startsWith("shanghai-2019.html,上海市人民政府办公厅,2019,gov2019,叙述与表格,警告,shanghai-2019.html:19,"
				+ "叙述与表格不符：「无法提供265件」说 265，表格为 337")), String.join("\n", csv));
		assumeTrue(doc != null, "LibreOffice or ../shared/corpus/template-2021-blank.docx is not here: the .doc case was skipped");
	}
}
