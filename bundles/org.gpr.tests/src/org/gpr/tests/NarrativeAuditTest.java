package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wider narrative audit on real report text (resources/narrative, sources in its README):
 * shares ("占33.9%") against the tables' part over whole rounded to the digits written, saying which
 * whole the text used; the kinds of reply against the whole stated; 复议/诉讼 outcome claims
 * against table 四 when one kind of suit is left open; a change from last year against last year's
 * report in the audited folder. Every expected number below was worked out by hand from the cells.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class NarrativeAuditTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	private int run(String... args) {
		return cli.run(args);
	}

	private String err() {
		return cli.err();
	}

	private static Path resource(String name) {
		return GprTestSupport.root().resolve("bundles/org.gpr.tests/resources/narrative").resolve(name);
	}

	/** The narrative findings import prints, without the file's path. */
	private List<String> narrative(String file) {
		return err().lines().filter(l -> l.contains(": warning: 叙述")).map(l -> l.substring(l.indexOf(file))).toList();
	}

	private static final String SH_CLAIM = "「信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，维护了市政府依法行政、公开透明的良好形象」";

	@Test
	void shanghai2019SharesSplitAndOutcomesAgainstTheTablesItsBlankTotalsImply() throws IOException {
		Files.copy(resource("shanghai-2019.html"), dir.resolve("shanghai-2019.html"));
		assertEquals(Main.OK, run("import", "shanghai-2019.html", "--out", "out"), err());
		String f = "shanghai-2019.html:19: warning: ";
		assertEquals(List.of(
				// the table's parts give 予以公开 272 + 部分公开 3 = 275; 258 is 予以公开·自然人 alone
				f + "叙述与表格不符：「予以公开及部分公开258件」说 258，表格为 275（申请.予以公开.总计 + 申请.部分公开.总计；表中空白的合计按勾稽关系由各项推得）；保留原文",
				// 275/805 = 34.16 %; 258/805 = 32.05 %, 258/859 = 30.03 %, 258/877 = 29.42 %: no whole gives 33.9 %
				f + "叙述中的百分比与表格不符：「予以公开及部分公开258件，占33.9%」说 33.9%；表格为 275/805 = 34.161%，按所写的 1 位小数四舍五入为 34.2%"
						+ "（percent(申请.予以公开.总计 + 申请.部分公开.总计, 申请.总计.总计, 1)）；文中的 258 件除以文中或表格中的任何一个总数（805、859、877）都得不到 33.9%；保留原文",
				// 35/805 = 4.3478 %: 4.35 rounded, 4.34 cut off
				f + "叙述中的百分比是截去尾数而不是四舍五入：「不予公开35件，占4.34%」说 4.34%；表格为 35/805 = 4.3478%，按所写的 2 位小数四舍五入为 4.35%"
						+ "（percent(申请.不予公开.总计, 申请.总计.总计, 2)）；保留原文",
				// 无法提供: 252+12+1 + 44+3 + 25 = 337; 265 is its first sub-row
				f + "叙述与表格不符：「无法提供265件」说 265，表格为 337（申请.无法提供.总计；表中空白的合计按勾稽关系由各项推得）；保留原文",
				// 337/805 = 41.86 %; the text's 32.9 % is its own 265 over the 805 it states as 答复
				f + "叙述中的百分比与表格不符：「无法提供265件，占32.9%」说 32.9%；表格为 337/805 = 41.863%，按所写的 1 位小数四舍五入为 41.9%"
						+ "（percent(申请.无法提供.总计, 申请.总计.总计, 1)）；文中的 32.9% 是文中的 265 件除以文中“答复政府信息公开申请”的件数 805；保留原文",
				// the kinds of reply as stated: 258 + 35 + 265 + 158 + 0 = 716, not the 805 answered
				f + "叙述中的各项办理结果之和与总数不符：予以公开及部分公开 258 + 不予公开 35 + 无法提供 265 + 不予处理 158 + 其他处理 0 = 716，"
						+ "文中“答复政府信息公开申请”为 805，少 89（表格的 申请.总计.总计 为 805）；保留原文",
				// table 四: 复议 5 维持, 2 尚未审结 of 7; 直接起诉 8 维持, 1 尚未审结 of 9
				f + "叙述与表格不符：" + SH_CLAIM + "说复议均获维持，表格为复议总计 7 件、结果维持 5 件、尚未审结 2 件（复议诉讼.件数.复议维持；复议诉讼.件数.复议总计）；保留原文",
				// 复议后起诉 is blank throughout (its 总计 too), so the tables do not determine 诉讼9件; 直接起诉 alone
				// contradicts 均获维持: one finding on the claim says both
				f + "叙述与表格不符：" + SH_CLAIM + "说诉讼9件、均获维持。诉讼9件无法核对：表格没有给出复议后起诉的件数"
						+ "（复议诉讼.件数.直诉总计 + 复议诉讼.件数.复诉总计 没有数值）；均获维持与表格不符：未经复议直接起诉的诉讼总计 9 件、结果维持 8 件、尚未审结 1 件"
						+ "（复议诉讼.件数.直诉维持；复议诉讼.件数.直诉总计）；保留原文",
				// no report of 2018 given: the change from last year cannot be checked, and the finding says so
				f + "叙述中的“较去年回落12.3%”无法核对：没有给出 2018 年的报告（用 --previous 指定上年的报告）"),
				narrative("shanghai-2019.html"), err());
		String text = GprTestSupport.read(dir.resolve("out/shanghai-2019.gpr"));
		// what agrees becomes a reference: 859 received, 805 answered, 18 carried over, 不予公开 35, 不予处理 158 at 19.6 %, 复议 7
		for (String embed : List.of("{申请.新收.总计}", "{申请.总计.总计}", "{申请.结转.总计}", "{申请.不予公开.总计}", "{申请.不予处理.总计}",
				"{percent(申请.不予处理.总计, 申请.总计.总计, 1)}", "{复议诉讼.件数.复议总计}")) {
			assertTrue(text.contains(embed), embed + "\n" + text);
		}
		// the imported report checks without errors: the narrative's mismatches stay as published text
		assertEquals(Main.OK, run("check", "out"), err() + cli.out());
	}

	@Test
	void gaochun2022SharesAreCheckedAgainstTheTextsOwnWholeWhenThereAreNoTables() throws IOException {
		Files.copy(resource("gaochun-2022.html"), dir.resolve("gaochun-2022.html"));
		assertEquals(Main.OK, run("import", "gaochun-2022.html", "--out", "out"), err());
		List<String> shares = narrative("gaochun-2022.html").stream().filter(l -> l.contains("百分比")).toList();
		String f = "gaochun-2022.html:14: warning: ";
		assertEquals(List.of(
				// 59/130 = 45.385 %: 45.4 rounded, 45.3 cut off; 32/130 = 24.6, 26/130 = 20, 12/130 = 9.2 agree
				f + "叙述中的百分比是截去尾数而不是四舍五入：「予以公开或部分公开59件、占45.3%」说 45.3%；文中的 59 件除以文中“共收到”的件数 130 为 45.385%，"
						+ "按所写的 1 位小数四舍五入为 45.4%（表格没有数值，无法与表格核对）；保留原文",
				// 1/130 = 0.769 %: 0.8 rounded, 0.7 cut off
				f + "叙述中的百分比是截去尾数而不是四舍五入：「不予处理1件、占0.7%」说 0.7%；文中的 1 件除以文中“共收到”的件数 130 为 0.769%，"
						+ "按所写的 1 位小数四舍五入为 0.8%（表格没有数值，无法与表格核对）；保留原文"),
				shares, err());
		// no table: every count is "无法核对", none compared with a number the page does not have
		assertTrue(narrative("gaochun-2022.html").contains(f + "叙述中的“共收到政府信息公开申请130件”无法与表格核对（申请.新收.总计 没有数值）；保留原文"),
				err());
		// 59 + 32 + 26 + 1 + 12 = 130: the kinds of reply add up, no split finding
		assertTrue(narrative("gaochun-2022.html").stream().noneMatch(l -> l.contains("之和")), err());
	}

	@Test
	void aChangeFromLastYearIsComparedWithLastYearsReportInTheFolder() throws IOException {
		Path in = dir.resolve("in");
		Files.createDirectories(in);
		String page = GprTestSupport.read(resource("shanghai-2019.html"));
		Files.writeString(in.resolve("shanghai-2019.html"), page);
		// SYNTHETIC last year: the 2019 page retitled 2018 with 900 received (not the published 2018 report)
		Files.writeString(in.resolve("shanghai-2018-synthetic.html"), synthetic2018(page, "900"));
		assertEquals(Main.ERRORS, run("audit", "in", "--out", "audit"), err());
		String csv = GprTestSupport.read(dir.resolve("audit/audit.csv"));
		// (859 − 900) / 900 = −4.556 %: −4.6 %, not the −12.3 % stated
		assertTrue(csv.contains("shanghai-2019.html:19,叙述与上年报告不符：“较去年回落12.3%”即 -12.3%，按表格为 (859 − 900) / 900 = -4.556%，"
				+ "按所写的 1 位小数为 -4.6%（申请.新收.总计：本年 859，2018 年报告 900）；保留原文"), csv);
		// last year's own claim has no 2017 report to be checked against: information, not a warning
		assertTrue(csv.contains("shanghai-2018-synthetic.html,上海市人民政府办公厅,2018,gov2019,叙述与表格,info,shanghai-2018-synthetic.html:19,"
				+ "叙述中的“较去年回落12.3%”无法核对：审核的报告中没有同一机关 2017 年的报告"), csv);

		// with 979 last year, (859 − 979) / 979 = −12.257 %: −12.3 % as stated, no finding
		Files.writeString(in.resolve("shanghai-2018-synthetic.html"), synthetic2018(page, "979"));
		run("audit", "in", "--out", "audit2");
		String agreed = GprTestSupport.read(dir.resolve("audit2/audit.csv"));
		assertTrue(agreed.lines().noneMatch(l -> l.startsWith("shanghai-2019.html") && l.contains("较去年回落")), agreed);
	}

	@Test
	void auditReportsATablesBlanksOnceAndListsEveryCellWithBlanks() throws IOException {
		Path in = dir.resolve("in");
		Files.createDirectories(in);
		Files.copy(resource("shanghai-2019.html"), in.resolve("shanghai-2019.html"));
		assertEquals(Main.OK, run("audit", "in", "--out", "audit"), err());
		List<String> csv = GprTestSupport.read(dir.resolve("audit/audit.csv")).lines().toList();
		// one warning per table whose blanks the identities need (三 and 四), no line per cell
		assertEquals(2, csv.stream().filter(l -> l.contains("个空白")).count(), String.join("\n", csv));
		assertEquals(0, csv.stream().filter(l -> l.contains("为空白，由勾稽关系推得")).count(), String.join("\n", csv));
		assertEquals(Main.OK, run("audit", "in", "--out", "audit2", "--blanks"), err());
		List<String> every = GprTestSupport.read(dir.resolve("audit2/audit.csv")).lines().toList();
		// 予以公开·总计 272 among them, derived from its parts
		assertTrue(every.stream().anyMatch(l -> l.contains(",info,") && l.contains("为空白，由勾稽关系推得 272")), String.join("\n", every));
		assertTrue(every.stream().filter(l -> l.contains("为空白，由勾稽关系推得")).count() > 100, String.join("\n", every));
	}

	/** The line import prints for the Shanghai page's 较去年回落12.3% against a 2018 report with 900 received. */
	private static final String CHANGE_900 = "shanghai-2019.html:19: warning: 叙述与上年报告不符：“较去年回落12.3%”即 -12.3%，"
			+ "按表格为 (859 − 900) / 900 = -4.556%，按所写的 1 位小数为 -4.6%（申请.新收.总计：本年 859，2018 年报告 900）；保留原文";

	@Test
	void importChecksAChangeFromLastYearAgainstThePublishedReportGivenWithPrevious() throws IOException {
		String page = GprTestSupport.read(resource("shanghai-2019.html"));
		Files.writeString(dir.resolve("shanghai-2019.html"), page);
		// SYNTHETIC last year: the 2019 page retitled 2018 with 900 received (not the published 2018 report)
		Files.writeString(dir.resolve("shanghai-2018-synthetic.html"), synthetic2018(page, "900"));
		assertEquals(Main.OK, run("import", "shanghai-2019.html", "--previous", "shanghai-2018-synthetic.html", "--out", "out"), err());
		// (859 − 900) / 900 = −4.556 %: −4.6 %, not the −12.3 % stated
		assertEquals(List.of(CHANGE_900), err().lines().filter(l -> l.contains("较去年回落")).filter(l -> l.startsWith("shanghai-2019.html")).toList(),
				err());
		// last year's report is imported too, written beside, and named as this year's previous
		assertTrue(err().contains("shanghai-2018-synthetic.html → out/shanghai-2018-synthetic.gpr："), err());
		assertTrue(err().contains("shanghai-2019.html → out/shanghai-2019.gpr："), err());
		String text = GprTestSupport.read(dir.resolve("out/shanghai-2019.gpr"));
		assertTrue(text.contains("report \"上海市人民政府办公厅\" year 2019 format gov2019\nprevious \"shanghai-2018-synthetic.gpr\"\n"), text);
		// the link resolves: check reads last year's report (no warning on the link) and finds no error
		assertEquals(Main.OK, run("check", "out/shanghai-2019.gpr"), cli.out());
		assertTrue(cli.out().lines().noneMatch(l -> l.contains("[org.gpr.previous")), cli.out());

		// with 979 last year, (859 − 979) / 979 = −12.257 %: −12.3 % as stated, no finding
		Files.writeString(dir.resolve("shanghai-2018-synthetic.html"), synthetic2018(page, "979"));
		assertEquals(Main.OK, run("import", "shanghai-2019.html", "--previous", "shanghai-2018-synthetic.html", "--out", "out2"), err());
		assertTrue(err().lines().noneMatch(l -> l.startsWith("shanghai-2019.html") && l.contains("较去年回落")), err());
	}

	@Test
	void importChecksAChangeFromLastYearAgainstLastYearsGprReport() throws IOException {
		String page = GprTestSupport.read(resource("shanghai-2019.html"));
		Files.writeString(dir.resolve("shanghai-2019.html"), page);
		Files.writeString(dir.resolve("shanghai-2018-synthetic.html"), synthetic2018(page, "900"));
		assertEquals(Main.OK, run("import", "shanghai-2018-synthetic.html", "--out", "last"), err());
		assertEquals(Main.OK, run("import", "shanghai-2019.html", "--previous", "last/shanghai-2018-synthetic.gpr", "--out", "out"), err());
		assertEquals(List.of(CHANGE_900), err().lines().filter(l -> l.contains("较去年回落")).toList(), err());
		String text = GprTestSupport.read(dir.resolve("out/shanghai-2019.gpr"));
		assertTrue(text.contains("\nprevious \"../last/shanghai-2018-synthetic.gpr\"\n"), text);
		assertEquals(Main.OK, run("check", "out/shanghai-2019.gpr"), cli.out());
		assertTrue(cli.out().lines().noneMatch(l -> l.contains("[org.gpr.previous")), cli.out());
	}

	@Test
	void aPreviousThatIsNotLastYearsReportOfTheSameBodyIsRefused() throws IOException {
		String page = GprTestSupport.read(resource("shanghai-2019.html"));
		Files.writeString(dir.resolve("shanghai-2019.html"), page);
		Files.writeString(dir.resolve("copy-2019.html"), page);
		Files.writeString(dir.resolve("shanghai-2018-synthetic.html"), synthetic2018(page, "900"));
		Files.writeString(dir.resolve("notes.gpr"), "这不是报告\n");
		assertEquals(Main.USAGE, run("import", "shanghai-2019.html", "--previous", "copy-2019.html", "--out", "out"));
		assertEquals("gpr: --previous 给出的 copy-2019.html 是“上海市人民政府办公厅” 2019 年的报告，不是“上海市人民政府办公厅” 2018 年的报告，未导入\n",
				err().lines().filter(l -> l.startsWith("gpr: ")).map(l -> l + "\n").reduce("", String::concat));
		assertEquals(Main.USAGE, run("import", "shanghai-2019.html", "--previous", "nowhere-2018.html", "--out", "out"));
		assertEquals("gpr: 找不到文件：nowhere-2018.html\n", err());
		assertEquals(Main.USAGE, run("import", "shanghai-2019.html", "--previous", "notes.gpr", "--out", "out"));
		assertEquals("gpr: notes.gpr 不是可读取的 gpr 报告（应以 report … year … format … 开头，且没有语法错误），无法用作上年的报告\n", err());
		assertEquals(Main.USAGE, run("import", "shanghai-2019.html", "copy-2019.html", "--previous", "shanghai-2018-synthetic.html",
				"--out", "out"));
		assertEquals("gpr: --previous 只能与一个报告文件一起使用（给出了 2 个）\n", err());
		try (var written = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(), written.toList(), "nothing written");
		}
	}

	private static String synthetic2018(String page, String received) {
		return page.replace("2019年上海市人民政府办公厅", "2018年上海市人民政府办公厅")
				.replace("<td>859</td>", "<td>" + received + "</td>")
				.replace("Real published report", "SYNTHETIC test page made from the real 2019 report (year and one cell changed)");
	}

	@Test
	void auditExitsWith2WhenAFileCannotBeImportedAndStillAuditsTheOthers() throws IOException {
		Path in = dir.resolve("in");
		Files.createDirectories(in);
		Files.copy(resource("shanghai-2019.html"), in.resolve("shanghai-2019.html"));
		Files.write(in.resolve("broken.pdf"), "%PDF-1.7\nnot a pdf at all".getBytes(StandardCharsets.US_ASCII));
		assertEquals(Main.USAGE, run("audit", "in", "--out", "audit"), err());
		assertTrue(err().contains("共审核 2 份报告：0 份有错误，1 份导入失败"), err());
		String csv = GprTestSupport.read(dir.resolve("audit/audit.csv"));
		assertTrue(csv.contains("shanghai-2019.html,上海市人民政府办公厅,2019,gov2019,"), csv);
		assertTrue(csv.lines().anyMatch(l -> l.startsWith("broken.pdf,") && l.contains("无法导入")), csv);
	}
}
