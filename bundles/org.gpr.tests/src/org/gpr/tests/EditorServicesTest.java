package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.ide.GprIdeSetup;
import org.gpr.ide.editor.Completions;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ide.editor.Formatting;
import org.gpr.ide.editor.HighlightedRange;
import org.gpr.ide.editor.HighlightingStyles;
import org.gpr.ide.editor.Hovers;
import org.gpr.ide.editor.LexicalHighlighter;
import org.gpr.ide.editor.OutlineNode;
import org.gpr.ide.editor.Outlines;
import org.gpr.ide.editor.QuickFixes;
import org.gpr.ide.editor.ReportSkeleton;
import org.gpr.ide.editor.SemanticHighlighter;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Injector;

/**
 * The IDE-neutral editor services the Eclipse editor adapts, headless: content assist, hover,
 * outline, highlighting, quick fixes as replacements, formatting and the new-report skeleton.
 */
@ExtendWith(ChineseLocale.class)
class EditorServicesTest {

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new GprIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static final Path CUSTOMS = GprTestSupport.root().resolve("examples/customs-2020");

	private static URI uri(String name) {
		return URI.createFileURI(CUSTOMS.resolve(name).toString());
	}

	private static DocumentModel.Snapshot customs(String text) {
		Map<URI, String> others = Map.of(uri("customs-format.gpr"), GprTestSupport.example("customs-2020/customs-format.gpr"));
		return injector.getInstance(DocumentModel.class).parse(uri("customs-2020.gpr"), text, others,
				CancelIndicator.NullImpl);
	}

	private static String customsText() {
		return GprTestSupport.example("customs-2020/customs-2020.gpr");
	}

	@Test
	void theExampleHasNoIssues() {
		DocumentModel.Snapshot snapshot = customs(customsText());
		assertEquals(List.of(), snapshot.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).toList());
	}

	@Test
	void contentAssistProposesTheFormatsRowNamesAtARowPosition() {
		String text = customsText();
		int at = text.indexOf("    结转              12");
		String edited = text.substring(0, at) + "    \n" + text.substring(at);
		int caret = at + 4;
		DocumentModel.Snapshot snapshot = customs(edited);
		List<Completions.Proposal> proposals = injector.getInstance(Completions.class).propose(snapshot.resource(),
				edited, caret);
		Set<String> texts = proposals.stream().map(Completions.Proposal::text).collect(Collectors.toSet());
		assertTrue(texts.containsAll(List.of("新收", "结转", "撤销申请", "咨询事项", "总计")), texts.toString());
	}

	@Test
	void contentAssistProposesFormatNames() {
		String text = "report \"x\" year 2020 format ";
		DocumentModel.Snapshot snapshot = customs(text);
		Set<String> texts = injector.getInstance(Completions.class).propose(snapshot.resource(), text, text.length())
				.stream().map(Completions.Proposal::text).collect(Collectors.toSet());
		assertTrue(texts.containsAll(List.of("gov2019", "gov2021", "customs2020")), texts.toString());
	}

	@Test
	void outlineShowsTheSixSections() {
		List<OutlineNode> outline = injector.getInstance(Outlines.class).of(customs(customsText()).resource());
		assertEquals(List.of("总体情况", "主动公开", "依申请公开", "复议诉讼", "问题改进", "其他事项"),
				outline.stream().map(OutlineNode::label).toList());
		assertEquals(5, outline.get(1).children().size());
	}

	@Test
	void hoverOnACellShowsLabelsAndRules() {
		String text = customsText();
		DocumentModel.Snapshot snapshot = customs(text);
		int offset = text.indexOf("178", text.indexOf("    总计 ")) + 1;
		Hovers.Hover hover = injector.getInstance(Hovers.class).at(snapshot.resource(), offset);
		assertNotNull(hover);
		assertTrue(hover.text().contains("（七）总计"), hover.text());
		assertTrue(hover.text().contains("178 = 178"), hover.text());
	}

	@Test
	void hoverOnAReferenceAndAChangeShowsTheYearsValues() {
		String text = customsText().replace("件,较2019年减少38.3%;", "件,较2019年\" {change(申请.新收.总计 from 292)} \";");
		DocumentModel.Snapshot snapshot = customs(text);
		Hovers hovers = injector.getInstance(Hovers.class);
		Hovers.Hover change = hovers.at(snapshot.resource(), text.indexOf("change(申请") + 1);
		assertNotNull(change);
		assertEquals("本年：180\n上年：292\n变化：减少38.4%", change.text());
		Hovers.Hover reference = hovers.at(snapshot.resource(), text.indexOf("{申请.结转.总计}") + 1);
		assertNotNull(reference);
		assertTrue(reference.text().endsWith("\n本年：12"), reference.text());
	}

	@Test
	void hoverOnARowNameShowsItsOfficialLabel() {
		String text = customsText();
		DocumentModel.Snapshot snapshot = customs(text);
		int offset = text.indexOf("撤销申请          52") + 1;
		Hovers.Hover hover = injector.getInstance(Hovers.class).at(snapshot.resource(), offset);
		assertNotNull(hover);
		assertTrue(hover.text().contains("1.申请人撤销申请"), hover.text());
	}

	@Test
	void highlighting() {
		String text = customsText();
		DocumentModel.Snapshot snapshot = customs(text);
		List<HighlightedRange> semantic = injector.getInstance(SemanticHighlighter.class).highlight(snapshot.resource(),
				CancelIndicator.NullImpl);
		int row = text.indexOf("予以公开          60");
		assertTrue(semantic.contains(new HighlightedRange(row, 4, HighlightingStyles.ROW)), semantic.toString());
		int total = text.indexOf("    总计             178") + 4;
		assertTrue(semantic.contains(new HighlightedRange(total, 2, HighlightingStyles.TOTAL)));
		int embed = text.indexOf("{申请.新收.总计}");
		assertTrue(semantic.contains(new HighlightedRange(embed, "{申请.新收.总计}".length(), HighlightingStyles.REFERENCE)));
		List<HighlightedRange> lexical = new LexicalHighlighter().highlight("report \"x\" year 2020 // c\n  a _ / 1", 0);
		assertEquals(List.of(new HighlightedRange(0, 6, HighlightingStyles.KEYWORD),
				new HighlightedRange(7, 3, HighlightingStyles.STRING), new HighlightedRange(11, 4, HighlightingStyles.KEYWORD),
				new HighlightedRange(16, 4, HighlightingStyles.NUMBER), new HighlightedRange(21, 5, HighlightingStyles.COMMENT),
				new HighlightedRange(30, 1, HighlightingStyles.BLANK),
				new HighlightedRange(32, 1, HighlightingStyles.NOT_APPLICABLE), new HighlightedRange(34, 1, HighlightingStyles.NUMBER)),
				lexical);
	}

	@Test
	void quickFixAsReplacements() {
		String text = customsText().replace("    总计             178", "    总计             179");
		DocumentModel.Snapshot snapshot = customs(text);
		Issue issue = snapshot.issues().stream().filter(i -> IssueCodes.IDENTITY_BROKEN.equals(i.getCode())).findFirst()
				.orElseThrow();
		List<QuickFixes.Fix> fixes = injector.getInstance(QuickFixes.class).fixes(snapshot.resource(), text,
				new QuickFixes.Problem(issue.getCode(), issue.getMessage(), issue.getOffset(), issue.getLength(),
						issue.getData()));
		assertEquals(1, fixes.size());
		assertEquals(customsText(), fixes.get(0).applyTo(text));
	}

	@Test
	void skeletonIsValidApartFromBlanks() {
		for (String format : List.of("gov2019", "gov2021", "customs2020")) {
			Map<URI, String> files = Map.of(uri("customs-format.gpr"),
					GprTestSupport.example("customs-2020/customs-format.gpr"));
			String text = injector.getInstance(ReportSkeleton.class).create(format, files, "测试机关", 2020, null);
			assertNotNull(text, format);
			DocumentModel.Snapshot snapshot = injector.getInstance(DocumentModel.class).parse(uri("new.gpr"), text, files,
					CancelIndicator.NullImpl);
			List<Issue> others = snapshot.issues().stream()
					.filter(i -> i.getSeverity() == Severity.ERROR && !IssueCodes.BLANK_IN_IDENTITY.equals(i.getCode()))
					.toList();
			assertEquals(List.of(), others, format + "\n" + text);
			assertFalse(snapshot.resource().getParseResult().hasSyntaxErrors());
			// the statistics period is filled from the year, so the period check is satisfied
			assertTrue(text.contains("contact \"本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\"\n"), text);
			assertTrue(snapshot.issues().stream().noneMatch(i -> i.getCode() != null && i.getCode().startsWith(IssueCodes.PREFIX + "period")));
		}
		List<String> names = injector.getInstance(ReportSkeleton.class)
				.formatNames(Map.of(uri("customs-format.gpr"), GprTestSupport.example("customs-2020/customs-format.gpr")));
		assertEquals(List.of("gov2019", "gov2021", "customs2020"), names);
	}

	@Test
	void skeletonFormatFollowsTheYearAndReportsAreListed() {
		ReportSkeleton skeleton = injector.getInstance(ReportSkeleton.class);
		assertEquals("gov2019", skeleton.formatFor(2019));
		assertEquals("gov2019", skeleton.formatFor(2020));
		assertEquals("gov2021", skeleton.formatFor(2021));
		assertEquals("gov2021", skeleton.formatFor(2026));
		assertEquals("gov2021", skeleton.formatFor(2008)); // before any format: the newest
		Map<URI, String> files = new java.util.LinkedHashMap<>();
		files.put(uri("customs-format.gpr"), GprTestSupport.example("customs-2020/customs-format.gpr"));
		files.put(uri("customs-2020.gpr"), GprTestSupport.example("customs-2020/customs-2020.gpr"));
		files.put(uri("broken.gpr"), "report {{{");
		assertEquals(List.of(new ReportSkeleton.ReportHeader(uri("customs-2020.gpr"), "海关总署(本级机关)", 2020)),
				skeleton.reports(files));
	}

	@Test
	void formatterAlignsTableColumnsWithCjkDoubleWidth() {
		String before = """
				report "测试机关" year 2020 format gov2019
				title "t"
				section 依申请公开 {
				  // 表头注释保持原样
				  table 申请 {
				    新收 5 1 0 0 0 0 | 6
				    三安全一稳定 10 0 0 0 0 0 |   10
				    结转 -1 0   0 0 0 0|0
				  }
				}
				""";
		String expected = """
				report "测试机关" year 2020 format gov2019
				title "t"
				section 依申请公开 {
				  // 表头注释保持原样
				  table 申请 {
				    新收          5 1 0 0 0 0 |  6
				    三安全一稳定 10 0 0 0 0 0 | 10
				    结转         -1 0 0 0 0 0 |  0
				  }
				}
				""";
		DocumentModel.Snapshot snapshot = injector.getInstance(DocumentModel.class).parse(URI.createURI("test:/t.gpr"),
				before, Map.of(), CancelIndicator.NullImpl);
		assertEquals(expected, injector.getInstance(Formatting.class).formatted(snapshot.resource(), before));
		// formatting is idempotent, and a formatted example stays as it is
		DocumentModel.Snapshot again = injector.getInstance(DocumentModel.class).parse(URI.createURI("test:/t.gpr"),
				expected, Map.of(), CancelIndicator.NullImpl);
		assertEquals(expected, injector.getInstance(Formatting.class).formatted(again.resource(), expected));
	}

	@Test
	void formatterLeavesBrokenFilesAlone() {
		String broken = "report \"x\" year 2020 format gov2019\ntitle \"t\"\nsection 依申请公开 { table 申请 {   新收 1  2 \n";
		DocumentModel.Snapshot snapshot = injector.getInstance(DocumentModel.class).parse(URI.createURI("test:/t.gpr"),
				broken, Map.of(), CancelIndicator.NullImpl);
		assertEquals(broken, injector.getInstance(Formatting.class).formatted(snapshot.resource(), broken));
	}
}
