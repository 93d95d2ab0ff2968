package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.gpr.gpr.GprFile;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.NumberCell;
import org.gpr.gpr.Table;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every identity of both shipped formats, broken once: exact code, offset, length and message,
 * and the computed value as issue data.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class IdentityTest {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private GprTestSupport support;

	private GprFile model;

	private String change(String text, String from, String to) {
		assertTrue(text.contains(from), from);
		String changed = text.replace(from, to);
		model = support.parse(changed);
		return changed;
	}

	/** Asserts an issue at the exact place, with the exact message and data, and returns it. */
	private Issue assertIssue(String code, int offset, int length, String message, String data) {
		List<Issue> issues = support.validate(model).stream()
				.filter(i -> code.equals(i.getCode()) && i.getMessage().equals(message)).toList();
		assertEquals(1, issues.size(), () -> "no single " + code + " '" + message + "' in " + support.validate(model));
		Issue issue = issues.get(0);
		assertEquals(offset, issue.getOffset(), message);
		assertEquals(length, issue.getLength(), message);
		assertEquals(data == null ? List.of() : List.of(data), issue.getData() == null ? List.of() : List.of(issue.getData()));
		return issue;
	}

	private static int at(String text, String context, String cell) {
		int start = text.indexOf(context);
		assertTrue(start >= 0, context);
		int offset = text.indexOf(cell, start);
		assertTrue(offset >= 0, cell);
		return offset;
	}

	// ---- table 三: the identity the format states, the sum of results, the 总计 column -------------

	@Test
	void gov2019FirstPlusSecondEqualsThirdPlusFourth() {
		for (String base : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
			String text = change(base, "    新收 5 1 0 0 0 0 | 6", "    新收 6 1 0 0 0 0 | 6");
			int offset = at(text, "    新收 6", "6");
			// both identities the cell breaks ask for the same value: one diagnostic names both
			assertIssue(IssueCodes.IDENTITY_BROKEN, offset, 1,
					"一、本年新收政府信息公开申请数量·自然人 应为 5，实际填写 6，多 1（勾稽关系：第一项加第二项之和，等于第三项加第四项之和；总计 = 自然人 + 法人或其他组织各项）",
					"5");
			assertEquals(1, support.validate(model).size());
			support.validation().assertError(model, P.getNumberCell(), IssueCodes.IDENTITY_BROKEN);
		}
	}

	@Test
	void totalOfResultsIsTheSumOfItsRowsBlamedOnTheTotalWhenThePartsAgree() {
		for (String base : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
			String text = change(base, "    国家秘密 0 0 0 0 0 0 | 0", "    国家秘密 1 0 0 0 0 0 | 1");
			int offset = at(text, "    总计 5", "5");
			assertIssue(IssueCodes.IDENTITY_BROKEN, offset, 1,
					"（七）总计·自然人 应为 6，实际填写 5，少 1（勾稽关系：（七）总计 = （一）至（六）各项之和）", "6");
			assertIssue(IssueCodes.IDENTITY_BROKEN, at(text, "    总计 5 1 0 0 0 0 | ", "6"), 1,
					"（七）总计·总计 应为 7，实际填写 6，少 1（勾稽关系：（七）总计 = （一）至（六）各项之和）", "7");
		}
	}

	@Test
	void totalColumnIsNaturalPersonsPlusOrganisations() {
		for (String base : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
		String text = change(base, "    予以公开 3 1 0 0 0 0 | 4", "    予以公开 3 1 0 0 0 0 | 5");
		assertIssue(IssueCodes.IDENTITY_BROKEN, at(text, "    予以公开 3 1 0 0 0 0 | ", "5"), 1,
				"（一）予以公开·总计 应为 4，实际填写 5，多 1（勾稽关系：（七）总计 = （一）至（六）各项之和；总计 = 自然人 + 法人或其他组织各项）", "4");
		}
	}

	@Test
	void messagesInEnglishWhenTheLocaleIsEnglish() {
		Locale.setDefault(Locale.ENGLISH);
		String text = change(GprTestSupport.minimal2019(), "    件数 1 0 0 0 1 |", "    件数 1 0 0 0 2 |");
		assertIssue(IssueCodes.IDENTITY_BROKEN, at(text, "    件数 1 0 0 0 ", "2"), 1,
				"行政复议·总计 should be 1, is 2: 1 too many (identity: 行政复议 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结)", "1");
	}

	// ---- table 四 --------------------------------------------------------------------------------

	@Test
	void reviewTotal() {
		for (String base : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
			String text = change(base, "    件数 1 0 0 0 1 |", "    件数 1 0 0 0 2 |");
			assertIssue(IssueCodes.IDENTITY_BROKEN, at(text, "    件数 1 0 0 0 ", "2"), 1,
					"行政复议·总计 应为 1，实际填写 2，多 1（勾稽关系：行政复议 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结）", "1");
		}
	}

	@Test
	void directLitigationTotal() {
		for (String base : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
			String text = change(base, "| 0 0 0 0 0 |", "| 0 0 1 0 0 |");
			assertIssue(IssueCodes.IDENTITY_BROKEN, at(text, "| 0 0 1 0 ", "0 |"), 1,
					"行政诉讼·未经复议直接起诉·总计 应为 1，实际填写 0，少 1（勾稽关系：行政诉讼（未经复议直接起诉）总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结）",
					"1");
		}
	}

	@Test
	void litigationAfterReviewTotal() {
		for (String base : List.of(GprTestSupport.minimal2019(), GprTestSupport.minimal2021())) {
			String text = change(base, "| 0 0 0 2 2", "| 0 0 0 2 3");
			assertIssue(IssueCodes.IDENTITY_BROKEN, at(text, "| 0 0 0 2 ", "3"), 1,
					"行政诉讼·复议后起诉·总计 应为 2，实际填写 3，多 1（勾稽关系：行政诉讼（复议后起诉）总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结）", "2");
		}
	}

	// ---- soft checks (warnings) ------------------------------------------------------------------

	@Test
	void publishedTotalAtLeastNewlyPublished() {
		String text = change(GprTestSupport.minimal2019(), "    规章 1 1 10", "    规章 1 1 0");
		assertIssue(IssueCodes.SOFT_CHECK, at(text, "    规章 1 1 ", "0"), 1,
				"规章·对外公开总数量 不满足规则：左边为 0，右边为 1，相差 1（常规核对：对外公开总数量 ≥ 本年新公开数量）", null);
		support.validation().assertWarning(model, P.getNumberCell(), IssueCodes.SOFT_CHECK);
	}

	@Test
	void newlyPublishedAtMostNewlyMade() {
		String text = change(GprTestSupport.minimal2019(), "    规章 1 1 10", "    规章 1 2 10");
		assertIssue(IssueCodes.SOFT_CHECK, at(text, "    规章 1 ", "2"), 1,
				"规章·本年新公开数量 不满足规则：左边为 2，右边为 1，相差 1（常规核对：本年新公开数量 ≤ 本年新制作数量（通常如此））", null);
	}

	// ---- blanks ---------------------------------------------------------------------------------

	@Test
	void aBlankTotalIsTheSumOfItsParts() {
		String text = change(GprTestSupport.minimal2019(), "    总计 5 1 0 0 0 0 | 6", "    总计 5 1 0 0 0 0 | _");
		int offset = at(text, "    总计 5 1 0 0 0 0 | ", "_");
		assertIssue(IssueCodes.BLANK_DERIVED, offset, 1,
				"（七）总计·总计 为空白，由勾稽关系推得 6（勾稽关系：（七）总计 = （一）至（六）各项之和）", "6");
		// the identities are evaluated with the derived value: nothing is broken
		assertEquals(List.of(), support.validate(model).stream().filter(i -> i.getCode().equals(IssueCodes.IDENTITY_BROKEN)).toList());
		assertIssue(IssueCodes.BLANKS_IN_TABLE, at(text, "table 申请", "申请"), 2,
				"表“收到和处理政府信息公开申请情况”有 1 个空白单元格参与勾稽关系：（七）总计的 1 个空白由规则“（七）总计 = （一）至（六）各项之和”推得：总计 6",
				null);
	}

	@Test
	void aBlankPartIsTheTotalMinusTheOtherParts() {
		String text = change(GprTestSupport.minimal2019(), "    国家秘密 0 0 0 0 0 0 | 0", "    国家秘密 _ 0 0 0 0 0 | 0");
		assertIssue(IssueCodes.BLANK_DERIVED, at(text, "    国家秘密 ", "_"), 1,
				"1.属于国家秘密·自然人 为空白，由勾稽关系推得 0（勾稽关系：（七）总计 = （一）至（六）各项之和）", "0");
		assertEquals(List.of(), support.validate(model).stream().filter(i -> i.getCode().equals(IssueCodes.IDENTITY_BROKEN)).toList());
	}

	@Test
	void blanksTheIdentitiesLeaveOpenCountAsZeroAndAreCountedOncePerTable() {
		// two rows and two columns whose totals leave room: each identity through the blanks has two unknowns
		String text = change(GprTestSupport.minimal2019().replace("    总计 5 1 0 0 0 0 | 6", "    总计 6 2 0 0 0 0 | 8"),
				"    国家秘密 0 0 0 0 0 0 | 0\n    法规禁止 0 0 0 0 0 0 | 0",
				"    国家秘密 _ _ 0 0 0 0 | 1\n    法规禁止 _ _ 0 0 0 0 | 1");
		assertIssue(IssueCodes.BLANK_IN_IDENTITY, at(text, "    国家秘密 ", "_"), 1,
				"1.属于国家秘密·自然人 为空白，按 0 参与计算（勾稽关系：（七）总计 = （一）至（六）各项之和）", "0");
		assertIssue(IssueCodes.BLANKS_IN_TABLE, at(text, "table 申请", "申请"), 2,
				"表“收到和处理政府信息公开申请情况”有 4 个空白单元格参与勾稽关系：4 个空白（2 行）不能由勾稽关系确定，按 0 参与计算：1.属于国家秘密、2.其他法律行政法规禁止公开",
				null);
		List<Issue> blanks = support.validate(model).stream().filter(i -> IssueCodes.isBlank(i.getCode())).toList();
		// four cells (informations) and one warning for the table
		assertEquals(4, blanks.stream().filter(i -> i.getSeverity() == Severity.INFO).count());
		assertEquals(1, blanks.stream().filter(i -> i.getSeverity() == Severity.WARNING).count());
	}

	@Test
	void aBlankTotalColumnIsOneFindingAndTheFilledTotalIsCheckedAgainstItsParts() {
		String text = GprTestSupport.minimal2019();
		StringBuilder blanked = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			boolean subRow = line.matches("    \\S+( \\d+){6} \\| \\d+") && !line.startsWith("    总计 ");
			blanked.append(subRow ? line.replaceAll("\\| \\d+$", "| _") : line).append('\n');
		}
		// the one filled total is wrong: 7 where the parts give 6
		String changed = change(blanked.toString(), "    总计 5 1 0 0 0 0 | 6", "    总计 5 1 0 0 0 0 | 7");
		List<Issue> issues = support.validate(model);
		List<Issue> broken = issues.stream().filter(i -> i.getCode().equals(IssueCodes.IDENTITY_BROKEN)).toList();
		assertEquals(1, broken.size(), () -> broken.toString());
		assertEquals(at(changed, "    总计 5 1 0 0 0 0 | ", "7"), broken.get(0).getOffset());
		assertEquals("（七）总计·总计 应为 6，实际填写 7，多 1（勾稽关系：第一项加第二项之和，等于第三项加第四项之和；（七）总计 = （一）至（六）各项之和；总计 = 自然人 + 法人或其他组织各项）",
				broken.get(0).getMessage());
		List<Issue> tables = issues.stream().filter(i -> i.getCode().equals(IssueCodes.BLANKS_IN_TABLE)).toList();
		assertEquals(1, tables.size());
		assertEquals("表“收到和处理政府信息公开申请情况”有 22 个空白单元格参与勾稽关系：总计列的 22 个空白由规则“总计 = 自然人 + 法人或其他组织各项”推得，按各项之和为 一、本年新收政府信息公开申请数量 6、二、上年结转政府信息公开申请数量 0、四、结转下年度继续办理 0、（一）予以公开 4、（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0等（另有 17 项）",
				tables.get(0).getMessage());
	}

	@Test
	void notApplicableIsNeitherBlankNorZero() {
		change(GprTestSupport.minimal2019(), "    国家秘密 0 0 0 0 0 0 | 0", "    国家秘密 / 0 0 0 0 0 | 0");
		support.validation().assertNoIssues(model);
	}

	// ---- money: BigDecimal, two decimals --------------------------------------------------------

	private static final String MONEY_FORMAT = """
			format 金额 "金额测试格式" {
				section 总体情况 "一、总体情况"
				section 费用 "二、费用" {
					table 费用 "费用" {
						columns {
							甲 "甲项" money unit "万元"
							乙 "乙项" money unit "万元"
							合计 "合计" money unit "万元" total
						}
						rows {
							收费 "收费"
						}
						rules {
							error rule 合计 "合计 = 甲项 + 乙项" for each row: 合计 = 甲 + 乙
						}
					}
				}
			}
			""";

	private static String moneyReport(String cells) {
		return "report \"测试\" year 2021 format 金额 title \"t\"\nsection 总体情况 {\n}\nsection 费用 {\n  table 费用 {\n    收费 " + cells
				+ "\n  }\n}\n";
	}

	@Test
	void moneyAddsUpExactly() {
		model = support.parse(moneyReport("0.10 0.20 0.30"), MONEY_FORMAT);
		support.validation().assertNoIssues(model);
		model = support.parse(moneyReport("0.1 0.2 0.30万元"), MONEY_FORMAT);
		support.validation().assertNoIssues(model);
		// amounts in 元 are converted to the column's 万元 before they are added
		model = support.parse(moneyReport("100000元 0.20 10.20"), MONEY_FORMAT);
		support.validation().assertNoIssues(model);
	}

	@Test
	void moneyDifferenceOfOneCent() {
		String text = moneyReport("0.10 0.20 0.31");
		model = support.parse(text, MONEY_FORMAT);
		assertIssue(IssueCodes.IDENTITY_BROKEN, text.indexOf("0.31"), 4,
				"收费·合计 应为 0.30，实际填写 0.31，多 0.01（勾稽关系：合计 = 甲项 + 乙项）", "0.30");
	}

	// ---- the customs example: every single change is caught ------------------------------------

	@Test
	void everySingleChangeToTheCustomsTablesIsAnErrorOnThatCellOrItsTotal() {
		String format = GprTestSupport.example("customs-2020/customs-format.gpr");
		String original = GprTestSupport.example("customs-2020/customs-2020.gpr");
		GprFile clean = support.parse(original, format);
		support.validation().assertNoIssues(clean);
		int changed = 0;
		for (Table table : EcoreUtil2.getAllContentsOfType(clean, Table.class)) {
			String name = table.getTable().getName();
			if (!name.equals("申请") && !name.equals("复议诉讼")) {
				continue;
			}
			for (NumberCell cell : EcoreUtil2.getAllContentsOfType(table, NumberCell.class)) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(cell);
				String value = cell.getValue();
				String bigger = String.valueOf(Long.parseLong(value) + 1);
				String text = original.substring(0, node.getOffset()) + bigger + original.substring(node.getEndOffset());
				GprFile broken = support.parse(text, format);
				List<Issue> errors = support.validate(broken).stream()
						.filter(i -> IssueCodes.IDENTITY_BROKEN.equals(i.getCode())).toList();
				assertTrue(!errors.isEmpty(), () -> name + " cell at " + node.getOffset() + " changed to " + bigger);
				boolean onCell = errors.stream().anyMatch(i -> i.getOffset() == node.getOffset()
						&& i.getMessage().contains("实际填写 " + bigger + "，多 1"));
				boolean onTotalOfItsRow = name.equals("复议诉讼") && errors.stream().allMatch(i -> i.getMessage().contains("·总计 应为 "));
				assertTrue(onCell || onTotalOfItsRow, () -> name + " " + node.getText().strip() + "→" + bigger + ": " + errors);
				changed++;
			}
		}
		assertEquals(25 * 7 + 15, changed);
	}
}
