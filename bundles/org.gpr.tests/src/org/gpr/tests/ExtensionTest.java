package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Format;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;
import org.gpr.gpr.Row;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** A format extends another: rows added, replaced, removed and relabelled; rules added. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class ExtensionTest {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private GprTestSupport support;
	@Inject
	private FormatModel formats;

	private static List<String> leafNames(EffectiveTable table) {
		return table.getLeafRows().stream().map(Row::getName).toList();
	}

	@Test
	void hubeiAddsARowToSectionTwo() {
		Format format = (Format) support.parse("""
				format hubei2020 extends gov2019 "湖北省格式" {
					extend table 第一项 {
						add 其他文件 "其他主动公开文件" after 规范性文件
					}
				}
				""");
		support.validation().assertNoIssues(format);
		EffectiveTable table = formats.of(format).findTable("第一项");
		assertEquals(List.of("规章", "规范性文件", "其他文件"), leafNames(table));
		assertEquals("其他主动公开文件", table.labelOf(table.getLeafRows().get(2)));
	}

	@Test
	void replaceBeforeInRemoveAndRelabel() {
		Format format = (Format) support.parse("""
				format 试验 extends gov2019 {
					extend table 申请 {
						replace 其他处理 with group 其他处理 "（六）其他处理" {
							撤销 "1.申请人撤销申请"
						}
						add 逾期 "2.逾期未补正" in 其他处理
						add 首行 "首行" before 新收
						remove 行政查询
						relabel 新收 "一、本年新收申请数量"
					}
				}
				""");
		support.validation().assertNoIssues(format);
		EffectiveTable table = formats.of(format).findTable("申请");
		List<String> names = leafNames(table);
		assertEquals("首行", names.get(0));
		assertTrue(names.containsAll(List.of("撤销", "逾期")));
		assertTrue(!names.contains("行政查询") && !names.contains("其他处理"));
		assertEquals(names.indexOf("撤销") + 1, names.indexOf("逾期"));
		assertEquals(names.indexOf("逾期") + 1, names.indexOf("总计"));
		assertEquals("一、本年新收申请数量", table.findRow("新收").getLabel());
		// the sum of group 结果 now includes the new rows
		assertTrue(table.memberRows(table.findRow("结果").getDef()).stream().map(Row::getName).toList().contains("逾期"));
	}

	@Test
	void customsFormatBreaksOtherHandlingIntoThreeRows() {
		Format format = (Format) support.parse(GprTestSupport.example("customs-2020/customs-format.gpr"));
		support.validation().assertNoIssues(format);
		EffectiveFormat effective = formats.of(format);
		List<String> names = leafNames(effective.findTable("申请"));
		assertEquals(List.of("撤销申请", "咨询事项", "逾期未补正", "总计"), names.subList(names.size() - 5, names.size() - 1));
		assertEquals(List.of("gov2019", "customs2020"), effective.getChain().stream().map(Format::getName).toList());
	}

	@Test
	void extensionRulesNameTheExtendedTablesRows() {
		Format format = (Format) support.parse("""
				format 带规则 extends gov2019 {
					extend table 第一项 {
						add 其他文件 "其他主动公开文件" after 规范性文件
						rules {
							warning rule 其他不多 "其他主动公开文件 ≤ 规范性文件" for each column: 其他文件 <= 规范性文件
						}
					}
				}
				""");
		support.validation().assertNoIssues(format);
		assertEquals(3, formats.of(format).findTable("第一项").getRules().size());
	}

	@Test
	void unknownRowInAnExtension() {
		Format format = (Format) support.parse("""
				format 错误 extends gov2019 {
					extend table 第一项 {
						add 其他文件 "其他主动公开文件" after 规范文件
					}
				}
				""");
		support.validation().assertError(format, P.getAddRows(), IssueCodes.UNKNOWN_NAME, "规范文件", "规范性文件");
	}

	/** A magnitude rule asks whether 元 were written in a column of a larger unit: its column must be in 万元 or 亿元. */
	@Test
	void aMagnitudeRuleOnAColumnWithoutAUnitOfMoneyIsAnError() {
		String text = """
				format 错列 extends gov2021 {
					magnitude 件数单位 "行政许可处理决定" cell 第五项.行政许可.处理决定 below 1000
				}
				""";
		Format format = (Format) support.parse(text);
		support.validation().assertError(format, P.getCellRef(), IssueCodes.MAGNITUDE_UNIT, text.indexOf("处理决定 below"),
				"处理决定".length(), "金额单位规则“件数单位”查找误按元填写的金额：其单元格所在列 处理决定 的单位应为 万元 或 亿元，实际为 未声明单位");
		assertEquals(1, support.validation().validate(format).size());
		// the same rule on the fee column, in 万元, is right
		support.validation().assertNoIssues((Format) support.parse(text.replace("第五项.行政许可.处理决定", "第八项.行政事业性收费.收费金额")));
	}

	@Test
	void cyclicExtensionIsAnErrorNotACrash() {
		Format a = (Format) support.parse("format 甲 extends 乙 {\n}\n", "format 乙 extends 甲 {\n}\n");
		support.validation().assertError(a, P.getFormat(), IssueCodes.CYCLIC_FORMAT, 17, 1, "格式 甲 的继承关系构成循环：甲 → 乙 → 甲");
	}

	@Test
	void reportOfAnExtendedFormatUsesItsRows() {
		String extension = """
				format hubei2020 extends gov2019 {
					extend table 第一项 {
						add 其他文件 "其他主动公开文件" after 规范性文件
					}
				}
				""";
		String text = GprTestSupport.minimal2019().replace("format gov2019", "format hubei2020");
		Report report = (Report) support.parse(text, extension);
		support.validation().assertError(report, P.getTable(), IssueCodes.MISSING_ROWS, "其他文件（其他主动公开文件）");
		Report complete = (Report) support.parse(
				text.replace("    规范性文件 2 2 20\n", "    规范性文件 2 2 20\n    其他文件 1 1 5\n"), extension);
		support.validation().assertNoIssues(complete);
	}

	@Test
	void duplicateRowNameInAFormat() {
		Format format = (Format) support.parse("""
				format 重名 extends gov2019 {
					extend table 第一项 {
						add 规章 "规章二" after 规范性文件
					}
				}
				""");
		support.validation().assertError(format, P.getRow(), IssueCodes.DUPLICATE_NAME, "表“第一项”中行名“规章”重复");
	}
}
