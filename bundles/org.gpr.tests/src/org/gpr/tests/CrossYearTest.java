package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gpr.cli.Main;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The link to last year's report and the rules that compare with it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class CrossYearTest {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private GprTestSupport support;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	/** Last year's minimal report, carrying 2 to this year in the 自然人 column. */
	private static String lastYear() {
		return GprTestSupport.minimal2019().replace("year 2020", "year 2019").replace("2020年", "2019年")
				.replace("    结转下年 0 0 0 0 0 0 | 0", "    结转下年 2 0 0 0 0 0 | 2")
				.replace("    新收 5 1 0 0 0 0 | 6", "    新收 7 1 0 0 0 0 | 8");
	}

	private static String thisYear(String previous) {
		return GprTestSupport.minimal2019().replace("title ", "previous \"" + previous + "\"\ntitle ");
	}

	private Report load(String previousName, String previousText, String reportText) {
		XtextResourceSet set = resourceSets.get();
		if (previousText != null) {
			GprTestSupport.load(set, previousName, previousText);
		}
		return (Report) GprTestSupport.load(set, "test.gpr", reportText);
	}

	private List<Issue> issues(Report report, String code) {
		return support.validate(report).stream().filter(i -> code.equals(i.getCode())).toList();
	}

	@Test
	void carriedOverMustEqualLastYearsCarriedForward() {
		String text = thisYear("2019.gpr");
		Report report = load("2019.gpr", lastYear(), text);
		List<Issue> mismatches = issues(report, IssueCodes.CROSS_YEAR_MISMATCH);
		assertEquals(2, mismatches.size(), mismatches.toString());
		Issue issue = mismatches.get(0);
		assertEquals(text.indexOf("    结转 0") + 7, issue.getOffset());
		assertEquals(1, issue.getLength());
		assertEquals("二、上年结转政府信息公开申请数量·自然人 应为 2，实际填写 0，少 2（跨年核对：二、上年结转 = 上年报告的 四、结转下年度继续办理）",
				issue.getMessage());
		assertEquals(List.of("2"), List.of(issue.getData()));
		assertTrue(issues(report, IssueCodes.CROSS_YEAR_MISMATCH).stream().allMatch(i -> i.getSeverity().name().equals("WARNING")));
	}

	@Test
	void matchingPreviousReportIsClean() {
		String text = thisYear("2019.gpr").replace("    结转 0 0 0 0 0 0 | 0", "    结转 2 0 0 0 0 0 | 2")
				.replace("    新收 5 1 0 0 0 0 | 6", "    新收 3 1 0 0 0 0 | 4");
		// the two minimal reports are copies of each other by construction: only the copy checks speak
		List<Issue> issues = support.validate(load("2019.gpr", lastYear(), text)).stream()
				.filter(i -> !COPY_CODES.contains(i.getCode())).toList();
		assertEquals(List.of(), issues);
	}

	private static final List<String> COPY_CODES = List.of(IssueCodes.COPIED_SECTION, IssueCodes.COPIED_PARAGRAPH,
			IssueCodes.COPIED_TABLE);

	/** The lines of gpr check's output that are not about text or tables copied from last year. */
	private static String withoutCopies(String printed) {
		return printed.lines()
				.filter(line -> COPY_CODES.stream().noneMatch(code -> line.endsWith("[" + code + "]")))
				.map(line -> line + "\n").reduce("", String::concat);
	}

	@Test
	void itemCountsCarryForward() {
		String previous = lastYear().replace("    行政许可 7 0 100", "    行政许可 7 2 100");
		String text = thisYear("2019.gpr").replace("    结转 0 0 0 0 0 0 | 0", "    结转 2 0 0 0 0 0 | 2")
				.replace("    新收 5 1 0 0 0 0 | 6", "    新收 3 1 0 0 0 0 | 4");
		Report report = load("2019.gpr", previous, text);
		Issue issue = issues(report, IssueCodes.CROSS_YEAR_MISMATCH).get(0);
		assertEquals("行政许可·上一年项目数量 应为 9，实际填写 7，少 2（跨年核对：上一年项目数量 = 上年报告的上一年项目数量 + 上年报告的本年增/减）",
				issue.getMessage());
		assertEquals(text.indexOf("    行政许可 7") + 9, issue.getOffset());
	}

	@Test
	void gov2021RegulationsInForceCarryForward() {
		String previous = GprTestSupport.minimal2021();
		String text = GprTestSupport.minimal2021().replace("year 2021", "year 2022")
				.replace("title ", "previous \"2021.gpr\"\ntitle ").replace("    规章 1 0 10", "    规章 1 0 12")
				.replace("    行政规范性文件 2 1 20", "    行政规范性文件 2 1 21");
		Report report = load("2021.gpr", previous, text);
		List<Issue> mismatches = issues(report, IssueCodes.CROSS_YEAR_MISMATCH);
		assertEquals(1, mismatches.size(), mismatches.toString());
		assertEquals("规章·现行有效件数 应为 11，实际填写 12，多 1（跨年核对：现行有效件数 = 上年报告的现行有效件数 + 本年制发件数 − 本年废止件数）",
				mismatches.get(0).getMessage());
		assertEquals(text.indexOf("    规章 1 0 12") + 11, mismatches.get(0).getOffset());
		assertEquals(List.of("11"), List.of(mismatches.get(0).getData()));
	}

	@Test
	void gov2021CarriedOverAcrossFormats() {
		// a 2021 report (gov2021) links last year's 2020 report (gov2019): table 三 has the same rows
		String text = GprTestSupport.minimal2021().replace("title ", "previous \"2020.gpr\"\ntitle ");
		String previous = GprTestSupport.minimal2019().replace("    结转下年 0 0 0 0 0 0 | 0", "    结转下年 2 0 0 0 0 0 | 2")
				.replace("    新收 5 1 0 0 0 0 | 6", "    新收 7 1 0 0 0 0 | 8");
		Report report = load("2020.gpr", previous, text);
		assertEquals(2, issues(report, IssueCodes.CROSS_YEAR_MISMATCH).size());
		assertTrue(issues(report, IssueCodes.CROSS_YEAR_MISMATCH).get(0).getMessage().startsWith("二、上年结转政府信息公开申请数量·自然人 应为 2，实际填写 0，少 2"));
	}

	@Test
	void missingPreviousReportIsAWarningAndSkipsTheRules() {
		String text = thisYear("../2019/nowhere.gpr");
		Report report = load(null, null, text);
		support.validation().assertWarning(report, P.getReport(), IssueCodes.PREVIOUS_MISSING,
				text.indexOf("\"../2019/nowhere.gpr\""), "\"../2019/nowhere.gpr\"".length(),
				"找不到上年报告“../2019/nowhere.gpr”；跨年核对已跳过");
		assertEquals(List.of(), issues(report, IssueCodes.CROSS_YEAR_MISMATCH));
	}

	@Test
	void unparsablePreviousReportIsAWarning() {
		Report report = load("2019.gpr", "report \"测试机关\" year 2019 {{{", thisYear("2019.gpr"));
		support.validation().assertWarning(report, P.getReport(), IssueCodes.PREVIOUS_UNPARSABLE,
				"上年报告“2019.gpr”无法解析（有语法错误或不是年度报告）；跨年核对已跳过");
		assertEquals(List.of(), issues(report, IssueCodes.CROSS_YEAR_MISMATCH));
	}

	@Test
	void previousReportOfAnotherYearIsAWarning() {
		Report report = load("2018.gpr", lastYear().replace("year 2019", "year 2018"), thisYear("2018.gpr"));
		support.validation().assertWarning(report, P.getReport(), IssueCodes.PREVIOUS_WRONG_YEAR,
				"上年报告为 2018 年度，应为 2019 年度；跨年核对已跳过");
		assertEquals(List.of(), issues(report, IssueCodes.CROSS_YEAR_MISMATCH));
	}

	@Test
	void previousReportOfAnotherBodyIsAWarning() {
		Report report = load("2019.gpr", lastYear().replace("report \"测试机关\"", "report \"别的机关\""), thisYear("2019.gpr"));
		support.validation().assertWarning(report, P.getReport(), IssueCodes.PREVIOUS_OTHER_BODY,
				"上年报告属于“别的机关”，不是本报告的“测试机关”；跨年核对已跳过");
		assertEquals(List.of(), issues(report, IssueCodes.CROSS_YEAR_MISMATCH));
	}

	@Test
	void sameBodyWithOtherBracketWidthsIsTheSameBody() {
		Report report = load("2019.gpr", lastYear().replace("report \"测试机关\"", "report \"测试机关 \""),
				thisYear("2019.gpr"));
		assertEquals(List.of(), issues(report, IssueCodes.PREVIOUS_OTHER_BODY));
	}

	@Inject
	private IResourceDescription.Manager descriptions;

	@Test
	void lastYearsReportIsADependencyForIncrementalBuilders() throws IOException {
		XtextResourceSet set = resourceSets.get();
		XtextResource last = (XtextResource) GprTestSupport.load(set, "2019.gpr", lastYear()).eResource();
		Report report = (Report) GprTestSupport.load(set, "test.gpr", thisYear("2019.gpr"));
		Report unrelated = (Report) GprTestSupport.load(set, "other.gpr", GprTestSupport.minimal2019());
		IResourceDescription before = SerializableResourceDescription.createCopy(descriptions.getResourceDescription(last));
		last.reparse(lastYear().replace("    结转下年 2 0 0 0 0 0 | 2", "    结转下年 3 0 0 0 0 0 | 3"));
		IResourceDescription.Delta delta = descriptions.createDelta(before, descriptions.getResourceDescription(last));
		assertTrue(delta.haveEObjectDescriptionsChanged());
		assertTrue(descriptions.isAffected(delta, descriptions.getResourceDescription(report.eResource())));
		assertFalse(descriptions.isAffected(delta, descriptions.getResourceDescription(unrelated.eResource())));
		IResourceDescription same = SerializableResourceDescription.createCopy(descriptions.getResourceDescription(last));
		assertFalse(descriptions.createDelta(same, descriptions.getResourceDescription(last)).haveEObjectDescriptionsChanged());
	}

	private int check(Path cwd, String... args) {
		return cli.runIn(cwd, args);
	}

	@Test
	void changingLastYearsReportRevalidatesThisYearsInTheSameRun() throws IOException {
		Files.createDirectories(dir.resolve("2019"));
		Files.createDirectories(dir.resolve("2020"));
		Files.writeString(dir.resolve("2019/report.gpr"), lastYear().replace("    结转下年 2 0 0 0 0 0 | 2",
				"    结转下年 0 0 0 0 0 0 | 0").replace("    新收 7 1 0 0 0 0 | 8", "    新收 5 1 0 0 0 0 | 6"));
		Files.writeString(dir.resolve("2020/report.gpr"), thisYear("../2019/report.gpr"));
		assertEquals(Main.OK, check(dir, "check", "."));
		assertEquals("", withoutCopies(cli.out()));
		Files.writeString(dir.resolve("2019/report.gpr"), lastYear());
		assertEquals(Main.OK, check(dir, "check", "."));
		String printed = cli.out();
		assertTrue(printed.contains("2020/report.gpr:") && printed.contains(": warning: 二、上年结转政府信息公开申请数量·自然人 应为 2"), printed);
		// only this year's file is named: the previous report is still read for the cross-year rules
		assertEquals(Main.OK, check(dir, "check", "2020/report.gpr"));
		assertTrue(cli.out().contains("应为 2，实际填写 0，少 2"));
		assertEquals(Main.OK, check(dir, "check", "--no-warnings", "2020/report.gpr"));
		assertEquals("", cli.out());
	}
}
