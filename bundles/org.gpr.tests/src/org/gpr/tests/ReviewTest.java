package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gpr.gpr.Report;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The checks a reviewer makes beyond the sums, on test reports made for each (the minimal reports
 * of both formats, changed): dates, text and tables copied from last year, completeness, template
 * leftovers, fees and money, the body's powers, accepted warnings and changes from last year.
 * Offsets, lengths and messages are exact.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class ReviewTest {

	@Inject
	private GprTestSupport support;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static String change(String text, String from, String to) {
		assertTrue(text.contains(from), from);
		return text.replace(from, to);
	}

	private List<Issue> issues(String text) {
		return support.validate(support.parse(text));
	}

	/** This year's report with last year's beside it as 2021.gpr (or 2019.gpr). */
	private List<Issue> withPrevious(String previousName, String previous, String text) {
		XtextResourceSet set = resourceSets.get();
		GprTestSupport.load(set, previousName, previous);
		return support.validate(GprTestSupport.load(set, "test.gpr", text));
	}

	static List<Issue> of(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	static Issue one(List<Issue> issues, String code) {
		List<Issue> found = of(issues, code);
		assertEquals(1, found.size(), issues.stream().map(Issue::toString).collect(Collectors.joining("\n")));
		return found.get(0);
	}

	static void at(Issue issue, String text, String anchor, int shift, int length, String message) {
		assertEquals(message, issue.getMessage());
		assertEquals(text.indexOf(anchor) + shift, issue.getOffset(), issue.toString());
		assertEquals(length, issue.getLength(), issue.toString());
	}

	private static String header(String text, String lines) {
		return change(text, "\ntitle ", "\n" + lines + "\ntitle ");
	}

	/** Acceptances of the whole report stand after the contact paragraph. */
	private static String afterContact(String text, String lines) {
		return change(text, "\nsection 总体情况 {", "\n" + lines + "\nsection 总体情况 {");
	}

	// --- 1. dates ------------------------------------------------------------------------

	@Test
	void publishedAfterTheDepartmentsDeadlineIsAWarning2021() {
		String text = header(GprTestSupport.minimal2021(), "published 2022-02-05\nbody department at county");
		List<Issue> issues = issues(text);
		at(one(issues, IssueCodes.PUBLISHED_LATE), text, "2022-02-05", 0, 10,
				"发布日期 2022-02-05 晚于发布期限 2022-01-31，晚 5 天（县级以上人民政府部门；《政府信息公开条例》第四十九条：县级以上人民政府部门每年1月31日前公布上一年度报告）（规则：发布期限）");
		assertEquals(Severity.WARNING, one(issues, IssueCodes.PUBLISHED_LATE).getSeverity());
	}

	@Test
	void aGovernmentsRegionalReportHasUntil31March2019() {
		String onTime = header(GprTestSupport.minimal2019(), "published 2021-03-31\nbody government at county");
		assertEquals(List.of(), of(issues(onTime), IssueCodes.PUBLISHED_LATE));
		String late = header(GprTestSupport.minimal2019(), "published 2021-04-02\nbody government at county");
		at(one(issues(late), IssueCodes.PUBLISHED_LATE), late, "2021-04-02", 0, 10,
				"发布日期 2021-04-02 晚于发布期限 2021-03-31，晚 2 天（县级以上人民政府；《政府信息公开条例》第四十九条：县级以上地方人民政府每年3月31日前公布本级政府上一年度报告）（规则：发布期限）");
		// no kind declared: the latest deadline, so nothing is called late that may not be
		String unknown = header(GprTestSupport.minimal2019(), "published 2021-02-05");
		assertEquals(List.of(), of(issues(unknown), IssueCodes.PUBLISHED_LATE));
	}

	@Test
	void aProjectsFormatSetsAnEarlierLocalDeadline() {
		String local = "format 本省2021 extends gov2021 {\n"
				+ "\tdeadline 01-28 for department \"本省规定：部门1月28日前公布\"\n}\n";
		String text = change(header(GprTestSupport.minimal2021(), "published 2022-01-30\nbody department"),
				"format gov2021", "format 本省2021");
		List<Issue> issues = support.validate(support.parse(text, local));
		at(one(issues, IssueCodes.PUBLISHED_LATE), text, "2022-01-30", 0, 10,
				"发布日期 2022-01-30 晚于发布期限 2022-01-28，晚 2 天（县级以上人民政府部门；本省规定：部门1月28日前公布）（规则：发布期限）");
	}

	@Test
	void aDateThatDoesNotExistIsOneError() {
		String text = header(GprTestSupport.minimal2021(), "published 2024-02-30");
		List<Issue> issues = issues(text);
		Issue issue = one(issues, IssueCodes.INVALID_DATE);
		at(issue, text, "2024-02-30", 0, 10, "发布日期 2024-02-30 不存在：2024年2月只有 29 天");
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(List.of(), of(issues, IssueCodes.PUBLISHED_LATE));
		String month = header(GprTestSupport.minimal2021(), "published 2022-13-01");
		at(one(issues(month), IssueCodes.INVALID_DATE), month, "2022-13-01", 0, 10,
				"发布日期 2022-13-01 不存在：没有 13 月（月份为 1 至 12）");
	}

	@Test
	void publishedBeforeThePeriodEndsIsAWarning() {
		String text = header(GprTestSupport.minimal2021(), "published 2021-12-30");
		at(one(issues(text), IssueCodes.PUBLISHED_EARLY), text, "2021-12-30", 0, 10,
				"发布日期 2021-12-30 早于统计期限的结束日 2021-12-31：年度报告应在统计期限结束后发布（规则：发布日期）");
	}

	@Test
	void theTitlesYearMustBeTheReportYear() {
		for (String text : List.of(change(GprTestSupport.minimal2021(), "title \"测试机关2021年", "title \"测试机关2020年"),
				change(GprTestSupport.minimal2019(), "title \"测试机关2020年", "title \"测试机关2020年").replace("year 2020", "year 2019")
						.replace("2020年1月1日起至2020年12月31日", "2019年1月1日起至2019年12月31日"))) {
			String year = text.contains("year 2021") ? "2021" : "2019";
			Issue issue = one(issues(text), IssueCodes.TITLE_YEAR);
			at(issue, text, "title \"测试机关", 11, 4, "标题中的年份为 2020，报告年度为 " + year + "：应为 " + year + "（规则：标题年份）");
			assertEquals(Severity.ERROR, issue.getSeverity());
		}
		String chinese = change(GprTestSupport.minimal2021(), "测试机关2021年政府", "测试机关二〇二一年政府");
		at(one(issues(chinese), IssueCodes.TITLE_YEAR_INVALID), chinese, "二〇二一", 0, 4,
				"标题中的年份“二〇二一”不是阿拉伯数字：应为 2021（规则：标题年份）");
	}

	@Test
	void theStatisticsPeriodMustBeTheReportYear() {
		String text = change(GprTestSupport.minimal2021(), "统计期限自2021年1月1日起至2021年12月31日止", "统计期限自2020年1月1日起至2020年12月31日止");
		List<Issue> issues = of(issues(text), IssueCodes.PERIOD_MISMATCH);
		assertEquals(2, issues.size(), issues.toString());
		at(issues.get(0), text, "自2020年1月1日", 1, 4, "统计期限“2020年1月1日”不在报告年度 2021：应为 2021年1月1日至2021年12月31日（规则：统计期限）");
		at(issues.get(1), text, "至2020年12月31日", 1, 4, "统计期限“2020年12月31日”不在报告年度 2021：应为 2021年1月1日至2021年12月31日（规则：统计期限）");
		String missing = change(GprTestSupport.minimal2019(), "。统计期限自2020年1月1日起至2020年12月31日止。", "");
		at(one(issues(missing), IssueCodes.PERIOD_MISSING), missing, "\"联系电话", 0, "\"联系电话：010-00000000\"".length(),
				"联系段落没有写统计期限：应写明“本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。”（规则：统计期限）");
	}

	// --- 2. copied from last year --------------------------------------------------------

	/** Next year's copy of a minimal report: only the years changed. */
	static String nextYear(String text, int year, String previous) {
		String next = String.valueOf(year + 1);
		return text.replace(year + "年", next + "年").replace("year " + year, "year " + next)
				.replace("\ntitle ", "\nprevious \"" + previous + "\"\ntitle ");
	}

	@Test
	void textAndTablesCarriedOverAreWarnings2021() {
		String last = GprTestSupport.minimal2021();
		String text = nextYear(last, 2021, "2021.gpr");
		List<Issue> issues = withPrevious("2021.gpr", last, text);
		at(one(issues, IssueCodes.COPIED_SECTION), text, "section 总体情况", 8, 4,
				"“一、总体情况”与上年报告的同一部分有 95% 的文字相同（上年 48 字，本年 48 字；不应照搬照抄）（规则：上年雷同）");
		at(one(issues, IssueCodes.COPIED_PARAGRAPH), text, "\"本机关推进", 0, "\"本机关推进主动公开、依申请公开、政府信息管理、政府信息公开平台建设和监督保障工作。\"".length(),
				"本段与上年报告“一、总体情况”第 2 段有 100% 的文字相同（不应照搬照抄）（规则：上年雷同）");
		List<Issue> tables = of(issues, IssueCodes.COPIED_TABLE);
		assertEquals(List.of("“第二十条第（一）项”与上年报告的同一表格逐格相同（6 个单元格）（规则：表格雷同）",
				"“收到和处理政府信息公开申请情况”与上年报告的同一表格逐格相同（175 个单元格）（规则：表格雷同）",
				"“政府信息公开行政复议、行政诉讼情况”与上年报告的同一表格逐格相同（15 个单元格）（规则：表格雷同）"),
				tables.stream().map(Issue::getMessage).toList());
		at(tables.get(0), text, "table 第一项", 6, 3, tables.get(0).getMessage());
	}

	@Test
	void anAllZeroTableRepeatedIsAWarning2019() {
		String last = change(GprTestSupport.minimal2019().replace("year 2020", "year 2019").replace("2020年", "2019年"),
				"2019年收到申请", "去年收到申请的件数与今年不同，叙述也完全不一样");
		String text = change(GprTestSupport.minimal2019().replace("\ntitle ", "\nprevious \"2019.gpr\"\ntitle "),
				"政策解读不够及时；下一步将加强解读。", "本年的问题与上年不同：答复期限偏长，将压缩办理时间。");
		List<Issue> issues = withPrevious("2019.gpr", last, text);
		assertEquals(List.of(), of(issues, IssueCodes.COPIED_SECTION));
		List<String> tables = of(issues, IssueCodes.COPIED_TABLE).stream().map(Issue::getMessage).toList();
		assertTrue(tables.contains("“第二十条第（六）项”与上年报告的同一表格逐格相同，全部为 0（6 个单元格）（规则：表格雷同）"), tables.toString());
	}

	@Test
	void aPreviousLinkToTheReportItselfIsOneError() {
		String text = header(GprTestSupport.minimal2021(), "previous \"test.gpr\"");
		List<Issue> issues = issues(text);
		Issue issue = one(issues, IssueCodes.PREVIOUS_SAME_FILE);
		at(issue, text, "\"test.gpr\"", 0, 10, "上年报告“test.gpr”就是本报告自己；跨年核对已跳过");
		assertEquals(List.of(), of(issues, IssueCodes.PREVIOUS_WRONG_YEAR));
		assertEquals(List.of(), of(issues, IssueCodes.COPIED_SECTION));
	}

	// --- 3. complete ---------------------------------------------------------------------

	@Test
	void aSectionThatOnlySaysNoneIsAWarningExceptSix() {
		for (String minimal : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
			String text = change(minimal, "paragraph \"政策解读不够及时；下一步将加强解读。\"", "paragraph \"无。\"");
			at(one(issues(text), IssueCodes.EMPTY_SECTION), text, "section 问题改进", 8, 4,
					"“五、存在的主要问题及改进情况”“无”：这一部分应写实际内容；只有 六、其他需要报告的事项 可以写“无”（规则：内容为空）");
		}
		String empty = change(GprTestSupport.minimal2021(), "  paragraph \"政策解读不够及时；下一步将加强解读。\"\n", "");
		at(one(issues(empty), IssueCodes.EMPTY_SECTION), empty, "section 问题改进", 8, 4,
				"“五、存在的主要问题及改进情况”没有内容：这一部分应写实际内容；只有 六、其他需要报告的事项 可以写“无”（规则：内容为空）");
	}

	@Test
	void theMissingTopicOfThe2021FormatIsNamed() {
		String text = change(GprTestSupport.minimal2021(), "政府信息管理、", "");
		Issue issue = one(issues(text), IssueCodes.MISSING_TOPIC);
		at(issue, text, "section 总体情况", 8, 4,
				"“一、总体情况”没有提到“政府信息管理”：格式要求这一部分包括这一内容，可计入的词：“政府信息管理”、“信息管理”、“公开属性”、“保密审查”、“信息制作与管理”（规则：信息管理要点）");
		// the 2019 format asks for no such topics
		assertEquals(List.of(), of(issues(GprTestSupport.minimal2019()), IssueCodes.MISSING_TOPIC));
	}

	@Test
	void aGovernmentsReportMentionsAssessmentReviewAndAccountability() {
		for (String minimal : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
			String text = header(minimal, "body government at city");
			List<String> messages = of(issues(text), IssueCodes.MISSING_TOPIC).stream().map(Issue::getMessage).toList();
			assertEquals(List.of(
					"“一、总体情况”没有提到“工作考核结果”：格式要求这一部分包括这一内容，可计入的词：“工作考核”、“考核”（规则：工作考核）",
					"“一、总体情况”没有提到“社会评议结果”：格式要求这一部分包括这一内容，可计入的词：“社会评议”、“评议”（规则：社会评议）",
					"“一、总体情况”没有提到“责任追究结果”：格式要求这一部分包括这一内容，可计入的词：“责任追究”、“追责”、“问责”（规则：责任追究）"),
					messages);
			String covered = change(text, "件。\"\n", "件。\"\n  paragraph \"本年度工作考核、社会评议和责任追究结果均已公开。\"\n");
			assertEquals(List.of(), of(issues(covered), IssueCodes.MISSING_TOPIC));
		}
	}

	// --- 4. leftovers --------------------------------------------------------------------

	@Test
	void templateTextLeftInIsAnError() {
		for (String minimal : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
			String text = change(minimal, "section 主动公开 {\n", "section 主动公开 {\n  paragraph \"该部分以表格形式报告。表格如下：\"\n");
			Issue issue = one(issues(text), IssueCodes.LEFTOVER_INSTRUCTION);
			at(issue, text, "该部分以表格", 0, 16, "模板的说明文字“该部分以表格形式报告。表格如下：”留在了报告中：应删除（规则：模板残留）");
			assertEquals(Severity.ERROR, issue.getSeverity());
		}
		String placeholders = change(GprTestSupport.minimal2021(), "本机关推进主动公开", "XXXX局在202X年（单位名称）推进主动公开");
		List<Issue> found = of(issues(placeholders), IssueCodes.LEFTOVER_PLACEHOLDER);
		assertEquals(3, found.size(), found.toString());
		at(found.get(0), placeholders, "XXXX", 0, 4, "模板的占位符“XXXX”留在了报告中：应填写实际内容（规则：模板残留，格式的模式 (?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])）");
		at(found.get(1), placeholders, "202X年", 0, 5, "模板的占位符“202X年”留在了报告中：应填写实际内容（规则：模板残留，格式的模式 [0-9０-９]{2,3}[XxＸｘ×]+年）");
		at(found.get(2), placeholders, "（单位名称）", 0, 6, "模板的占位符“（单位名称）”留在了报告中：应填写实际内容（规则：模板残留，格式的模式 [（(](单位名称|机关名称|部门名称|地区名称|填写[^）)]*)[）)]）");
	}

	@Test
	void placeholdersAfterCharactersThatStartNothingAndBeyondTheBasicPlane() {
		// "2020年" and "（一）" begin as two of the patterns do, but match neither; 𠮷 (U+20BB7, a
		// surrogate pair) makes every pattern be tried on the text
		for (String before : List.of("2020年（一）", "𠮷2020年（一）")) {
			String text = change(GprTestSupport.minimal2021(), "本机关推进主动公开", before + "本机关在202X年（单位名称）推进主动公开");
			List<Issue> found = of(issues(text), IssueCodes.LEFTOVER_PLACEHOLDER);
			assertEquals(2, found.size(), before + found);
			at(found.get(0), text, "202X年", 0, 5, "模板的占位符“202X年”留在了报告中：应填写实际内容（规则：模板残留，格式的模式 [0-9０-９]{2,3}[XxＸｘ×]+年）");
			at(found.get(1), text, "（单位名称）", 0, 6, "模板的占位符“（单位名称）”留在了报告中：应填写实际内容（规则：模板残留，格式的模式 [（(](单位名称|机关名称|部门名称|地区名称|填写[^）)]*)[）)]）");
			assertEquals(List.of(), of(issues(change(text, "202X年（单位名称）", "2021年")), IssueCodes.LEFTOVER_PLACEHOLDER));
		}
	}

	// --- 5. fees and money ---------------------------------------------------------------

	/** minimal 2021 with one application withdrawn because the fee was not paid. */
	static String unpaidFee() {
		String text = change(GprTestSupport.minimal2021(), "    逾期未缴费 0 0 0 0 0 0 | 0", "    逾期未缴费 1 0 0 0 0 0 | 1");
		text = change(text, "    总计 5 1 0 0 0 0 | 6", "    总计 6 1 0 0 0 0 | 7");
		return change(text, "    新收 5 1 0 0 0 0 | 6", "    新收 6 1 0 0 0 0 | 7");
	}

	@Test
	void anUnpaidFeeNeedsTheFeeNoticesAndTheChargeInSectionSix() {
		String text = unpaidFee();
		List<Issue> issues = issues(text);
		List<Issue> topics = of(issues, IssueCodes.MISSING_TOPIC);
		assertEquals(2, topics.size(), issues.toString());
		at(topics.get(0), text, "section 其他事项", 8, 4,
				"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·总计 为 1（大于 0），“六、其他需要报告的事项”应说明发出收费通知的件数，但没有提到：可计入的词：“收费通知”、“通知收取”（规则：收费通知）");
		assertEquals("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·总计 为 1（大于 0），“六、其他需要报告的事项”应说明收取的信息处理费，但没有提到：可计入的词：“信息处理费”、“收取费用”、“收费金额”（规则：信息处理费）",
				topics.get(1).getMessage());
		String explained = change(text, "section 其他事项 {\n  paragraph \"无。\"", "section 其他事项 {\n  paragraph \"本年发出收费通知1件，收取信息处理费100元。\"");
		assertEquals(List.of(), issues(explained));
	}

	@Test
	void anAmountThatLooksLikeYuanInAWanYuanColumnIsAWarning() {
		String text = change(GprTestSupport.minimal2021(), "行政事业性收费 12.50", "行政事业性收费 251000");
		Issue issue = one(issues(text), IssueCodes.MONEY_UNIT);
		at(issue, text, "251000", 0, 6,
				"行政事业性收费·本年收费金额（单位：万元） 填写 251000 万元（即 2510000000 元），不小于 100000 万元，像是按元填写的：若实为 251000 元，应填 25.1 万元（规则：金额单位）");
		// written with its unit, the amount is converted and plausible
		assertEquals(List.of(), of(issues(change(text, "行政事业性收费 251000", "行政事业性收费 251000元")), IssueCodes.MONEY_UNIT));
		// whole thousands where last year was small
		String last = GprTestSupport.minimal2021();
		String next = change(nextYear(last, 2021, "2021.gpr"), "行政事业性收费 12.50", "行政事业性收费 5000");
		Issue jump = one(withPrevious("2021.gpr", last, next), IssueCodes.MONEY_UNIT);
		assertEquals("行政事业性收费·本年收费金额（单位：万元） 填写 5000 万元（即 50000000 元），是整千，而上年只有 12.5 万元，像是按元填写的：若实为 5000 元，应填 0.5 万元（规则：金额单位）",
				jump.getMessage());
		// 5000.00 and 13000 are whole thousands too; 5500, 5000.5 and 500 are not
		for (String amount : List.of("5000.00", "13000")) {
			assertEquals(1, of(withPrevious("2021.gpr", last, change(next, "行政事业性收费 5000", "行政事业性收费 " + amount)),
					IssueCodes.MONEY_UNIT).size(), amount);
		}
		for (String amount : List.of("5500", "5000.5", "500")) {
			assertEquals(List.of(), of(withPrevious("2021.gpr", last, change(next, "行政事业性收费 5000", "行政事业性收费 " + amount)),
					IssueCodes.MONEY_UNIT), amount);
		}
	}

	// --- 6. the body's powers ------------------------------------------------------------

	@Test
	void aTownshipCannotMakeRegulations() {
		String text = header(GprTestSupport.minimal2021(), "body township");
		List<Issue> issues = of(issues(text), IssueCodes.BODY_POWER);
		assertEquals(2, issues.size(), issues.toString());
		String reason = "依《立法法》，只有国务院部门和省、自治区、直辖市、设区的市、自治州的人民政府可以制定规章";
		at(issues.get(0), text, "    规章 1 0 10", 7, 1,
				"规章·本年制发件数 为 1，但本机关是乡镇人民政府、街道办事处，不能制定规章：" + reason + "；应为 0 或说明理由（规则：规章权限）");
		at(issues.get(1), text, "    规章 1 0 10", 11, 2,
				"规章·现行有效件数 为 10，但本机关是乡镇人民政府、街道办事处，不能制定规章：" + reason + "；应为 0 或说明理由（规则：规章权限）");
		String county = header(GprTestSupport.minimal2019(), "body department at county");
		List<Issue> countyIssues = of(issues(county), IssueCodes.BODY_POWER);
		assertEquals(3, countyIssues.size(), countyIssues.toString());
		assertEquals("规章·对外公开总数量 为 10，但本机关是县级人民政府部门，不能制定规章：" + reason + "；应为 0 或说明理由（规则：规章权限）",
				countyIssues.get(2).getMessage());
		for (String allowed : List.of("body department at national", "body government at province", "body department")) {
			assertEquals(List.of(), of(issues(header(GprTestSupport.minimal2021(), allowed)), IssueCodes.BODY_POWER), allowed);
		}
	}

	// --- 7. accepted warnings ------------------------------------------------------------

	private static final String REASON = "因开展清理工作，现行有效件数根据清理结果调整";

	@Test
	void anAcceptedWarningIsInformationWithItsReason() {
		String last = GprTestSupport.minimal2021();
		String plain = nextYear(last, 2021, "2021.gpr");
		List<Issue> before = of(withPrevious("2021.gpr", last, plain), IssueCodes.CROSS_YEAR_MISMATCH);
		assertEquals(2, before.size(), before.toString());
		String text = change(plain, "    行政规范性文件 2 1 20\n", "    行政规范性文件 2 1 20\n    accept 现行有效结转 at 规章.现行有效 \"" + REASON + "\"\n");
		List<Issue> issues = withPrevious("2021.gpr", last, text);
		List<Issue> mismatches = of(issues, IssueCodes.CROSS_YEAR_MISMATCH);
		assertEquals(1, mismatches.size(), mismatches.toString());
		assertTrue(mismatches.get(0).getMessage().startsWith("行政规范性文件·现行有效件数"), mismatches.toString());
		Issue accepted = one(issues, IssueCodes.ACCEPTED);
		assertEquals(Severity.INFO, accepted.getSeverity());
		at(accepted, text, "    规章 1 0 10", 11, 2, "已说明：" + before.get(0).getMessage() + "。理由：" + REASON);
		assertEquals(List.of(), of(issues, IssueCodes.STALE_ACCEPTANCE));
	}

	@Test
	void aRowOrTheWholeTableMayBeAcceptedAndTheHeaderCoversTheReport2019() {
		String text = change(GprTestSupport.minimal2019(), "    规章 1 1 10", "    规章 1 1 0\n    accept 公开总数不少于新公开 at 规章 \"规章全文由司法部统一公布\"");
		List<Issue> issues = issues(text);
		assertEquals(List.of(), of(issues, IssueCodes.SOFT_CHECK));
		assertEquals("已说明：规章·对外公开总数量 不满足规则：左边为 0，右边为 1，相差 1（常规核对：对外公开总数量 ≥ 本年新公开数量）。理由：规章全文由司法部统一公布",
				one(issues, IssueCodes.ACCEPTED).getMessage());
		String late = afterContact(header(GprTestSupport.minimal2019(), "published 2021-02-03\nbody department"),
				"accept 发布期限 \"疫情期间经本级政府同意延期发布\"");
		List<Issue> lateIssues = issues(late);
		assertEquals(List.of(), of(lateIssues, IssueCodes.PUBLISHED_LATE));
		assertTrue(one(lateIssues, IssueCodes.ACCEPTED).getMessage().endsWith("。理由：疫情期间经本级政府同意延期发布"));
	}

	@Test
	void aStaleUnknownOrHardAcceptanceIsReported() {
		String stale = change(GprTestSupport.minimal2021(), "    结转下年 0 0 0 0 0 0 | 0\n",
				"    结转下年 0 0 0 0 0 0 | 0\n    accept 上年结转 \"上年报告有误\"\n");
		at(one(issues(stale), IssueCodes.STALE_ACCEPTANCE), stale, "accept 上年结转", 7, 4,
				"规则“上年结转”在这里已不再报警：这条说明已过时，应删除");
		String unknown = afterContact(GprTestSupport.minimal2021(), "accept 不存在的规则 \"理由\"");
		Issue issue = one(issues(unknown), IssueCodes.UNKNOWN_ACCEPTED_RULE);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(unknown.indexOf("不存在的规则"), issue.getOffset());
		assertTrue(issue.getMessage().startsWith("说明的规则“不存在的规则”不存在；可说明的规则：发布期限"), issue.getMessage());
		String hard = afterContact(GprTestSupport.minimal2021(), "accept 勾稽关系 \"理由\"");
		at(one(issues(hard), IssueCodes.UNACCEPTABLE_RULE), hard, "勾稽关系 \"", 0, 4,
				"“勾稽关系”是必须成立的规则（错误），不能以说明代替改正");
		String leftover = afterContact(GprTestSupport.minimal2021(), "accept 模板残留 \"理由\"");
		assertEquals(Severity.ERROR, one(issues(leftover), IssueCodes.UNACCEPTABLE_RULE).getSeverity());
	}

	// --- 8. year over year in the narrative ------------------------------------------------

	@Test
	void aChangeFromLastYearIsWordedByItsSign() {
		String last = change(GprTestSupport.minimal2021(), "    新收 5 1 0 0 0 0 | 6", "    新收 7 1 0 0 0 0 | 8");
		last = change(last, "    总计 5 1 0 0 0 0 | 6", "    总计 7 1 0 0 0 0 | 8");
		String text = change(nextYear(GprTestSupport.minimal2021(), 2021, "2021.gpr"), "件。\"\n",
				"件，上年\" {previous 申请.新收.总计} \"件，较上年\" {change(申请.新收.总计)} \"，较2020年\" {change(申请.新收.总计 from 4)} \"。\"\n");
		XtextResourceSet set = resourceSets.get();
		GprTestSupport.load(set, "2021.gpr", last);
		Report report = (Report) GprTestSupport.load(set, "test.gpr", text);
		assertEquals(List.of(), of(support.validate(report), IssueCodes.CHANGE_UNKNOWN));
		String rendered = new org.gpr.eval.NarrativeEvaluator(support.evaluator().evaluate(report))
				.render(((org.gpr.gpr.Paragraph) report.getSections().get(0).getItems().get(0)).getText());
		assertEquals("2022年收到申请6件，上年8件，较上年减少25.0%，较2020年增长50.0%。", rendered);
		String same = change(text, "from 4", "from 6");
		Report sameReport = (Report) GprTestSupport.load(resourceSets.get(), "x.gpr", same);
		assertTrue(new org.gpr.eval.NarrativeEvaluator(support.evaluator().evaluate(sameReport))
				.render(((org.gpr.gpr.Paragraph) sameReport.getSections().get(0).getItems().get(0)).getText())
				.contains("较2020年持平"));
	}

	@Test
	void aChangeWithoutLastYearsValueIsAWarning() {
		String text = change(GprTestSupport.minimal2021(), "件。\"\n", "件，较上年\" {change(申请.新收.总计)} \"。\"\n");
		at(one(issues(text), IssueCodes.CHANGE_UNKNOWN), text, "申请.新收.总计)", 0, 8,
				"与上年的变化需要上年报告：请用 previous 链接上年报告，或写 change(… from 上年数值)");
		String zero = change(text, "change(申请.新收.总计)", "change(申请.新收.总计 from 0)");
		at(one(issues(zero), IssueCodes.CHANGE_UNKNOWN), zero, "申请.新收.总计 from", 0, 8,
				"与上年的变化无法计算：上年为 0，本年为 6");
	}
}
