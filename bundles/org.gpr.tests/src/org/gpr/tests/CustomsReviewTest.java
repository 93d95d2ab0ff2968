package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gpr.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of reviewer's finding on a copy of the customs example changed to show it, through
 * {@code gpr check} (and {@code gpr generate} for the note of an accepted warning). The customs
 * report is in the 2019 format, which has no fee row: the fee rules are shown on the 2021 test
 * reports ({@link ReviewTest}) only.
 */
@ExtendWith(ChineseLocale.class)
class CustomsReviewTest {

	@TempDir
	Path dir;

	private Path folder;
	private Path report;
	private String original;
	private final CliRun cli = new CliRun(() -> dir);

	@BeforeEach
	void copy() {
		folder = GprTestSupport.copyExample(dir);
		report = folder.resolve("customs-2020.gpr");
		original = GprTestSupport.read(report);
	}

	private void write(String from, String to) throws IOException {
		String text = GprTestSupport.read(report);
		assertTrue(text.contains(from), from);
		Files.writeString(report, text.replace(from, to), StandardCharsets.UTF_8);
	}

	private int run(String... args) {
		return cli.run(args);
	}

	private List<String> lines(String code) {
		return cli.out().lines().filter(l -> l.endsWith("[org.gpr." + code + "]")).toList();
	}

	private static final String HEADER = "format customs2020\n";

	@Test
	void theExampleItselfIsClean() {
		assertEquals(Main.OK, run("check", "customs-2020"));
		assertEquals("", cli.out());
	}

	@Test
	void dates() throws IOException {
		write(HEADER, HEADER + "published 2021-02-03\nbody department at national\n");
		write("title \"海关总署(本级机关)2020年", "title \"海关总署(本级机关)2019年");
		write("统计期限,自2020年1月1日起", "统计期限,自2019年1月1日起");
		assertEquals(Main.ERRORS, run("check", "customs-2020"));
		assertEquals(List.of("customs-2020/customs-2020.gpr:6:11: warning: 发布日期 2021-02-03 晚于发布期限 2021-01-31，晚 3 天（县级以上人民政府部门；《政府信息公开条例》第四十九条：县级以上人民政府部门每年1月31日前公布上一年度报告）（规则：发布期限） [org.gpr.publishedLate]"),
				lines("publishedLate"));
		assertEquals(1, lines("titleYear").size());
		assertTrue(lines("titleYear").get(0).startsWith("customs-2020/customs-2020.gpr:8:18: error: 标题中的年份为 2019，报告年度为 2020"), lines("titleYear").toString());
		assertEquals(1, lines("periodMismatch").size());
	}

	@Test
	void copiedFromLastYear() throws IOException {
		// last year's report: the same text and tables, only its year changed
		String lastYear = original.replace("year 2020", "year 2019").replace("2020年1月1日起至2020年12月31日", "2019年1月1日起至2019年12月31日")
				.replace("(本级机关)2020年", "(本级机关)2019年");
		Files.writeString(folder.resolve("customs-2019.gpr"), lastYear, StandardCharsets.UTF_8);
		write(HEADER, HEADER + "previous \"customs-2019.gpr\"\n");
		assertEquals(Main.OK, run("check", "customs-2020/customs-2020.gpr"));
		assertEquals(1, lines("copiedSection").size() > 0 ? 1 : 0, cli.out());
		assertTrue(lines("copiedSection").stream().anyMatch(l -> l.contains("“一、总体情况”与上年报告的同一部分有 100% 的文字相同")),
				cli.out());
		assertTrue(lines("copiedParagraph").size() >= 10, lines("copiedParagraph").toString());
		assertTrue(lines("copiedTable").stream().anyMatch(l -> l.contains("“收到和处理政府信息公开申请情况”与上年报告的同一表格逐格相同")),
				lines("copiedTable").toString());
	}

	@Test
	void incomplete() throws IOException {
		int start = original.indexOf("section 问题改进 {");
		int end = original.indexOf("\n}\n", start);
		Files.writeString(report, original.substring(0, start) + "section 问题改进 {\n  paragraph \"无\"" + original.substring(end),
				StandardCharsets.UTF_8);
		assertEquals(Main.OK, run("check", "customs-2020"));
		assertEquals(1, lines("emptySection").size(), cli.out());
		assertTrue(lines("emptySection").get(0).contains("“五、存在的主要问题及改进情况”“无”：这一部分应写实际内容"));
	}

	@Test
	void templateLeftovers() throws IOException {
		write("section 主动公开 {\n", "section 主动公开 {\n  paragraph \"该部分以表格形式报告。表格如下：\"\n");
		assertEquals(Main.ERRORS, run("check", "customs-2020"));
		assertEquals(1, lines("leftoverInstruction").size(), cli.out());
		assertTrue(lines("leftoverInstruction").get(0).contains(": error: 模板的说明文字“该部分以表格形式报告。表格如下：”留在了报告中：应删除"));
	}

	@Test
	void powersAndAnAcceptanceWithItsNoteInTheGeneratedReport() throws IOException {
		write(HEADER, HEADER + "body department at county\n");
		assertEquals(Main.OK, run("check", "customs-2020"));
		assertEquals(3, lines("bodyPower").size(), cli.out());
		assertTrue(lines("bodyPower").get(0).contains("规章·本年新制作数量 为 4，但本机关是县级人民政府部门，不能制定规章"));
		String reason = "（虚构的说明，仅用于测试）本机关的规章由上级机关制定后转发";
		write("    规范性文件           138             138           1541\n",
				"    规范性文件           138             138           1541\n    accept 规章权限 at 规章 \"" + reason + "\"\n");
		assertEquals(Main.OK, run("check", "customs-2020"));
		assertEquals(List.of(), lines("bodyPower"));
		String printed = cli.out();
		assertTrue(printed.startsWith("已说明理由的警告（不计入）：\n"), printed);
		assertEquals(3, lines("accepted").size(), printed);
		assertTrue(lines("accepted").get(0).contains(": accepted: 已说明：规章·本年新制作数量 为 4"), printed);
		assertTrue(cli.err().contains("customs-2020/customs-2020.gpr：0 个错误，0 个警告\n"
				+ "customs-2020/customs-2020.gpr：3 个警告已说明理由，不计入"), cli.err());
		assertEquals(Main.OK, run("generate", "customs-2020", "--out", "out", "--formats", "html"));
		String html = GprTestSupport.read(dir.resolve("out/customs-2020.html"));
		int table = html.indexOf("data-table=\"第一项\"");
		int note = html.indexOf("<p class=\"table-note\">注：" + reason + "</p>");
		assertTrue(table > 0 && note > table && note < html.indexOf("data-table=\"第五项\""), html);
	}

	@Test
	void aChangeFromLastYearInTheNarrative() throws IOException {
		write("件,较2019年减少38.3%;", "件,较2019年\" {change(申请.新收.总计 from 292)} \";");
		assertEquals(Main.OK, run("check", "customs-2020"));
		assertEquals("", cli.out());
		assertEquals(Main.OK, run("generate", "customs-2020", "--out", "out", "--formats", "html"));
		String html = GprTestSupport.read(dir.resolve("out/customs-2020.html"));
		assertTrue(html.contains("2020年总署机关受理依申请公开180件,较2019年减少38.4%;"), html);
	}
}
