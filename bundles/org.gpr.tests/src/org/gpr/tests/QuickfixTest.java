package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.ide.GprIdeSetup;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Injector;

/**
 * Each quick fix, through Xtext's IDE-neutral quick-fix API exactly as a language server runs
 * it: the document before, the fix applied, the whole document after.
 */
@ExtendWith(ChineseLocale.class)
class QuickfixTest {

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new GprIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private record Loaded(XtextResource resource, Document document) {
	}

	private static Loaded load(String text, String previous) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		if (previous != null) {
			set.createResource(URI.createURI("test:/2019.gpr"))
					.load(new ByteArrayInputStream(previous.getBytes(StandardCharsets.UTF_8)), null);
		}
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("test:/2020.gpr"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return new Loaded(resource, new Document(1, text));
	}

	/** Applies the fix with the given label to the first issue with the code; returns the new text. */
	private static String fix(String before, String previous, String code, String label) throws IOException {
		Loaded loaded = load(before, previous);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(loaded.resource(), CheckMode.ALL,
				CancelIndicator.NullImpl);
		Issue issue = issues.stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + issues));
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(Either.forLeft(issue.getCode()));
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		diagnostic.setRange(new Range(loaded.document().getPosition(issue.getOffset()),
				loaded.document().getPosition(issue.getOffset() + issue.getLength())));
		diagnostic.setData(issue.getData());

		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(loaded.document());
		options.setResource(loaded.resource());
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(access(loaded));
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(loaded.resource().getURI().toString()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		options.setCodeActionParams(params);

		IQuickFixProvider provider = injector.getInstance(IQuickFixProvider.class);
		List<DiagnosticResolution> resolutions = provider.getResolutions(options, diagnostic);
		DiagnosticResolution resolution = resolutions.stream().filter(r -> r.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(
						"no fix '" + label + "' among " + resolutions.stream().map(DiagnosticResolution::getLabel).toList()));
		WorkspaceEdit edit = resolution.apply();
		List<TextEdit> edits = new ArrayList<>(edit.getChanges().get(loaded.resource().getURI().toString()));
		return apply(loaded.document(), edits);
	}

	private static ILanguageServerAccess access(Loaded loaded) {
		return (ILanguageServerAccess) Proxy.newProxyInstance(QuickfixTest.class.getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> switch (method.getName()) {
				case "newLiveScopeResourceSet" -> loaded.resource().getResourceSet();
				case "getInitializeParams" -> null;
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	/** Applies LSP edits the way a client does: from the last to the first. */
	private static String apply(Document document, List<TextEdit> edits) {
		edits.sort(Comparator.comparing((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		String text = document.getContents();
		for (TextEdit edit : edits) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			text = text.substring(0, start) + edit.getNewText() + text.substring(end);
		}
		return text;
	}

	private static String minimal() {
		return GprTestSupport.minimal2019();
	}

	@Test
	void setTotalToTheComputedValue() throws IOException {
		String before = minimal().replace("    总计 5 1 0 0 0 0 | 6", "    总计 6 1 0 0 0 0 | 7");
		String after = fix(before, null, IssueCodes.IDENTITY_BROKEN, "改为按勾稽关系计算的值");
		assertEquals(before.replace("    总计 6 1 0 0 0 0 | 7", "    总计 5 1 0 0 0 0 | 7"), after);
		// the total column of the same row is then fixed by its own diagnostic
		String done = fix(after, null, IssueCodes.IDENTITY_BROKEN, "改为按勾稽关系计算的值");
		assertEquals(minimal(), done);
	}

	@Test
	void fillBlankWithTheComputedValue() throws IOException {
		String before = minimal().replace("    总计 5 1 0 0 0 0 | 6", "    总计 5 1 0 0 0 0 | _");
		String after = fix(before, null, IssueCodes.BLANK_DERIVED, "填写按勾稽关系计算的值");
		assertEquals(minimal(), after);
	}

	@Test
	void fillBlankWithZero() throws IOException {
		String before = minimal().replace("    国家秘密 0 0 0 0 0 0 | 0", "    国家秘密 _ 0 0 0 0 0 | 0");
		String after = fix(before, null, IssueCodes.BLANK_DERIVED, "填写 0");
		assertEquals(minimal(), after);
	}

	@Test
	void addMissingRowsInOfficialOrder() throws IOException {
		String before = minimal().replace("    国家秘密 0 0 0 0 0 0 | 0\n    法规禁止 0 0 0 0 0 0 | 0\n", "")
				.replace("    结转下年 0 0 0 0 0 0 | 0\n", "").replace("    新收 5 1 0 0 0 0 | 6\n", "");
		String after = fix(before, null, IssueCodes.MISSING_ROWS, "按官方顺序补齐缺少的行（填 0）");
		String expected = minimal().replace("    国家秘密 0 0 0 0 0 0 | 0\n    法规禁止 0 0 0 0 0 0 | 0\n",
				"    国家秘密 0 0 0 0 0 0 0\n    法规禁止 0 0 0 0 0 0 0\n")
				.replace("    结转下年 0 0 0 0 0 0 | 0\n", "    结转下年 0 0 0 0 0 0 0\n")
				.replace("    新收 5 1 0 0 0 0 | 6\n", "    新收 0 0 0 0 0 0 0\n");
		assertEquals(expected, after);
	}

	@Test
	void removeDuplicatedRow() throws IOException {
		String before = minimal().replace("    行政强制 0 0 0\n", "    行政强制 0 0 0\n    行政强制 0 0 0\n");
		String after = fix(before, null, IssueCodes.DUPLICATE_ROW, "删除重复的行");
		assertEquals(minimal(), after);
	}

	@Test
	void setCarriedOverFromThePreviousReport() throws IOException {
		String previous = minimal().replace("year 2020", "year 2019")
				.replace("    结转下年 0 0 0 0 0 0 | 0", "    结转下年 2 0 0 0 0 0 | 2")
				.replace("    新收 5 1 0 0 0 0 | 6", "    新收 7 1 0 0 0 0 | 8");
		String report = minimal().replace("title ", "previous \"2019.gpr\"\ntitle ");
		String before = report;
		String after = fix(before, previous, IssueCodes.CROSS_YEAR_MISMATCH, "改为上年报告中的值");
		assertEquals(before.replace("    结转 0 0 0 0 0 0 | 0", "    结转 2 0 0 0 0 0 | 0"), after);
		assertTrue(after.contains("previous \"2019.gpr\""));
	}

	// --- the reviewer's checks ---------------------------------------------------------------

	@Test
	void removeATemplateInstructionAndTheParagraphThatHeldOnlyIt() throws IOException {
		String before = minimal().replace("section 主动公开 {\n", "section 主动公开 {\n  paragraph \"该部分以表格形式报告。表格如下：\"\n");
		assertEquals(minimal(), fix(before, null, IssueCodes.LEFTOVER_INSTRUCTION, "删除模板的说明文字"));
		String inside = minimal().replace("\"2020年收到申请\"", "\"该部分以表格形式报告。2020年收到申请\"");
		assertEquals(minimal(), fix(inside, null, IssueCodes.LEFTOVER_INSTRUCTION, "删除模板的说明文字"));
	}

	@Test
	void addTheStatisticsPeriodToTheContactParagraph() throws IOException {
		String before = minimal().replace("。统计期限自2020年1月1日起至2020年12月31日止。", "");
		String after = fix(before, null, IssueCodes.PERIOD_MISSING, "写上统计期限");
		assertEquals(before.replace("contact \"联系电话：010-00000000\"",
				"contact \"联系电话：010-00000000本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\""), after);
	}

	@Test
	void setTheTitlesYearToTheReportYear() throws IOException {
		String before = minimal().replace("title \"测试机关2020年", "title \"测试机关2019年");
		assertEquals(minimal(), fix(before, null, IssueCodes.TITLE_YEAR, "把标题中的年份改为报告年度"));
		String chinese = minimal().replace("title \"测试机关2020年", "title \"测试机关二〇二〇年");
		assertEquals(minimal(), fix(chinese, null, IssueCodes.TITLE_YEAR_INVALID, "把标题中的年份改为报告年度"));
	}

	@Test
	void setTheStatisticsPeriodsYearToTheReportYear() throws IOException {
		String before = minimal().replace("统计期限自2020年1月1日起", "统计期限自2019年1月1日起");
		assertEquals(minimal(), fix(before, null, IssueCodes.PERIOD_MISMATCH, "把统计期限的年份改为报告年度"));
	}

	@Test
	void enterAnAmountWrittenInYuanInWanYuan() throws IOException {
		String before = minimal().replace("政府集中采购 3 12.50", "政府集中采购 3 125000000");
		assertEquals(minimal().replace("政府集中采购 3 12.50", "政府集中采购 3 12500"),
				fix(before, null, IssueCodes.MONEY_UNIT, "改为按万元填写的金额"));
		String fee = GprTestSupport.minimal2021().replace("行政事业性收费 12.50", "行政事业性收费 251000");
		assertEquals(GprTestSupport.minimal2021().replace("行政事业性收费 12.50", "行政事业性收费 25.1"),
				fix(fee, null, IssueCodes.MONEY_UNIT, "改为按万元填写的金额"));
	}

	@Test
	void removeAStaleAcceptance() throws IOException {
		String before = minimal().replace("    规章 1 1 10\n", "    规章 1 1 10\n    accept 规章权限 at 规章 \"由上级机关制定\"\n");
		assertEquals(minimal(), fix(before, null, IssueCodes.STALE_ACCEPTANCE, "删除这条过时的说明"));
	}
}
