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
 * Each of the eight kinds of reviewer's finding on the customs example converted to the 2021
 * format ({@code resources/review/customs-2021.gpr}: synthetic, every table mapped as FORMATS.md
 * says, dated 2021 so that the format applies), changed to show it, through {@code gpr check}:
 * every line as gpr prints it. The fee rules, which only the 2021 format has, are shown here:
 * （六）2 逾期未缴费 above 0 without the 收费通知 and the 信息处理费 in 六, and a （八） amount in 元.
 */
@ExtendWith(ChineseLocale.class)
class Customs2021ReviewTest {

	@TempDir
	Path dir;

	private CustomsCopy copy;

	@BeforeEach
	void copy() {
		copy = CustomsCopy.of2021(dir);
	}

	private String at(int line, int column, String severity, String message, String code) {
		return copy.name + ":" + line + ":" + column + ": " + severity + ": " + message + " [org.gpr." + code + "]";
	}

	/** What gpr printed, without the conversion's own accepted topic (always there). */
	private List<String> findings() {
		return copy.lines().stream().filter(l -> !l.contains("（规则：信息管理要点）。理由：（合成的转换示例）")).toList();
	}

	private static final String TOPIC = "“一、总体情况”没有提到“政府信息管理”：格式要求这一部分包括这一内容，可计入的词：“政府信息管理”、“信息管理”、“公开属性”、“保密审查”、“信息制作与管理”（规则：信息管理要点）";

	@Test
	void theConversionIsCleanItsOneMissingTopicAccepted() {
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(17, 9, "accepted", "已说明：" + TOPIC
				+ "。理由：（合成的转换示例）原报告按2019年格式编写，未单列政府信息管理；其第（五）部分所述《海关总署政府信息公开审查规程》即公开前的审查", "accepted")),
				copy.lines());
		assertEquals("customs-2021/customs-2021.gpr：0 个错误，0 个警告\ncustoms-2021/customs-2021.gpr：1 个警告已说明理由，不计入\n"
				+ "共检查 1 个文件：0 个错误，0 个警告\n", copy.err());
		// without its acceptance, the topic the 2019 text does not name is the warning
		copy.change(copy.original.substring(copy.original.indexOf("  // 转换说明"), copy.original.indexOf("  heading \"(一)")), "");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(17, 9, "warning", TOPIC, "missingTopic")), copy.lines());
	}

	// --- 1. dates --------------------------------------------------------------------------

	@Test
	void dates() {
		copy.header("published 2022-02-03\nbody department at national")
				.change("title \"海关总署(本级机关)2021年", "title \"海关总署(本级机关)2020年")
				.change("统计期限,自2021年1月1日起", "统计期限,自2020年1月1日起");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(
				at(14, 11, "warning", "发布日期 2022-02-03 晚于发布期限 2022-01-31，晚 3 天（县级以上人民政府部门；《政府信息公开条例》第四十九条：县级以上人民政府部门每年1月31日前公布上一年度报告）（规则：发布期限）", "publishedLate"),
				at(16, 18, "error", "标题中的年份为 2020，报告年度为 2021：应为 2021（规则：标题年份）", "titleYear"),
				at(17, 124, "error", "统计期限“2020年1月1日”不在报告年度 2021：应为 2021年1月1日至2021年12月31日（规则：统计期限）", "periodMismatch")),
				findings());
	}

	@Test
	void publishedBeforeTheYearEnded() {
		copy.header("published 2021-12-30");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(14, 11, "warning",
				"发布日期 2021-12-30 早于统计期限的结束日 2021-12-31：年度报告应在统计期限结束后发布（规则：发布日期）", "publishedEarly")),
				findings());
	}

	@Test
	void aContactParagraphWithoutTheStatisticsPeriod() {
		copy.change("报告中所列数据的统计期限,自2021年1月1日起至2021年12月31日止。", "");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(15, 9, "warning",
				"联系段落没有写统计期限：应写明“本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。”（规则：统计期限）", "periodMissing")),
				findings());
	}

	@Test
	void aDateThatDoesNotExistAndATitleYearNotInDigits() {
		copy.header("published 2024-02-30");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(14, 11, "error", "发布日期 2024-02-30 不存在：2024年2月只有 29 天", "invalidDate")), findings());
		copy = CustomsCopy.of2021(dir.resolve("chinese"));
		copy.change("title \"海关总署(本级机关)2021年", "title \"海关总署(本级机关)二〇二一年");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(14, 18, "error", "标题中的年份“二〇二一”不是阿拉伯数字：应为 2021（规则：标题年份）", "titleYearInvalid")),
				findings());
	}

	// --- 2. copied from last year ------------------------------------------------------------

	@Test
	void copiedFromLastYear() {
		copy.beside("customs-2020.gpr", copy.lastYear()).header("previous \"customs-2020.gpr\"");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(
				at(18, 9, "warning", "“一、总体情况”与上年报告的同一部分有 100% 的文字相同（上年 2425 字，本年 2425 字；不应照搬照抄）（规则：上年雷同）", "copiedSection"),
				at(104, 9, "warning", "“五、存在的主要问题及改进情况”与上年报告的同一部分有 100% 的文字相同（上年 287 字，本年 287 字；不应照搬照抄）（规则：上年雷同）", "copiedSection")),
				copy.lines("copiedSection"));
		List<String> paragraphs = copy.lines("copiedParagraph");
		assertEquals(16, paragraphs.size(), paragraphs.toString());
		assertEquals(at(19, 13, "warning", "本段与上年报告“一、总体情况”第 1 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）", "copiedParagraph"),
				paragraphs.get(0));
		assertEquals(at(105, 13, "warning", "本段与上年报告“五、存在的主要问题及改进情况”第 1 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）", "copiedParagraph"),
				paragraphs.get(15));
		// 第五项, 第六项 and 第八项 have fewer than 3 cells in the 2021 format: not compared
		assertEquals(List.of(
				at(46, 9, "warning", "“第二十条第（一）项”与上年报告的同一表格逐格相同（6 个单元格）（规则：表格雷同）", "copiedTable"),
				at(66, 9, "warning", "“收到和处理政府信息公开申请情况”与上年报告的同一表格逐格相同（175 个单元格）（规则：表格雷同）", "copiedTable"),
				at(97, 9, "warning", "“政府信息公开行政复议、行政诉讼情况”与上年报告的同一表格逐格相同（15 个单元格）（规则：表格雷同）", "copiedTable")),
				copy.lines("copiedTable"));
	}

	@Test
	void aPreviousLinkToTheReportItself() {
		copy.header("previous \"customs-2021.gpr\"");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(14, 10, "error", "上年报告“customs-2021.gpr”就是本报告自己；跨年核对已跳过", "previousSameFile")),
				findings());
	}

	// --- 3. complete -------------------------------------------------------------------------

	@Test
	void incomplete() {
		int start = copy.original.indexOf("section 问题改进 {");
		int end = copy.original.indexOf("\n}\n", start);
		copy.change(copy.original.substring(start, end), "section 问题改进 {\n  paragraph \"无\"");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(103, 9, "warning",
				"“五、存在的主要问题及改进情况”“无”：这一部分应写实际内容；只有 六、其他需要报告的事项 可以写“无”（规则：内容为空）", "emptySection")),
				findings());
	}

	@Test
	void aGovernmentsReportMentionsAssessmentReviewAndAccountability() {
		copy.header("body government at national");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(
				at(18, 9, "warning", "“一、总体情况”没有提到“工作考核结果”：格式要求这一部分包括这一内容，可计入的词：“工作考核”、“考核”（规则：工作考核）", "missingTopic"),
				at(18, 9, "warning", "“一、总体情况”没有提到“社会评议结果”：格式要求这一部分包括这一内容，可计入的词：“社会评议”、“评议”（规则：社会评议）", "missingTopic"),
				at(18, 9, "warning", "“一、总体情况”没有提到“责任追究结果”：格式要求这一部分包括这一内容，可计入的词：“责任追究”、“追责”、“问责”（规则：责任追究）", "missingTopic")),
				findings());
	}

	// --- 4. leftovers ------------------------------------------------------------------------

	@Test
	void templateLeftovers() {
		copy.change("section 主动公开 {\n", "section 主动公开 {\n  paragraph \"该部分以表格形式报告。表格如下：\"\n");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(45, 14, "error", "模板的说明文字“该部分以表格形式报告。表格如下：”留在了报告中：应删除（规则：模板残留）", "leftoverInstruction")),
				findings());
		copy = CustomsCopy.of2021(dir.resolve("placeholder"));
		copy.change("海关总署被评为优秀单位", "XXXX被评为优秀单位");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(18, 50, "error",
				"模板的占位符“XXXX”留在了报告中：应填写实际内容（规则：模板残留，格式的模式 (?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])）", "leftoverPlaceholder")),
				findings());
	}

	// --- 5. fees and money -------------------------------------------------------------------

	private static final String UNPAID = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·总计 为 1（大于 0），“六、其他需要报告的事项”";

	@Test
	void anUnpaidFeeNeedsTheFeeNoticesAndTheChargeInSectionSix() {
		// one application of 3.其他 (撤销申请) becomes one withdrawn for a fee not paid: the totals stay
		copy.change("    逾期未缴费         0      0       0       0       0      0  |    0",
				"    逾期未缴费         1      0       0       0       0      0  |    1")
				.change("    其他情形          60      8       0       0       0      0  |   68",
						"    其他情形          59      8       0       0       0      0  |   67");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(
				at(107, 9, "warning", UNPAID + "应说明发出收费通知的件数，但没有提到：可计入的词：“收费通知”（规则：收费通知）", "missingTopic"),
				at(107, 9, "warning", UNPAID + "应说明收取的信息处理费，但没有提到：可计入的词：“信息处理费”、“收取费用”、“收费金额”（规则：信息处理费）", "missingTopic")),
				findings());
		copy.change("section 其他事项 {\n}", "section 其他事项 {\n  paragraph \"本年发出收费通知1件，申请人逾期未缴纳；未收取信息处理费。\"\n}");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(), findings());
	}

	@Test
	void aFeeAmountWrittenInYuanInTheWanYuanColumn() {
		copy.change("    行政事业性收费                0\n", "    行政事业性收费           251000\n");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(60, 23, "warning",
				"行政事业性收费·本年收费金额（单位：万元） 填写 251000 万元（即 2510000000 元），不小于 100000 万元，像是按元填写的：若实为 251000 元，应填 25.1 万元（规则：金额单位）", "moneyUnit")),
				findings());
		copy.change("    行政事业性收费           251000\n", "    行政事业性收费           251000元\n");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(), findings());
	}

	// --- 6. the body's powers ------------------------------------------------------------------

	private static final String POWERS = "不能制定规章：依《立法法》，只有国务院部门和省、自治区、直辖市、设区的市、自治州的人民政府可以制定规章；应为 0 或说明理由（规则：规章权限）";

	@Test
	void powers() {
		copy.header("body department at county");
		assertEquals(Main.OK, copy.check());
		// 本年废止件数 is 0: only the cells above 0
		assertEquals(List.of(at(48, 29, "warning", "规章·本年制发件数 为 4，但本机关是县级人民政府部门，" + POWERS, "bodyPower"),
				at(48, 55, "warning", "规章·现行有效件数 为 181，但本机关是县级人民政府部门，" + POWERS, "bodyPower")), findings());
	}

	// --- 7. accepted warnings ------------------------------------------------------------------

	private static final String REASON = "（虚构的说明，仅用于测试）本机关的规章由上级机关制定后转发";
	private static final String ROW = "    行政规范性文件          138             0          1541\n";

	@Test
	void anAcceptedWarning() {
		copy.header("body department at county").change(ROW, ROW + "    accept 规章权限 at 规章 \"" + REASON + "\"\n");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(48, 29, "accepted", "已说明：规章·本年制发件数 为 4，但本机关是县级人民政府部门，" + POWERS + "。理由：" + REASON, "accepted"),
				at(48, 55, "accepted", "已说明：规章·现行有效件数 为 181，但本机关是县级人民政府部门，" + POWERS + "。理由：" + REASON, "accepted")),
				findings());
		assertTrue(copy.err().contains("customs-2021/customs-2021.gpr：3 个警告已说明理由，不计入"), copy.err());
	}

	@Test
	void aStaleAnUnknownAndAHardAcceptance() {
		copy.change(ROW, ROW + "    accept 规章权限 at 规章 \"" + REASON + "\"\n");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(49, 12, "warning", "规则“规章权限”在这里已不再报警：这条说明已过时，应删除", "staleAcceptance")), findings());
		copy = CustomsCopy.of2021(dir.resolve("unknown"));
		copy.change("\nsection 总体情况 {", "\naccept 不存在的规则 \"理由\"\nsection 总体情况 {");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(17, 8, "error",
				"说明的规则“不存在的规则”不存在；可说明的规则：发布期限、发布日期、统计期限、上年雷同、表格雷同、内容为空、现行有效结转、上年结转、工作考核、社会评议、责任追究、主动公开要点、依申请公开要点、信息管理要点、平台建设要点、监督保障要点、收费通知、信息处理费、规章权限、金额单位",
				"unknownAcceptedRule")), findings());
		copy = CustomsCopy.of2021(dir.resolve("hard"));
		copy.change("\nsection 总体情况 {", "\naccept 勾稽关系 \"理由\"\nsection 总体情况 {");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(17, 8, "error", "“勾稽关系”是必须成立的规则（错误），不能以说明代替改正", "unacceptableRule")), findings());
	}

	// --- 8. year over year in the narrative ----------------------------------------------------

	@Test
	void aChangeFromLastYearNeedsLastYearsReport() {
		copy.change("件,较2019年减少38.3%;", "件,较上年\" {change(申请.新收.总计)} \";");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(33, 59, "warning", "与上年的变化需要上年报告：请用 previous 链接上年报告，或写 change(… from 上年数值)", "changeUnknown")),
				findings());
		copy.beside("customs-2020.gpr", copy.lastYear()).header("previous \"customs-2020.gpr\"");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(), copy.lines("changeUnknown"));
		assertEquals(Main.OK, copy.run("generate", copy.name, "--out", "out", "--formats", "html"));
		assertTrue(GprTestSupport.read(dir.resolve("out/customs-2021.html")).contains("受理依申请公开180件,较上年持平;"));
	}
}
