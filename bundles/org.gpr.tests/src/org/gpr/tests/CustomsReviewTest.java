package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gpr.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each of the eight kinds of reviewer's finding on a copy of the customs example (2019 format)
 * changed to show it, through {@code gpr check}: every line as gpr prints it, with its line and
 * column. The 2019 format has no fee row （六）2 and its （八） 行政事业性收费 counts items, not money:
 * of the fees and money, only the 万元 check applies, on （九） 采购总金额; the fee rules are shown on
 * the customs example converted to the 2021 format ({@link Customs2021ReviewTest}).
 */
@ExtendWith(ChineseLocale.class)
class CustomsReviewTest {

	@TempDir
	Path dir;

	private CustomsCopy copy;

	@BeforeEach
	void copy() {
		copy = CustomsCopy.of2019(dir);
	}

	private String at(int line, int column, String severity, String message, String code) {
		return copy.name + ":" + line + ":" + column + ": " + severity + ": " + message + " [org.gpr." + code + "]";
	}

	@Test
	void theExampleItselfIsClean() {
		assertEquals(Main.OK, copy.check());
		assertEquals("", copy.out());
		assertEquals("customs-2020/customs-2020.gpr：0 个错误，0 个警告\n共检查 1 个文件：0 个错误，0 个警告\n", copy.err());
	}

	// --- 1. dates --------------------------------------------------------------------------

	@Test
	void dates() {
		copy.header("published 2021-02-03\nbody department at national")
				.change("title \"海关总署(本级机关)2020年", "title \"海关总署(本级机关)2019年")
				.change("统计期限,自2020年1月1日起", "统计期限,自2019年1月1日起");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(
				at(6, 11, "warning", "发布日期 2021-02-03 晚于发布期限 2021-01-31，晚 3 天（县级以上人民政府部门；《政府信息公开条例》第四十九条：县级以上人民政府部门每年1月31日前公布上一年度报告）（规则：发布期限）", "publishedLate"),
				at(8, 18, "error", "标题中的年份为 2019，报告年度为 2020：应为 2020（规则：标题年份）", "titleYear"),
				at(9, 124, "error", "统计期限“2019年1月1日”不在报告年度 2020：应为 2020年1月1日至2020年12月31日（规则：统计期限）", "periodMismatch")),
				copy.lines());
	}

	@Test
	void publishedBeforeTheYearEnded() {
		copy.header("published 2020-12-30");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(6, 11, "warning",
				"发布日期 2020-12-30 早于统计期限的结束日 2020-12-31：年度报告应在统计期限结束后发布（规则：发布日期）", "publishedEarly")),
				copy.lines());
	}

	@Test
	void aContactParagraphWithoutTheStatisticsPeriod() {
		copy.change("报告中所列数据的统计期限,自2020年1月1日起至2020年12月31日止。", "");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(7, 9, "warning",
				"联系段落没有写统计期限：应写明“本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。”（规则：统计期限）", "periodMissing")),
				copy.lines());
	}

	@Test
	void aDateThatDoesNotExistAndATitleYearNotInDigits() {
		copy.header("published 2024-02-30");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(6, 11, "error", "发布日期 2024-02-30 不存在：2024年2月只有 29 天", "invalidDate")), copy.lines());
		copy = CustomsCopy.of2019(dir.resolve("chinese"));
		copy.change("title \"海关总署(本级机关)2020年", "title \"海关总署(本级机关)二〇二〇年");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(6, 18, "error", "标题中的年份“二〇二〇”不是阿拉伯数字：应为 2020（规则：标题年份）", "titleYearInvalid")),
				copy.lines());
	}

	// --- 2. copied from last year ------------------------------------------------------------

	@Test
	void copiedFromLastYear() {
		// last year's report: the same text and tables, only its year changed
		copy.beside("customs-2019.gpr", copy.lastYear()).header("previous \"customs-2019.gpr\"");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(
				at(10, 9, "warning", "“一、总体情况”与上年报告的同一部分有 100% 的文字相同（上年 2425 字，本年 2425 字；不应照搬照抄）（规则：上年雷同）", "copiedSection"),
				at(98, 9, "warning", "“五、存在的主要问题及改进情况”与上年报告的同一部分有 100% 的文字相同（上年 287 字，本年 287 字；不应照搬照抄）（规则：上年雷同）", "copiedSection")),
				copy.lines("copiedSection"));
		List<String> paragraphs = copy.lines("copiedParagraph");
		assertEquals(16, paragraphs.size(), paragraphs.toString());
		assertEquals(at(11, 13, "warning", "本段与上年报告“一、总体情况”第 1 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）", "copiedParagraph"),
				paragraphs.get(0));
		assertEquals(at(32, 13, "warning", "本段与上年报告“一、总体情况”第 15 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）", "copiedParagraph"),
				paragraphs.get(14));
		assertEquals(at(99, 13, "warning", "本段与上年报告“五、存在的主要问题及改进情况”第 1 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）", "copiedParagraph"),
				paragraphs.get(15));
		assertEquals(List.of(
				at(36, 9, "warning", "“第二十条第（一）项”与上年报告的同一表格逐格相同（6 个单元格）（规则：表格雷同）", "copiedTable"),
				at(41, 9, "warning", "“第二十条第（五）项”与上年报告的同一表格逐格相同（6 个单元格）（规则：表格雷同）", "copiedTable"),
				at(46, 9, "warning", "“第二十条第（六）项”与上年报告的同一表格逐格相同，全部为 0（6 个单元格）（规则：表格雷同）", "copiedTable"),
				at(60, 9, "warning", "“收到和处理政府信息公开申请情况”与上年报告的同一表格逐格相同（175 个单元格）（规则：表格雷同）", "copiedTable"),
				at(91, 9, "warning", "“政府信息公开行政复议、行政诉讼情况”与上年报告的同一表格逐格相同（15 个单元格）（规则：表格雷同）", "copiedTable")),
				copy.lines("copiedTable"));
	}

	@Test
	void aPreviousLinkToTheReportItself() {
		copy.header("previous \"customs-2020.gpr\"");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(6, 10, "error", "上年报告“customs-2020.gpr”就是本报告自己；跨年核对已跳过", "previousSameFile")),
				copy.lines());
	}

	// --- 3. complete -------------------------------------------------------------------------

	@Test
	void incomplete() {
		int start = copy.original.indexOf("section 问题改进 {");
		int end = copy.original.indexOf("\n}\n", start);
		copy.change(copy.original.substring(start, end), "section 问题改进 {\n  paragraph \"无\"");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(97, 9, "warning",
				"“五、存在的主要问题及改进情况”“无”：这一部分应写实际内容；只有 六、其他需要报告的事项 可以写“无”（规则：内容为空）", "emptySection")),
				copy.lines());
	}

	@Test
	void aGovernmentsReportMentionsAssessmentReviewAndAccountability() {
		copy.header("body government at national");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(
				at(10, 9, "warning", "“一、总体情况”没有提到“工作考核结果”：格式要求这一部分包括这一内容，可计入的词：“工作考核”、“考核”（规则：工作考核）", "missingTopic"),
				at(10, 9, "warning", "“一、总体情况”没有提到“社会评议结果”：格式要求这一部分包括这一内容，可计入的词：“社会评议”、“评议”（规则：社会评议）", "missingTopic"),
				at(10, 9, "warning", "“一、总体情况”没有提到“责任追究结果”：格式要求这一部分包括这一内容，可计入的词：“责任追究”、“追责”、“问责”（规则：责任追究）", "missingTopic")),
				copy.lines());
	}

	// --- 4. leftovers ------------------------------------------------------------------------

	@Test
	void templateLeftovers() {
		copy.change("section 主动公开 {\n", "section 主动公开 {\n  paragraph \"该部分以表格形式报告。表格如下：\"\n");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(35, 14, "error", "模板的说明文字“该部分以表格形式报告。表格如下：”留在了报告中：应删除（规则：模板残留）", "leftoverInstruction")),
				copy.lines());
		copy = CustomsCopy.of2019(dir.resolve("placeholder"));
		copy.change("海关总署被评为优秀单位", "XXXX被评为优秀单位");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(10, 50, "error",
				"模板的占位符“XXXX”留在了报告中：应填写实际内容（规则：模板残留，格式的模式 (?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])）", "leftoverPlaceholder")),
				copy.lines());
	}

	// --- 5. fees and money -------------------------------------------------------------------

	@Test
	void aProcurementAmountWrittenInYuanInTheWanYuanColumn() {
		copy.change("1118           31819.54", "1118           318195400");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(54, 39, "warning",
				"政府集中采购·采购总金额 填写 318195400 万元（即 3181954000000 元），不小于 1000000 万元，像是按元填写的：若实为 318195400 元，应填 31819.54 万元（规则：采购金额单位）", "moneyUnit")),
				copy.lines());
		// written with its unit, the amount is converted to 万元 and plausible
		copy.change("1118           318195400", "1118           318195400元");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(), copy.lines());
	}

	// --- 6. the body's powers ------------------------------------------------------------------

	private static final String POWERS = "不能制定规章：依《立法法》，只有国务院部门和省、自治区、直辖市、设区的市、自治州的人民政府可以制定规章；应为 0 或说明理由（规则：规章权限）";

	@Test
	void powers() {
		copy.header("body department at county");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(38, 26, "warning", "规章·本年新制作数量 为 4，但本机关是县级人民政府部门，" + POWERS, "bodyPower"),
				at(38, 42, "warning", "规章·本年新公开数量 为 4，但本机关是县级人民政府部门，" + POWERS, "bodyPower"),
				at(38, 55, "warning", "规章·对外公开总数量 为 181，但本机关是县级人民政府部门，" + POWERS, "bodyPower")), copy.lines());
	}

	// --- 7. accepted warnings ------------------------------------------------------------------

	private static final String REASON = "（虚构的说明，仅用于测试）本机关的规章由上级机关制定后转发";
	private static final String ROW = "    规范性文件           138             138           1541\n";

	@Test
	void anAcceptanceWithItsNoteInTheGeneratedReport() {
		copy.header("body department at county").change(ROW, ROW + "    accept 规章权限 at 规章 \"" + REASON + "\"\n");
		assertEquals(Main.OK, copy.check());
		assertTrue(copy.out().startsWith("已说明理由的警告（不计入）：\n"), copy.out());
		assertEquals(List.of(at(38, 26, "accepted", "已说明：规章·本年新制作数量 为 4，但本机关是县级人民政府部门，" + POWERS + "。理由：" + REASON, "accepted"),
				at(38, 42, "accepted", "已说明：规章·本年新公开数量 为 4，但本机关是县级人民政府部门，" + POWERS + "。理由：" + REASON, "accepted"),
				at(38, 55, "accepted", "已说明：规章·对外公开总数量 为 181，但本机关是县级人民政府部门，" + POWERS + "。理由：" + REASON, "accepted")),
				copy.lines());
		assertTrue(copy.err().contains("customs-2020/customs-2020.gpr：0 个错误，0 个警告\n"
				+ "customs-2020/customs-2020.gpr：3 个警告已说明理由，不计入"), copy.err());
		assertEquals(Main.OK, copy.run("generate", "customs-2020", "--out", "out", "--formats", "html"));
		String html = GprTestSupport.read(dir.resolve("out/customs-2020.html"));
		int table = html.indexOf("data-table=\"第一项\"");
		int note = html.indexOf("<p class=\"table-note\">注：" + REASON + "</p>");
		assertTrue(table > 0 && note > table && note < html.indexOf("data-table=\"第五项\""), html);
	}

	@Test
	void aStaleAnUnknownAndAHardAcceptance() {
		// no body declared: the power rule does not fire, so its acceptance is stale
		copy.change(ROW, ROW + "    accept 规章权限 at 规章 \"" + REASON + "\"\n");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(39, 12, "warning", "规则“规章权限”在这里已不再报警：这条说明已过时，应删除", "staleAcceptance")), copy.lines());
		copy = CustomsCopy.of2019(dir.resolve("unknown"));
		copy.change("\nsection 总体情况 {", "\naccept 不存在的规则 \"理由\"\nsection 总体情况 {");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(9, 8, "error",
				"说明的规则“不存在的规则”不存在；可说明的规则：发布期限、发布日期、统计期限、上年雷同、表格雷同、内容为空、公开总数不少于新公开、新公开不多于新制作、项目数量结转、上年结转、工作考核、社会评议、责任追究、规章权限、采购金额单位",
				"unknownAcceptedRule")), copy.lines());
		copy = CustomsCopy.of2019(dir.resolve("hard"));
		copy.change("\nsection 总体情况 {", "\naccept 勾稽关系 \"理由\"\nsection 总体情况 {");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(9, 8, "error", "“勾稽关系”是必须成立的规则（错误），不能以说明代替改正", "unacceptableRule")), copy.lines());
	}

	// --- 8. year over year in the narrative ----------------------------------------------------

	@Test
	void aChangeFromLastYearInTheNarrative() {
		copy.change("件,较2019年减少38.3%;", "件,较2019年\" {change(申请.新收.总计 from 292)} \";");
		assertEquals(Main.OK, copy.check());
		assertEquals("", copy.out());
		assertEquals(Main.OK, copy.run("generate", "customs-2020", "--out", "out", "--formats", "html"));
		String html = GprTestSupport.read(dir.resolve("out/customs-2020.html"));
		assertTrue(html.contains("2020年总署机关受理依申请公开180件,较2019年减少38.4%;"), html);
	}

	@Test
	void aChangeFromLastYearNeedsLastYearsReport() {
		copy.change("件,较2019年减少38.3%;", "件,较上年\" {change(申请.新收.总计)} \";");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(23, 59, "warning", "与上年的变化需要上年报告：请用 previous 链接上年报告，或写 change(… from 上年数值)", "changeUnknown")),
				copy.lines());
		// with last year's report linked (the same numbers), the change is computed: no warning
		copy.beside("customs-2019.gpr", copy.lastYear()).header("previous \"customs-2019.gpr\"");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(), copy.lines("changeUnknown"));
		assertEquals(Main.OK, copy.run("generate", "customs-2020", "--out", "out", "--formats", "html"));
		assertTrue(GprTestSupport.read(dir.resolve("out/customs-2020.html")).contains("受理依申请公开180件,较上年持平;"));
	}
}
