package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gpr.importer.CellText;
import org.gpr.importer.LabelMatcher;
import org.junit.jupiter.api.Test;

/** The label variants real reports print, and their cells. */
class LabelMatcherTest {

	@Test
	void bracketsPunctuationSpacesAndQuotes() {
		assertEquals(LabelMatcher.EXACT, LabelMatcher.score("(一)予以公开", "（一）予以公开", false));
		assertEquals(LabelMatcher.EXACT, LabelMatcher.score("1、本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息", false));
		assertEquals(LabelMatcher.EXACT, LabelMatcher.score("3．危及\"三安全一稳定\"", "3.危及“三安全一稳定”", false));
		assertEquals(LabelMatcher.EXACT, LabelMatcher.score("行 政 许 可", "行政许可", false));
		assertEquals(LabelMatcher.EXACT, LabelMatcher.score("第二十条第(一)项", "第二十条第（一）项", true));
		// a footnote mark (2020年上海市, resources/corpus/shanghai-city-2020.html), not part of the label
		assertEquals(LabelMatcher.EXACT, LabelMatcher.score("第二十条第（一）项[1]", "第二十条第（一）项", false));
		assertEquals(LabelMatcher.EXACT, LabelMatcher.score("对外公开总数量①", "对外公开总数量", false));
		assertEquals(LabelMatcher.NONE, LabelMatcher.score("第二十条第（一）项[1]", "第二十条第（五）项", false));
	}

	@Test
	void variantsOfOneLabel() {
		assertEquals(LabelMatcher.APPENDED, LabelMatcher.score("3．其他（含申请人撤回申请）", "3.其他", false));
		assertTrue(LabelMatcher.score("（二）部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", false) > 0);
		assertTrue(LabelMatcher.score("规范性文件", "行政规范性文件", false) > 0, "the 2019 label in a 2021 report");
	}

	@Test
	void differentLabels() {
		assertEquals(LabelMatcher.NONE, LabelMatcher.score("总计", "（七）总计", false), "a column header, not the row");
		assertEquals(LabelMatcher.NONE, LabelMatcher.score("1.申请人撤销申请", "1.属于国家秘密", false));
		assertEquals(LabelMatcher.NONE, LabelMatcher.score("2.申请人撤销申请", "1.申请人撤销申请", false), "ordinals differ");
		assertEquals(LabelMatcher.NONE, LabelMatcher.score("本年新制作数量本年新公开数量", "本年新制作数量", true),
				"lines joined must match exactly");
	}

	@Test
	void sections() {
		assertTrue(LabelMatcher.isSection("五、政府信息公开工作存在的主要问题及改进情况", "五、存在的主要问题及改进情况"));
		assertTrue(LabelMatcher.isSection("  四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"));
		// 平潭综合实验区行政审批局2025 (resources/corpus/pingtan-xzspj-2025.html) joins the two with 与
		assertTrue(LabelMatcher.isSection("四、政府信息公开行政复议与行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"));
		assertTrue(LabelMatcher.isSection("五、存在的主要问题和改进情况", "五、存在的主要问题及改进情况"));
		assertFalse(LabelMatcher.isSection("四、政府信息公开行政复议与行政诉讼情况", "五、存在的主要问题及改进情况"));
		assertFalse(LabelMatcher.isSection("（一）总体情况", "一、总体情况"));
		// 沭阳县发展和改革局2023 (resources/corpus/shuyang-fgj-2023.html) closes part 五 with 整改措施
		assertFalse(LabelMatcher.isSection("五、存在的主要问题及整改措施", "五、存在的主要问题及改进情况"));
		assertTrue(LabelMatcher.isSimilarSection("五、存在的主要问题及整改措施", "五、存在的主要问题及改进情况"));
		assertFalse(LabelMatcher.isSimilarSection("五、其他需要报告的事项", "五、存在的主要问题及改进情况"));
		assertFalse(LabelMatcher.isSimilarSection("四、存在的主要问题及整改措施", "五、存在的主要问题及改进情况"), "another ordinal");
		assertFalse(LabelMatcher.isSimilarSection("五、存在问题", "五、存在的主要问题及改进情况"), "too little in common");
		// 平潭综合实验区海坛片区管理局2025 (resources/corpus/pingtan-htp-2025.html) leaves out a character
		assertFalse(LabelMatcher.isSection("六、其他需报告的事项", "六、其他需要报告的事项"));
		assertTrue(LabelMatcher.isSimilarSection("六、其他需报告的事项", "六、其他需要报告的事项"));
		// 平潭综合实验区社会事业局2025 (resources/corpus/pingtan-shs-2025.html) adds one
		assertTrue(LabelMatcher.isSimilarSection("四、政府信息公开行政法复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"));
		assertFalse(LabelMatcher.isSimilarSection("六、其他事项", "六、其他需要报告的事项"), "two characters and more apart");
		// 上海市科委2024 (resources/corpus/shanghai-stcsm-2024.html) numbers its tables 一、二、三 after its own six parts
		assertTrue(LabelMatcher.isRenumberedSection("一、主动公开政府信息情况", "二、主动公开政府信息情况"));
		assertTrue(LabelMatcher.isRenumberedSection("五、其他需要报告的事项", "六、其他需要报告的事项"));
		assertFalse(LabelMatcher.isRenumberedSection("三、主动公开工作情况", "二、主动公开政府信息情况"));
		assertFalse(LabelMatcher.isRenumberedSection("主动公开政府信息情况", "二、主动公开政府信息情况"), "no ordinal");
		assertFalse(LabelMatcher.isRenumberedSection("（一）主动公开政府信息情况", "二、主动公开政府信息情况"), "a sub-heading");
		assertTrue(LabelMatcher.isFragmentOf("相比上年增/", List.of("相比上年增/减")));
		assertTrue(LabelMatcher.isFragmentOf("采购总金额万元", List.of("采购总金额")));
		assertEquals("万元", LabelMatcher.unit("本年收费金额（单位：万元）"));
	}

	@Test
	void cells() {
		assertEquals("_", CellText.toGpr("\u00a0", false, null, null));
		assertEquals("/", CellText.toGpr("/", false, null, null));
		assertEquals("/", CellText.toGpr("-", false, null, null));
		assertEquals("/", CellText.toGpr("—", false, null, null));
		assertEquals("-3", CellText.toGpr("-3", false, null, null));
		assertEquals("1200", CellText.toGpr("1,200", false, null, null));
		assertEquals("12", CellText.toGpr("１２", false, null, null));
		assertEquals("31819.54", CellText.toGpr("31819.54", true, "万元", "万元"));
		assertEquals("251000元", CellText.toGpr("251000元", true, "万元", null));
		assertEquals("251000元", CellText.toGpr("251000", true, "万元", "元"), "the page's unit is kept");
		assertEquals(null, CellText.toGpr("无", false, null, null));
	}
}
