package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.format.BuiltinFormats;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.CellType;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.ColumnGroup;
import org.gpr.gpr.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The shipped formats hold every table, row and column of FORMATS.md, with the exact labels. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
class FormatsTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private FormatModel formats;
	@Inject
	private GprTestSupport support;

	private static final List<String> SECTIONS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

	private static final List<String> APPLICATION_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
			"其他", "总计");

	private static final List<String> APPLICATION_ROWS_BEFORE_OTHER = List.of("一、本年新收政府信息公开申请数量",
			"二、上年结转政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
			"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
			"7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
			"（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
			"（六）其他处理");

	private static final List<String> REVIEW_COLUMNS = List.of("行政复议", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "行政诉讼",
			"未经复议直接起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

	private static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	private XtextResourceSet set;

	@BeforeEach
	void setUp() {
		set = resourceSets.get();
	}

	private EffectiveFormat load(String name) {
		Format format = BuiltinFormats.load(set, name);
		assertNotNull(format, name);
		support.validation().assertNoIssues(format);
		return formats.of(format);
	}

	private static List<String> rowLabels(EffectiveTable table) {
		List<String> labels = new ArrayList<>();
		table.getAllRowNodes().forEach(node -> labels.add(node.getLabel()));
		return labels;
	}

	private static List<String> columnLabels(List<ColumnDef> columns) {
		List<String> labels = new ArrayList<>();
		for (ColumnDef column : columns) {
			labels.add(column.getLabel());
			if (column instanceof ColumnGroup group) {
				labels.addAll(columnLabels(group.getColumns()));
			}
		}
		return labels;
	}

	private static List<String> leafLabels(EffectiveTable table) {
		return table.getLeafColumns().stream().map(Column::getLabel).toList();
	}

	@Test
	void gov2019HasEveryLabelOfTheOfficialFormat() {
		EffectiveFormat f = load("gov2019");
		assertEquals(SECTIONS, f.getSections().stream().map(EffectiveFormat.Section::getLabel).toList());
		assertEquals(List.of("第一项", "第五项", "第六项", "第八项", "第九项"),
				f.findSection("主动公开").getTables().stream().map(EffectiveTable::getName).toList());
		EffectiveTable t1 = f.findTable("第一项");
		assertEquals("第二十条第（一）项", t1.getLabel());
		assertEquals("信息内容", t1.getTable().getHeader());
		assertEquals(List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), leafLabels(t1));
		assertEquals(List.of("规章", "规范性文件"), rowLabels(t1));
		for (String name : List.of("第五项", "第六项")) {
			assertEquals(List.of("上一年项目数量", "本年增/减", "处理决定数量"), leafLabels(f.findTable(name)));
			assertEquals(CellType.SIGNED, f.findTable(name).getLeafColumns().get(1).getType());
		}
		assertEquals("第二十条第（五）项", f.findTable("第五项").getLabel());
		assertEquals(List.of("行政许可", "其他对外管理服务事项"), rowLabels(f.findTable("第五项")));
		assertEquals("第二十条第（六）项", f.findTable("第六项").getLabel());
		assertEquals(List.of("行政处罚", "行政强制"), rowLabels(f.findTable("第六项")));
		assertEquals("第二十条第（八）项", f.findTable("第八项").getLabel());
		assertEquals(List.of("上一年项目数量", "本年增/减"), leafLabels(f.findTable("第八项")));
		assertEquals(List.of("行政事业性收费"), rowLabels(f.findTable("第八项")));
		EffectiveTable t9 = f.findTable("第九项");
		assertEquals("第二十条第（九）项", t9.getLabel());
		assertEquals(List.of("采购项目数量", "采购总金额"), leafLabels(t9));
		assertEquals(CellType.MONEY, t9.getLeafColumns().get(1).getType());
		assertEquals(List.of("政府集中采购"), rowLabels(t9));

		EffectiveTable apply = f.findTable("申请");
		assertEquals(CORNER, apply.getTable().getCorner());
		assertEquals("申请人情况", apply.getTable().getHeader());
		assertEquals(APPLICATION_COLUMNS, leafLabels(apply));
		assertEquals("法人或其他组织", apply.findColumn("法人").getLabel());
		List<String> rows = new ArrayList<>(APPLICATION_ROWS_BEFORE_OTHER);
		rows.addAll(List.of("（七）总计", "四、结转下年度继续办理"));
		assertEquals(rows, rowLabels(apply));
		assertEquals(23, apply.getLeafRows().size());

		EffectiveTable review = f.findTable("复议诉讼");
		assertEquals(REVIEW_COLUMNS, columnLabels(review.getTable().getColumns()));
		assertEquals(15, review.getLeafColumns().size());
		assertEquals(List.of(2019, 2020), List.of(f.getFromYear(), f.getToYear()));
	}

	@Test
	void gov2021HasEveryLabelOfTheOfficialFormat() {
		EffectiveFormat f = load("gov2021");
		assertEquals(SECTIONS, f.getSections().stream().map(EffectiveFormat.Section::getLabel).toList());
		assertEquals(List.of("第一项", "第五项", "第六项", "第八项"),
				f.findSection("主动公开").getTables().stream().map(EffectiveTable::getName).toList());
		EffectiveTable t1 = f.findTable("第一项");
		assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数"), leafLabels(t1));
		assertEquals(List.of("规章", "行政规范性文件"), rowLabels(t1));
		assertEquals(List.of("本年处理决定数量"), leafLabels(f.findTable("第五项")));
		assertEquals(List.of("行政许可"), rowLabels(f.findTable("第五项")));
		assertEquals(List.of("本年处理决定数量"), leafLabels(f.findTable("第六项")));
		assertEquals(List.of("行政处罚", "行政强制"), rowLabels(f.findTable("第六项")));
		assertEquals(List.of("本年收费金额（单位：万元）"), leafLabels(f.findTable("第八项")));
		assertEquals(CellType.MONEY, f.findTable("第八项").getLeafColumns().get(0).getType());
		assertEquals("万元", f.findTable("第八项").getLeafColumns().get(0).getUnit());

		EffectiveTable apply = f.findTable("申请");
		assertEquals(CORNER, apply.getTable().getCorner());
		assertEquals(APPLICATION_COLUMNS, leafLabels(apply));
		List<String> rows = new ArrayList<>(APPLICATION_ROWS_BEFORE_OTHER);
		rows.addAll(List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
				"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计", "四、结转下年度继续办理"));
		assertEquals(rows, rowLabels(apply));
		assertTrue(apply.findRow("其他处理").isGroup());
		assertEquals(REVIEW_COLUMNS, columnLabels(f.findTable("复议诉讼").getTable().getColumns()));
		assertEquals(2021, f.getFromYear());
	}

	@Test
	void everyShippedFormatDeclaresTheHardIdentities() {
		for (String name : BuiltinFormats.NAMES) {
			EffectiveFormat f = load(name);
			assertEquals(List.of("勾稽关系", "办理结果总计", "申请人总计", "上年结转"),
					f.findTable("申请").getRules().stream().map(r -> r.getName()).toList(), name);
			assertEquals(List.of("复议总计", "直诉总计", "复诉总计"),
					f.findTable("复议诉讼").getRules().stream().map(r -> r.getName()).toList(), name);
		}
	}

	@Test
	void everyShippedFormatIsNamedAsItsFile() {
		// the scope of format names loads a shipped format by the name looked up (BuiltinFormatScope)
		for (String name : BuiltinFormats.NAMES) {
			assertEquals(name, BuiltinFormats.load(set, name).getName());
		}
	}

	/** Which shipped formats a resource set holds, by name, in the order they were loaded. */
	private static List<String> shippedIn(XtextResourceSet set) {
		return set.getResources().stream().filter(r -> BuiltinFormats.SCHEME.equals(r.getURI().scheme()))
				.map(r -> r.getURI().trimFileExtension().lastSegment()).toList();
	}

	@Test
	void aReportLoadsOnlyTheShippedFormatItLinksTo() {
		for (String[] report : List.of(new String[] { "gov2021", GprTestSupport.minimal2021() },
				new String[] { "gov2019", GprTestSupport.minimal2019() })) {
			org.gpr.gpr.GprFile file = support.parse(report[1]);
			support.validation().assertNoIssues(file);
			assertEquals(List.of(report[0]), shippedIn((XtextResourceSet) file.eResource().getResourceSet()), report[0]);
		}
	}

	@Test
	void aFormatOfTheProjectLoadsOnlyTheShippedFormatItExtends() {
		String format = "format local extends gov2019 \"本地格式\" {\n}\n";
		org.gpr.gpr.GprFile file = support.parse(GprTestSupport.minimal2019().replaceFirst("format\\s+gov2019", "format local"), format);
		support.validate(file);
		Format local = ((org.gpr.gpr.Report) file).getFormat();
		assertEquals("local", local.getName());
		assertEquals("gov2019", local.getBase().getName());
		assertEquals(List.of("gov2019"), shippedIn((XtextResourceSet) file.eResource().getResourceSet()));
	}

	@Test
	void aMisspelledFormatIsSuggestedFromEveryShippedFormat() {
		org.gpr.gpr.GprFile file = support.parse(GprTestSupport.minimal2021().replaceFirst("format\\s+gov2021", "format gov202x"));
		List<org.eclipse.xtext.validation.Issue> issues = support.validate(file);
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().contains("gov202x") && i.getMessage().contains("gov2021")),
				issues.toString());
		// the suggestion lists every element of the scope, and so loads every shipped format
		assertEquals(BuiltinFormats.NAMES, shippedIn((XtextResourceSet) file.eResource().getResourceSet()));
	}
}
