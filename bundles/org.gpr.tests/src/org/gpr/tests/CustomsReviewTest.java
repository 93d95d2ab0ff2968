package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Each of the eight kinds of reviewer's finding on a copy of the customs example (2019 format)
 * changed to show it, through {@code gpr check}: every line as gpr prints it, with its line and
 * column (the kinds both formats show alike are in {@link CustomsReviewCases}). The 2019 format has
 * no fee row （六）2 and its （八） 行政事业性收费 counts items, not money: of the fees and money, only
 * the 万元 check applies, on （九） 采购总金额; the fee rules are shown on the customs example
 * converted to the 2021 format ({@link Customs2021ReviewTest}).
 */
class CustomsReviewTest extends CustomsReviewCases {

	@Override
	CustomsCopy copyIn(Path dir) {
		return CustomsCopy.of2019(dir);
	}

	@Override
	int year() {
		return 2020;
	}

	@Override
	int titleLine() {
		return 6;
	}

	@Override
	int publicSectionLine() {
		return 34;
	}

	@Override
	int problemsSectionLine() {
		return 97;
	}

	@Override
	int overviewLastParagraphLine() {
		return 31;
	}

	@Override
	int changeLine() {
		return 23;
	}

	@Override
	int rulesRowLine() {
		return 38;
	}

	@Override
	String rowAfterRules() {
		return "    规范性文件           138             138           1541\n";
	}

	@Override
	List<String> copiedTables() {
		return List.of(
				at(36, 9, "warning", "“第二十条第（一）项”与上年报告的同一表格逐格相同（6 个单元格）（规则：表格雷同）", "copiedTable"),
				at(41, 9, "warning", "“第二十条第（五）项”与上年报告的同一表格逐格相同（6 个单元格）（规则：表格雷同）", "copiedTable"),
				at(46, 9, "warning", "“第二十条第（六）项”与上年报告的同一表格逐格相同，全部为 0（6 个单元格）（规则：表格雷同）", "copiedTable"),
				at(60, 9, "warning", "“收到和处理政府信息公开申请情况”与上年报告的同一表格逐格相同（175 个单元格）（规则：表格雷同）", "copiedTable"),
				at(91, 9, "warning", "“政府信息公开行政复议、行政诉讼情况”与上年报告的同一表格逐格相同（15 个单元格）（规则：表格雷同）", "copiedTable"));
	}

	@Override
	List<Cell> rulesCells() {
		return List.of(new Cell(26, "规章·本年新制作数量 为 4"), new Cell(42, "规章·本年新公开数量 为 4"),
				new Cell(55, "规章·对外公开总数量 为 181"));
	}

	@Override
	String acceptableRules() {
		return "发布期限、发布日期、统计期限、上年雷同、表格雷同、内容为空、公开总数不少于新公开、新公开不多于新制作、项目数量结转、上年结转、工作考核、社会评议、责任追究、规章权限、采购金额单位";
	}

	@Test
	void theExampleItselfIsClean() {
		assertEquals(Main.OK, copy.check());
		assertEquals("", copy.out());
		assertEquals("customs-2020/customs-2020.gpr：0 个错误，0 个警告\n共检查 1 个文件：0 个错误，0 个警告\n", copy.err());
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
}
