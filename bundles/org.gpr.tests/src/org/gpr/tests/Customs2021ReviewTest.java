package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Each of the eight kinds of reviewer's finding on the customs example converted to the 2021
 * format ({@code resources/review/customs-2021.gpr}: synthetic, every table mapped as FORMATS.md
 * says, dated 2021 so that the format applies), changed to show it, through {@code gpr check}:
 * every line as gpr prints it (the kinds both formats show alike are in {@link CustomsReviewCases}).
 * The fee rules, which only the 2021 format has, are shown here: （六）2 逾期未缴费 above 0 without
 * the 收费通知 and the 信息处理费 in 六, and a （八） amount in 元.
 */
class Customs2021ReviewTest extends CustomsReviewCases {

	@Override
	CustomsCopy copyIn(Path dir) {
		return CustomsCopy.of2021(dir);
	}

	@Override
	int year() {
		return 2021;
	}

	@Override
	int titleLine() {
		return 14;
	}

	@Override
	int publicSectionLine() {
		return 44;
	}

	@Override
	int problemsSectionLine() {
		return 103;
	}

	@Override
	int overviewLastParagraphLine() {
		return 41;
	}

	@Override
	int changeLine() {
		return 33;
	}

	@Override
	int rulesRowLine() {
		return 48;
	}

	@Override
	String rowAfterRules() {
		return "    行政规范性文件          138             0          1541\n";
	}

	@Override
	List<String> copiedTables() {
		// 第五项, 第六项 and 第八项 have fewer than 3 cells in the 2021 format: not compared
		return List.of(
				at(46, 9, "warning", "“第二十条第（一）项”与上年报告的同一表格逐格相同（6 个单元格）（规则：表格雷同）", "copiedTable"),
				at(66, 9, "warning", "“收到和处理政府信息公开申请情况”与上年报告的同一表格逐格相同（175 个单元格）（规则：表格雷同）", "copiedTable"),
				at(97, 9, "warning", "“政府信息公开行政复议、行政诉讼情况”与上年报告的同一表格逐格相同（15 个单元格）（规则：表格雷同）", "copiedTable"));
	}

	@Override
	List<Cell> rulesCells() {
		// 本年废止件数 is 0: only the cells above 0
		return List.of(new Cell(29, "规章·本年制发件数 为 4"), new Cell(55, "规章·现行有效件数 为 181"));
	}

	@Override
	String acceptableRules() {
		return "发布期限、发布日期、统计期限、上年雷同、表格雷同、内容为空、现行有效结转、上年结转、工作考核、社会评议、责任追究、主动公开要点、依申请公开要点、信息管理要点、平台建设要点、监督保障要点、收费通知、信息处理费、规章权限、金额单位";
	}

	/** What gpr printed, without the conversion's own accepted topic (always there). */
	@Override
	List<String> findings() {
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
				at(107, 9, "warning", UNPAID + "应说明发出收费通知的件数，但没有提到：可计入的词：“收费通知”、“通知收取”（规则：收费通知）", "missingTopic"),
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
}
