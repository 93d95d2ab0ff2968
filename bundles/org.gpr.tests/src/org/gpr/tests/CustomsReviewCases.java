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
 * The kinds of reviewer's finding that both customs copies show in the same way, each on a copy
 * changed to show it, through {@code gpr check}: every line as gpr prints it, with its line and
 * column. A subclass says which copy ({@link CustomsReviewTest}: the example in the 2019 format;
 * {@link Customs2021ReviewTest}: its conversion to the 2021 format), its year, where its lines are
 * and what its format makes different (its tables, its rules); the findings only one format has are
 * tested in the subclass.
 */
@ExtendWith(ChineseLocale.class)
abstract class CustomsReviewCases {

	@TempDir
	Path dir;

	CustomsCopy copy;

	/** The copy of the customs example in {@code dir}. */
	abstract CustomsCopy copyIn(Path dir);

	/** The report's year (2020 for the example, 2021 for its conversion). */
	abstract int year();

	/** The line of the report's {@code title} (where {@link CustomsCopy#header} adds its first line). */
	abstract int titleLine();

	/** The line of {@code section 主动公开 {}. */
	abstract int publicSectionLine();

	/** The line of {@code section 问题改进 {}. */
	abstract int problemsSectionLine();

	/** The line of the last paragraph of 总体情况 (its 15th, the items of its list counted). */
	abstract int overviewLastParagraphLine();

	/** The line of the narrative's “较2019年减少38.3%”. */
	abstract int changeLine();

	/** The line of table 第一项's row 规章. */
	abstract int rulesRowLine();

	/** The row after 规章 in table 第一项, as written. */
	abstract String rowAfterRules();

	/** The tables found copied from last year's report, each a line as gpr prints it. */
	abstract List<String> copiedTables();

	/** The cells of 规章 above 0, as {@code column} and {@code what is printed}: the body's powers rule fires on each. */
	abstract List<Cell> rulesCells();

	/** The rules the format lets a report accept, as the error for an unknown one lists them. */
	abstract String acceptableRules();

	record Cell(int column, String text) {
	}

	@BeforeEach
	void copy() {
		copy = copyIn(dir);
	}

	String at(int line, int column, String severity, String message, String code) {
		return copy.name + ":" + line + ":" + column + ": " + severity + ": " + message + " [org.gpr." + code + "]";
	}

	/** What gpr printed; a subclass leaves out what its copy always has. */
	List<String> findings() {
		return copy.lines();
	}

	/** The year in Chinese numerals (2020: 二〇二〇). */
	private static String chinese(int year) {
		StringBuilder b = new StringBuilder();
		for (char c : String.valueOf(year).toCharArray()) {
			b.append("〇一二三四五六七八九".charAt(c - '0'));
		}
		return b.toString();
	}

	// --- 1. dates --------------------------------------------------------------------------

	@Test
	void dates() {
		int y = year();
		copy.header("published " + (y + 1) + "-02-03\nbody department at national")
				.change("title \"海关总署(本级机关)" + y + "年", "title \"海关总署(本级机关)" + (y - 1) + "年")
				.change("统计期限,自" + y + "年1月1日起", "统计期限,自" + (y - 1) + "年1月1日起");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(
				at(titleLine(), 11, "warning", "发布日期 " + (y + 1) + "-02-03 晚于发布期限 " + (y + 1) + "-01-31，晚 3 天（县级以上人民政府部门；《政府信息公开条例》第四十九条：县级以上人民政府部门每年1月31日前公布上一年度报告）（规则：发布期限）", "publishedLate"),
				at(titleLine() + 2, 18, "error", "标题中的年份为 " + (y - 1) + "，报告年度为 " + y + "：应为 " + y + "（规则：标题年份）", "titleYear"),
				at(titleLine() + 3, 124, "error", "统计期限“" + (y - 1) + "年1月1日”不在报告年度 " + y + "：应为 " + y + "年1月1日至" + y + "年12月31日（规则：统计期限）", "periodMismatch")),
				findings());
	}

	@Test
	void publishedBeforeTheYearEnded() {
		int y = year();
		copy.header("published " + y + "-12-30");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(titleLine(), 11, "warning",
				"发布日期 " + y + "-12-30 早于统计期限的结束日 " + y + "-12-31：年度报告应在统计期限结束后发布（规则：发布日期）", "publishedEarly")),
				findings());
	}

	@Test
	void aContactParagraphWithoutTheStatisticsPeriod() {
		int y = year();
		copy.change("报告中所列数据的统计期限,自" + y + "年1月1日起至" + y + "年12月31日止。", "");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(titleLine() + 1, 9, "warning",
				"联系段落没有写统计期限：应写明“本报告中所列数据的统计期限自" + y + "年1月1日起至" + y + "年12月31日止。”（规则：统计期限）", "periodMissing")),
				findings());
	}

	@Test
	void aDateThatDoesNotExistAndATitleYearNotInDigits() {
		copy.header("published 2024-02-30");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(titleLine(), 11, "error", "发布日期 2024-02-30 不存在：2024年2月只有 29 天", "invalidDate")), findings());
		copy = copyIn(dir.resolve("chinese"));
		copy.change("title \"海关总署(本级机关)" + year() + "年", "title \"海关总署(本级机关)" + chinese(year()) + "年");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(titleLine(), 18, "error",
				"标题中的年份“" + chinese(year()) + "”不是阿拉伯数字：应为 " + year() + "（规则：标题年份）", "titleYearInvalid")),
				findings());
	}

	// --- 2. copied from last year ------------------------------------------------------------

	@Test
	void copiedFromLastYear() {
		// last year's report: the same text and tables, only its year changed
		String last = "customs-" + (year() - 1) + ".gpr";
		copy.beside(last, copy.lastYear()).header("previous \"" + last + "\"");
		assertEquals(Main.OK, copy.check());
		int first = titleLine() + 4;
		int problems = problemsSectionLine() + 1;
		assertEquals(List.of(
				at(first, 9, "warning", "“一、总体情况”与上年报告的同一部分有 100% 的文字相同（上年 2425 字，本年 2425 字；不应照搬照抄）（规则：上年雷同）", "copiedSection"),
				at(problems, 9, "warning", "“五、存在的主要问题及改进情况”与上年报告的同一部分有 100% 的文字相同（上年 287 字，本年 287 字；不应照搬照抄）（规则：上年雷同）", "copiedSection")),
				copy.lines("copiedSection"));
		List<String> paragraphs = copy.lines("copiedParagraph");
		assertEquals(16, paragraphs.size(), paragraphs.toString());
		assertEquals(at(first + 1, 13, "warning", "本段与上年报告“一、总体情况”第 1 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）", "copiedParagraph"),
				paragraphs.get(0));
		assertEquals(at(overviewLastParagraphLine() + 1, 13, "warning", "本段与上年报告“一、总体情况”第 15 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）", "copiedParagraph"),
				paragraphs.get(14));
		assertEquals(at(problems + 1, 13, "warning", "本段与上年报告“五、存在的主要问题及改进情况”第 1 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）", "copiedParagraph"),
				paragraphs.get(15));
		assertEquals(copiedTables(), copy.lines("copiedTable"));
	}

	@Test
	void aPreviousLinkToTheReportItself() {
		String self = "customs-" + year() + ".gpr";
		copy.header("previous \"" + self + "\"");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(titleLine(), 10, "error", "上年报告“" + self + "”就是本报告自己；跨年核对已跳过", "previousSameFile")),
				findings());
	}

	// --- 3. complete -------------------------------------------------------------------------

	@Test
	void incomplete() {
		int start = copy.original.indexOf("section 问题改进 {");
		int end = copy.original.indexOf("\n}\n", start);
		copy.change(copy.original.substring(start, end), "section 问题改进 {\n  paragraph \"无\"");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(problemsSectionLine(), 9, "warning",
				"“五、存在的主要问题及改进情况”“无”：这一部分应写实际内容；只有 六、其他需要报告的事项 可以写“无”（规则：内容为空）", "emptySection")),
				findings());
	}

	@Test
	void aGovernmentsReportMentionsAssessmentReviewAndAccountability() {
		copy.header("body government at national");
		assertEquals(Main.OK, copy.check());
		int first = titleLine() + 4;
		assertEquals(List.of(
				at(first, 9, "warning", "“一、总体情况”没有提到“工作考核结果”：格式要求这一部分包括这一内容，可计入的词：“工作考核”、“考核”（规则：工作考核）", "missingTopic"),
				at(first, 9, "warning", "“一、总体情况”没有提到“社会评议结果”：格式要求这一部分包括这一内容，可计入的词：“社会评议”、“评议”（规则：社会评议）", "missingTopic"),
				at(first, 9, "warning", "“一、总体情况”没有提到“责任追究结果”：格式要求这一部分包括这一内容，可计入的词：“责任追究”、“追责”、“问责”（规则：责任追究）", "missingTopic")),
				findings());
	}

	// --- 4. leftovers ------------------------------------------------------------------------

	@Test
	void templateLeftovers() {
		copy.change("section 主动公开 {\n", "section 主动公开 {\n  paragraph \"该部分以表格形式报告。表格如下：\"\n");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(publicSectionLine() + 1, 14, "error", "模板的说明文字“该部分以表格形式报告。表格如下：”留在了报告中：应删除（规则：模板残留）", "leftoverInstruction")),
				findings());
		copy = copyIn(dir.resolve("placeholder"));
		copy.change("海关总署被评为优秀单位", "XXXX被评为优秀单位");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(titleLine() + 4, 50, "error",
				"模板的占位符“XXXX”留在了报告中：应填写实际内容（规则：模板残留，格式的模式 (?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])）", "leftoverPlaceholder")),
				findings());
	}

	// --- 6. the body's powers ------------------------------------------------------------------

	private static final String POWERS = "不能制定规章：依《立法法》，只有国务院部门和省、自治区、直辖市、设区的市、自治州的人民政府可以制定规章；应为 0 或说明理由（规则：规章权限）";

	@Test
	void powers() {
		copy.header("body department at county");
		assertEquals(Main.OK, copy.check());
		assertEquals(rulesCells().stream().map(c -> at(rulesRowLine(), c.column(), "warning",
				c.text() + "，但本机关是县级人民政府部门，" + POWERS, "bodyPower")).toList(), findings());
	}

	// --- 7. accepted warnings ------------------------------------------------------------------

	private static final String REASON = "（虚构的说明，仅用于测试）本机关的规章由上级机关制定后转发";

	@Test
	void anAcceptanceWithItsNoteInTheGeneratedReport() {
		copy.header("body department at county")
				.change(rowAfterRules(), rowAfterRules() + "    accept 规章权限 at 规章 \"" + REASON + "\"\n");
		assertEquals(Main.OK, copy.check());
		assertTrue(copy.out().startsWith("已说明理由的警告（不计入）：\n"), copy.out());
		assertEquals(rulesCells().stream().map(c -> at(rulesRowLine(), c.column(), "accepted",
				"已说明：" + c.text() + "，但本机关是县级人民政府部门，" + POWERS + "。理由：" + REASON, "accepted")).toList(),
				findings());
		assertTrue(copy.err().contains(copy.name + "：0 个错误，0 个警告\n" + copy.name + "：3 个警告已说明理由，不计入"),
				copy.err());
		assertEquals(Main.OK, copy.run("generate", copy.name, "--out", "out", "--formats", "html"));
		String html = GprTestSupport.read(dir.resolve("out/customs-" + year() + ".html"));
		int table = html.indexOf("data-table=\"第一项\"");
		int note = html.indexOf("<p class=\"table-note\">注：" + REASON + "</p>");
		assertTrue(table > 0 && note > table && note < html.indexOf("data-table=\"第五项\""), html);
	}

	@Test
	void aStaleAnUnknownAndAHardAcceptance() {
		// no body declared: the power rule does not fire, so its acceptance is stale
		copy.change(rowAfterRules(), rowAfterRules() + "    accept 规章权限 at 规章 \"" + REASON + "\"\n");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(rulesRowLine() + 1, 12, "warning", "规则“规章权限”在这里已不再报警：这条说明已过时，应删除", "staleAcceptance")),
				findings());
		copy = copyIn(dir.resolve("unknown"));
		copy.change("\nsection 总体情况 {", "\naccept 不存在的规则 \"理由\"\nsection 总体情况 {");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(titleLine() + 3, 8, "error", "说明的规则“不存在的规则”不存在；可说明的规则：" + acceptableRules(),
				"unknownAcceptedRule")), findings());
		copy = copyIn(dir.resolve("hard"));
		copy.change("\nsection 总体情况 {", "\naccept 勾稽关系 \"理由\"\nsection 总体情况 {");
		assertEquals(Main.ERRORS, copy.check());
		assertEquals(List.of(at(titleLine() + 3, 8, "error", "“勾稽关系”是必须成立的规则（错误），不能以说明代替改正", "unacceptableRule")),
				findings());
	}

	// --- 8. year over year in the narrative ----------------------------------------------------

	@Test
	void aChangeFromLastYearNeedsLastYearsReport() {
		copy.change("件,较2019年减少38.3%;", "件,较上年\" {change(申请.新收.总计)} \";");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(at(changeLine(), 59, "warning", "与上年的变化需要上年报告：请用 previous 链接上年报告，或写 change(… from 上年数值)", "changeUnknown")),
				findings());
		// with last year's report linked (the same numbers), the change is computed: no warning
		String last = "customs-" + (year() - 1) + ".gpr";
		copy.beside(last, copy.lastYear()).header("previous \"" + last + "\"");
		assertEquals(Main.OK, copy.check());
		assertEquals(List.of(), copy.lines("changeUnknown"));
		assertEquals(Main.OK, copy.run("generate", copy.name, "--out", "out", "--formats", "html"));
		assertTrue(GprTestSupport.read(dir.resolve("out/customs-" + year() + ".html")).contains("受理依申请公开180件,较上年持平;"));
	}
}
