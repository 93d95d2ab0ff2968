package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gpr.gpr.CellRef;
import org.gpr.gpr.Embed;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Paragraph;
import org.gpr.gpr.Report;
import org.gpr.gpr.RowGroup;
import org.gpr.gpr.ColumnGroup;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Names in a report are references into its format: each wrong name is an exact, named error. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class LinkingTest {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private GprTestSupport support;

	private Report report(String from, String to) {
		String text = GprTestSupport.minimal2019();
		assertTrue(text.contains(from), from);
		return (Report) support.parse(text.replace(from, to));
	}

	private static int offset(Report report, String text) {
		String source = report.eResource() instanceof org.eclipse.xtext.resource.XtextResource r
				? r.getParseResult().getRootNode().getText() : "";
		int at = source.indexOf(text);
		assertTrue(at >= 0, text);
		return at;
	}

	@Test
	void minimalReportHasNoIssues() {
		support.validation().assertNoIssues(support.parse(GprTestSupport.minimal2019()));
	}

	@Test
	void misspelledRowIsALinkingErrorWithASuggestion() {
		Report report = report("    结转下年 0", "    结转下个年 0");
		int at = offset(report, "结转下个年");
		support.validation().assertError(report, P.getTableRow(), IssueCodes.UNKNOWN_ROW, at, "结转下个年".length(),
				"格式 gov2019 的表“申请”中没有名为“结转下个年”的行（是否应为“结转下年”？）");
	}

	@Test
	void rowOfAnotherTableDoesNotResolve() {
		Report report = report("    规章 1 1 10", "    行政许可 1 1 10");
		List<Issue> issues = support.validate(report);
		Issue issue = issues.stream().filter(i -> IssueCodes.UNKNOWN_ROW.equals(i.getCode())).findFirst().orElseThrow();
		assertEquals(offset(report, "行政许可 1 1 10"), issue.getOffset());
		assertEquals(4, issue.getLength());
		assertEquals("格式 gov2019 的表“第一项”中没有名为“行政许可”的行", issue.getMessage());
	}

	@Test
	void unknownFormatListsTheAvailableOnes() {
		Report report = report("format gov2019", "format gov2018");
		support.validation().assertError(report, P.getReport(), IssueCodes.UNKNOWN_FORMAT, offset(report, "gov2018"), 7,
				"没有名为“gov2018”的格式；可用的格式：gov2019、gov2021");
	}

	@Test
	void unknownSectionListsTheFormatsSections() {
		Report report = report("section 问题改进 {", "section 问题 {");
		support.validation().assertError(report, P.getReportSection(), IssueCodes.UNKNOWN_SECTION,
				offset(report, "问题 {"), 2, "格式 gov2019 中没有名为“问题”的部分；可用的部分：总体情况、主动公开、依申请公开、复议诉讼、问题改进、其他事项");
	}

	@Test
	void tableInTheWrongSectionDoesNotResolve() {
		Report report = report("  table 第九项 {", "  table 申请 {");
		support.validation().assertError(report, P.getTable(), IssueCodes.UNKNOWN_TABLE, offset(report, "申请 {\n    政府"),
				2, "格式 gov2019 的“主动公开”部分中没有名为“申请”的表；可用的表：第一项、第五项、第六项、第八项、第九项");
	}

	@Test
	void englishMessagesWhenTheLocaleIsEnglish() {
		Locale.setDefault(Locale.ENGLISH);
		Report report = report("    结转下年 0", "    结转下个年 0");
		support.validation().assertError(report, P.getTableRow(), IssueCodes.UNKNOWN_ROW,
				"Table \"申请\" of format gov2019 has no row named \"结转下个年\" (did you mean \"结转下年\"?)");
	}

	@Test
	void narrativeReferencesLinkToGroupsAndColumns() {
		Report report = report("{申请.新收.总计}", "{申请.不予公开.法人} \"、\" {percent(申请.予以公开.总计, 申请.总计.总计, 1)}");
		support.validation().assertNoIssues(report);
		Paragraph paragraph = (Paragraph) report.getSections().get(0).getItems().get(0);
		CellRef ref = (CellRef) ((Embed) paragraph.getText().getParts().get(1)).getExpression();
		assertTrue(ref.getRow() instanceof RowGroup);
		assertTrue(ref.getColumn() instanceof ColumnGroup);
		assertEquals("申请", ref.getTable().getName());
	}

	@Test
	void narrativeReferenceToAnUnknownColumn() {
		Report report = report("{申请.新收.总计}", "{申请.新收.合计}");
		support.validation().assertError(report, P.getCellRef(), IssueCodes.UNKNOWN_COLUMN, offset(report, "合计"), 2,
				"格式 gov2019 的表“申请”中没有名为“合计”的列");
	}

	@Test
	void narrativeReferenceToAnUnknownTable() {
		Report report = report("{申请.新收.总计}", "{申请表.新收.总计}");
		List<Issue> issues = support.validate(report);
		assertEquals(IssueCodes.UNKNOWN_TABLE, issues.get(0).getCode());
		assertEquals(offset(report, "申请表"), issues.get(0).getOffset());
	}

	@Test
	void reportFindsAFormatDeclaredBesideIt() {
		String format = "format 本省2020 extends gov2019 {\n}\n";
		Report report = (Report) support.parse(GprTestSupport.minimal2019().replace("format gov2019", "format 本省2020"),
				format);
		support.validation().assertNoIssues(report);
		assertNotNull(report.getFormat().getBase());
		assertEquals("gov2019", report.getFormat().getBase().getName());
		assertEquals("本省2020", report.getFormat().getName());
	}
}
