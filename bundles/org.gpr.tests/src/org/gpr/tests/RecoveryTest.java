package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gpr.gpr.Report;
import org.gpr.gpr.Table;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** A syntax error inside one table leaves a model, and diagnostics, for the rest of the file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class RecoveryTest {

	@Inject
	private GprTestSupport support;

	@Test
	void syntaxErrorInOneTableKeepsTheRest() {
		String text = GprTestSupport.minimal2019().replace("    行政强制 0 0 0\n", "    行政强制 0 0 0.\n")
				.replace("    件数 1 0 0 0 1 |", "    件数 1 0 0 0 1 0 |").replace("    结转下年 0", "    结转下个年 0");
		Report report = (Report) support.parse(text);
		assertNotNull(report);
		XtextResource resource = (XtextResource) report.eResource();
		assertEquals(1, resource.getErrors().size());
		Issue syntax = support.validate(report).stream().filter(i -> Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode()))
				.findFirst().orElseThrow();
		assertEquals(text.indexOf("0.\n"), syntax.getOffset());
		assertTrue(syntax.getMessage().startsWith("语法错误："), syntax.getMessage());
		// the rest of the file still has a model: all six sections and every table
		assertEquals(6, report.getSections().size());
		assertEquals(7, EcoreUtil2.getAllContentsOfType(report, Table.class).size());
		// and problems after the syntax error are still found
		List<String> codes = support.validate(report).stream().map(Issue::getCode).toList();
		assertTrue(codes.contains(IssueCodes.WRONG_CELL_COUNT), codes.toString());
		assertTrue(codes.contains(IssueCodes.UNKNOWN_ROW), codes.toString());
	}

	@Test
	void strayPunctuationInACellIsAnErrorOnThatCellOnly() {
		for (String stray : List.of("，", ",", "、", ":", "(")) {
			String text = GprTestSupport.minimal2019().replace("    行政强制 0 0 0\n", "    行政强制 0 0 " + stray + "0\n");
			Report report = (Report) support.parse(text);
			assertEquals(List.of(), report.eResource().getErrors(), stray);
			assertEquals(7, EcoreUtil2.getAllContentsOfType(report, Table.class).size(), stray);
			Issue invalid = support.validate(report).stream().filter(i -> IssueCodes.INVALID_CELL.equals(i.getCode()))
					.findFirst().orElseThrow();
			assertEquals(text.indexOf(stray + "0\n"), invalid.getOffset(), stray);
			assertEquals("无法识别的单元格“" + stray + "”：单元格应为整数、金额、_（空白）或 /（不适用）", invalid.getMessage());
		}
	}

	@Test
	void unterminatedTableStillParsesTheHeader() {
		String text = GprTestSupport.minimal2019();
		String cut = text.substring(0, text.indexOf("    结转 0"));
		Report report = (Report) support.parse(cut);
		assertNotNull(report);
		assertEquals("测试机关", report.getBody());
		assertFalse(support.validate(report).isEmpty());
	}

	@Test
	void garbageIsASyntaxErrorNotACrash() {
		for (String text : List.of("", "report", "report \"x\" year", "}}}{{{", "format", "table 申请 { 新收 1 }",
				"report \"x\" year 2020 format gov2019 title \"t\" section 总体情况 { paragraph {申请.", "\u0000\u0001")) {
			var model = support.parse(text);
			List<Issue> issues = model == null ? List.of() : support.validate(model);
			assertTrue(model == null || !issues.isEmpty(), text);
		}
	}
}
