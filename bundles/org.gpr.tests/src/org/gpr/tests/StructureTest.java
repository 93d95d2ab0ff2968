package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Missing and duplicate parts, cell counts and cell kinds, each at its exact place. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class StructureTest {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private GprTestSupport support;

	private Report report(String from, String to) {
		String text = GprTestSupport.minimal2019();
		assertTrue(text.contains(from), from);
		return (Report) support.parse(text.replace(from, to));
	}

	private static int offset(Report report, String text) {
		String source = ((XtextResource) report.eResource()).getParseResult().getRootNode().getText();
		int at = source.indexOf(text);
		assertTrue(at >= 0, text);
		return at;
	}

	private List<Issue> issues(Report report, String code) {
		return support.validate(report).stream().filter(i -> code.equals(i.getCode())).toList();
	}

	@Test
	void missingRowsAreNamedOnTheTable() {
		Report report = report("    国家秘密 0 0 0 0 0 0 | 0\n    法规禁止 0 0 0 0 0 0 | 0\n", "");
		support.validation().assertError(report, P.getTable(), IssueCodes.MISSING_ROWS, offset(report, "申请 {"), 2,
				"表“申请”缺少 2 行：国家秘密（1.属于国家秘密）、法规禁止（2.其他法律行政法规禁止公开）");
		Issue issue = issues(report, IssueCodes.MISSING_ROWS).get(0);
		assertEquals(List.of("国家秘密", "法规禁止"), List.of(issue.getData()));
	}

	@Test
	void duplicateRowIsAnErrorOnTheSecondOne() {
		Report report = report("    行政强制 0 0 0\n", "    行政强制 0 0 0\n    行政强制 0 0 0\n");
		int second = offset(report, "行政强制 0 0 0\n    行政强制") + "行政强制 0 0 0\n    ".length();
		support.validation().assertError(report, P.getTableRow(), IssueCodes.DUPLICATE_ROW, second, 4,
				"行“行政强制”在表“第六项”中重复出现");
		assertEquals(1, issues(report, IssueCodes.DUPLICATE_ROW).size());
	}

	@Test
	void wrongNumberOfCellsNamesTheColumns() {
		Report report = report("    规章 1 1 10", "    规章 1 1");
		support.validation().assertError(report, P.getTableRow(), IssueCodes.WRONG_CELL_COUNT, offset(report, "规章 1 1"),
				2, "行“规章”应有 3 个单元格（本年新制作数量、本年新公开数量、对外公开总数量），实际为 2 个");
	}

	@Test
	void tooManyCells() {
		Report report = report("    件数 1 0 0 0 1 |", "    件数 1 0 0 0 1 0 |");
		support.validation().assertError(report, P.getTableRow(), IssueCodes.WRONG_CELL_COUNT, "应有 15 个单元格",
				"实际为 16 个");
	}

	@Test
	void negativeCountIsAnError() {
		Report report = report("    规章 1 1 10", "    规章 1 -1 10");
		support.validation().assertError(report, P.getNumberCell(), IssueCodes.NEGATIVE_COUNT, offset(report, "-1"), 2,
				"“本年新公开数量”列是件数，不能为负数：-1");
	}

	@Test
	void signedCountMayBeNegative() {
		Report report = report("    行政许可 7 0 100", "    行政许可 7 -2 100");
		assertEquals(List.of(), issues(report, IssueCodes.NEGATIVE_COUNT));
	}

	@Test
	void fractionalCountIsAnError() {
		Report report = report("    规章 1 1 10", "    规章 1 1.5 10");
		support.validation().assertError(report, P.getNumberCell(), IssueCodes.FRACTIONAL_COUNT, offset(report, "1.5"), 3,
				"“本年新公开数量”列是件数，应为整数：1.5");
	}

	@Test
	void moneyWithThreeDecimalsIsAnError() {
		Report report = report("    政府集中采购 3 12.50", "    政府集中采购 3 12.505元");
		support.validation().assertError(report, P.getNumberCell(), IssueCodes.MONEY_PRECISION,
				offset(report, "12.505元"), "12.505元".length(), "金额应精确到分：以元为单位最多 2 位小数，实际 3 位（多 1 位）：12.505元");
	}

	/** A real report (平潭综合实验区 2023) states its fees as 5949.088667 万元: to the 分, so fine; one more decimal is not. */
	@Test
	void moneyInWanYuanIsExactToTheFen() {
		Report fine = report("    政府集中采购 3 12.50", "    政府集中采购 3 5949.088667万元");
		support.validation().assertNoIssue(fine, P.getNumberCell(), IssueCodes.MONEY_PRECISION);
		Report report = report("    政府集中采购 3 12.50", "    政府集中采购 3 5949.0886671万元");
		support.validation().assertError(report, P.getNumberCell(), IssueCodes.MONEY_PRECISION,
				offset(report, "5949.0886671万元"), "5949.0886671万元".length(),
				"金额应精确到分：以万元为单位最多 6 位小数，实际 7 位（多 1 位）：5949.0886671万元");
	}

	@Test
	void moneyWithUnitAndTwoDecimalsIsFine() {
		Report report = report("    政府集中采购 3 12.50", "    政府集中采购 3 251000元");
		support.validation().assertNoIssues(report);
	}

	@Test
	void unitOnACountIsAnError() {
		Report report = report("    规章 1 1 10", "    规章 1 1 10元");
		support.validation().assertError(report, P.getNumberCell(), IssueCodes.UNIT_ON_COUNT, offset(report, "10元"), 3,
				"“对外公开总数量”列是件数，不能带金额单位：10元");
	}

	@Test
	void numberBeyondLongIsAnErrorOnTheCell() {
		String huge = "123456789012345678901234567890";
		Report report = report("    规章 1 1 10", "    规章 1 1 " + huge);
		support.validation().assertError(report, P.getNumberCell(), IssueCodes.NUMBER_TOO_LARGE, offset(report, huge),
				huge.length(), "数字 " + huge + " 过大（件数最大为 9223372036854775807）");
	}

	@Test
	void blankAndNotApplicableCellsAreCells() {
		Report report = report("    规章 1 1 10", "    规章 _ / 10");
		assertEquals(List.of(), issues(report, IssueCodes.WRONG_CELL_COUNT));
	}

	@Test
	void missingTableIsNamedOnItsSection() {
		Report report = report("  table 第九项 {\n    政府集中采购 3 12.50\n  }\n", "");
		support.validation().assertError(report, P.getReportSection(), IssueCodes.MISSING_TABLE,
				offset(report, "主动公开 {"), 4, "“主动公开”部分缺少表：第九项（第二十条第（九）项）");
	}

	@Test
	void missingSectionsErrorForTablesWarningForNarrative() {
		String text = GprTestSupport.minimal2019();
		String withoutReview = text.substring(0, text.indexOf("section 复议诉讼"));
		Report report = (Report) support.parse(withoutReview);
		support.validation().assertError(report, P.getReport(), IssueCodes.MISSING_SECTION,
				"缺少格式 gov2019 的部分：复议诉讼（四、政府信息公开行政复议、行政诉讼情况）");
		support.validation().assertWarning(report, P.getReport(), IssueCodes.MISSING_SECTION,
				"缺少格式 gov2019 的部分：问题改进（五、存在的主要问题及改进情况）、其他事项（六、其他需要报告的事项）");
	}

	@Test
	void duplicateSectionIsAnError() {
		Report report = report("section 其他事项 {\n  paragraph \"无。\"\n}",
				"section 其他事项 {\n  paragraph \"无。\"\n}\nsection 其他事项 {\n}");
		assertEquals(1, issues(report, IssueCodes.DUPLICATE_SECTION).size());
		assertEquals(offset(report, "其他事项 {\n}"), issues(report, IssueCodes.DUPLICATE_SECTION).get(0).getOffset());
	}

	@Test
	void sectionsOutOfOrderAreAWarning() {
		String text = GprTestSupport.minimal2019();
		String narrative = "section 总体情况 {\n  paragraph \"2020年收到申请\" {申请.新收.总计} \"件。\"\n}\n";
		assertTrue(text.contains(narrative));
		Report report = (Report) support.parse(text.replace(narrative, "") + narrative);
		support.validation().assertWarning(report, P.getReportSection(), IssueCodes.SECTION_ORDER,
				"部分“总体情况”应排在“其他事项”之前（官方格式的顺序）");
	}

	@Test
	void reportYearOutsideTheFormatsYearsIsAWarning() {
		Report report = report("year 2020", "year 2022");
		support.validation().assertWarning(report, P.getReport(), IssueCodes.FORMAT_YEAR_MISMATCH, offset(report, "gov2019"),
				7, "gov2019 格式适用于 2019—2020 年度的报告，本报告为 2022 年度");
	}

	@Test
	void invalidYearIsAnError() {
		Report report = report("year 2020", "year 20201");
		support.validation().assertError(report, P.getReport(), IssueCodes.INVALID_YEAR, offset(report, "20201"), 5,
				"报告年度“20201”不是有效的年份（应为 1990 至 2100 之间的四位数）");
	}

	@Test
	void percentDigitsAreChecked() {
		Report report = report("{申请.新收.总计}", "{percent(申请.新收.总计, 申请.总计.总计, 12)}");
		support.validation().assertError(report, P.getPercent(), IssueCodes.PERCENT_DIGITS, offset(report, "12)"), 2,
				"百分比的小数位数应为 0 至 6：12");
	}

	@Test
	void eachCellGetsItsOwnProblem() {
		Report report = report("    规章 1 1 10", "    规章 1 -1.5 10元");
		List<String> codes = support.validate(report).stream().map(Issue::getCode).sorted().toList();
		assertEquals(List.of(IssueCodes.FRACTIONAL_COUNT, IssueCodes.UNIT_ON_COUNT), codes);
		assertEquals(offset(report, "-1.5"), issues(report, IssueCodes.FRACTIONAL_COUNT).get(0).getOffset());
	}
}
