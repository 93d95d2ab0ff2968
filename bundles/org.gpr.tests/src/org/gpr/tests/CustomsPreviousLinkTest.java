package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
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

/**
 * The four warnings of a {@code previous} link that leads nowhere useful — no file there, a file
 * that is not a readable report, last year's report of another body, a report of another year —
 * on a copy of the customs example (2019 format) and of its conversion to the 2021 format, each
 * at the link's text, with its exact offset and message ({@code ValidationTestHelper}) and as
 * {@code gpr check} prints it. Last year's report in each test is the copy's own text for the
 * year before with one thing spoiled, so that every copy check would speak if the link were
 * followed: the link's warning must be the only finding (the cross-year rules skipped).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class CustomsPreviousLinkTest {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private GprTestSupport support;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path dir;

	/** The report's previous link at its header line, and what the editor and gpr check say of it. */
	private record Linked(CustomsCopy copy, int line, String link) {

		String text() {
			return GprTestSupport.read(copy.report);
		}

		/** The link's text, quotes included, where the validator marks it. */
		int offset() {
			int at = text().indexOf("previous \"" + link + "\"");
			assertTrue(at > 0, link);
			return at + "previous ".length();
		}

		int length() {
			return link.length() + 2;
		}
	}

	private static Linked link2019(CustomsCopy copy, String link) {
		copy.header("previous \"" + link + "\"");
		// the header of the 2019 example takes 5 lines of comments and the report line
		return new Linked(copy, 6, link);
	}

	private static Linked link2021(CustomsCopy copy, String link) {
		copy.header("previous \"" + link + "\"");
		// the conversion's 13 lines of notes and its report line come first
		return new Linked(copy, 14, link);
	}

	/**
	 * The report loaded as an editor loads it: the example's own format file (which the report's
	 * format names) beside it, but not last year's report, which the link is followed to from the
	 * report's own file.
	 */
	private Report load(Linked linked) {
		XtextResourceSet set = resourceSets.get();
		try (Stream<Path> files = Files.list(linked.copy().folder)) {
			files.filter(f -> f.getFileName().toString().endsWith("-format.gpr"))
					.forEach(f -> set.getResource(URI.createFileURI(f.toString()), true));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (Report) set.getResource(URI.createFileURI(linked.copy().report.toString()), true).getContents().get(0);
	}

	/**
	 * The link's warning is the only finding (information about the 2021 conversion's own
	 * accepted topic aside), at the link's text, with this message; gpr check prints that one
	 * line at the link's line and column and exits 0 (a warning).
	 */
	private void onlyWarning(Linked linked, String code, String message) {
		Report report = load(linked);
		List<Issue> issues = support.validate(report).stream().filter(i -> i.getSeverity() != Severity.INFO).toList();
		assertEquals(1, issues.size(), issues.toString());
		Issue issue = issues.get(0);
		assertEquals(code, issue.getCode());
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(linked.offset(), issue.getOffset());
		assertEquals(linked.length(), issue.getLength());
		assertEquals(message, issue.getMessage());
		support.validation().assertWarning(report, P.getReport(), code, linked.offset(), linked.length(), message);

		CustomsCopy copy = linked.copy();
		assertEquals(Main.OK, copy.check(), copy.err());
		assertEquals(List.of(copy.name + ":" + linked.line() + ":10: warning: " + message + " [" + code + "]"),
				copy.lines().stream().filter(l -> !l.contains(": accepted: ")).toList());
	}

	// --- no file at the linked path ------------------------------------------------------------

	@Test
	void aMissingPreviousReport2019() {
		Linked linked = link2019(CustomsCopy.of2019(dir), "../customs-2019/customs-2019.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_MISSING, "找不到上年报告“../customs-2019/customs-2019.gpr”；跨年核对已跳过");
	}

	@Test
	void aMissingPreviousReport2021() {
		CustomsCopy copy = CustomsCopy.of2021(dir);
		// last year's report is there, under another name than the link's
		copy.beside("customs-2020.gpr", copy.lastYear());
		Linked linked = link2021(copy, "customs-2020-report.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_MISSING, "找不到上年报告“customs-2020-report.gpr”；跨年核对已跳过");
	}

	// --- a file that is not a report gpr can read ---------------------------------------------

	@Test
	void aPreviousLinkToTheFormatFile2019() {
		// the file is there and parses, but it is the example's format, not a report
		Linked linked = link2019(CustomsCopy.of2019(dir), "customs-format.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_UNPARSABLE,
				"上年报告“customs-format.gpr”无法解析（有语法错误或不是年度报告）；跨年核对已跳过");
	}

	@Test
	void aPreviousReportWithASyntaxError2019() {
		CustomsCopy copy = CustomsCopy.of2019(dir);
		// last year's report cut off at its first 总计 row, inside a table
		String last = copy.lastYear();
		copy.beside("customs-2019.gpr", last.substring(0, last.indexOf("    总计")));
		Linked linked = link2019(copy, "customs-2019.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_UNPARSABLE,
				"上年报告“customs-2019.gpr”无法解析（有语法错误或不是年度报告）；跨年核对已跳过");
	}

	@Test
	void aPreviousReportWithASyntaxError2021() {
		CustomsCopy copy = CustomsCopy.of2021(dir);
		// last year's report with its first section's closing brace left out
		String last = copy.lastYear();
		int close = last.indexOf("\n}\n");
		copy.beside("customs-2020.gpr", last.substring(0, close) + last.substring(close + 2));
		Linked linked = link2021(copy, "customs-2020.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_UNPARSABLE,
				"上年报告“customs-2020.gpr”无法解析（有语法错误或不是年度报告）；跨年核对已跳过");
	}

	// --- last year's report of another body -----------------------------------------------------

	@Test
	void aPreviousReportOfAnotherBody2019() {
		CustomsCopy copy = CustomsCopy.of2019(dir);
		copy.beside("customs-2019.gpr", copy.lastYear().replace("report \"海关总署(本级机关)\"", "report \"海关总署(直属海关)\""));
		Linked linked = link2019(copy, "customs-2019.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_OTHER_BODY,
				"上年报告属于“海关总署(直属海关)”，不是本报告的“海关总署(本级机关)”；跨年核对已跳过");
	}

	@Test
	void aPreviousReportOfAnotherBody2021() {
		CustomsCopy copy = CustomsCopy.of2021(dir);
		copy.beside("customs-2020.gpr", copy.lastYear().replace("report \"海关总署(本级机关)\"", "report \"成都海关\""));
		Linked linked = link2021(copy, "customs-2020.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_OTHER_BODY,
				"上年报告属于“成都海关”，不是本报告的“海关总署(本级机关)”；跨年核对已跳过");
	}

	// --- a report of another year ---------------------------------------------------------------

	@Test
	void aPreviousLinkToAnotherReportOfTheSameYear2019() {
		CustomsCopy copy = CustomsCopy.of2019(dir);
		// a second copy of this year's report, not last year's
		copy.beside("customs-2020-copy.gpr", copy.original);
		Linked linked = link2019(copy, "customs-2020-copy.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_WRONG_YEAR, "上年报告为 2020 年度，应为 2019 年度；跨年核对已跳过");
	}

	@Test
	void aPreviousReportTwoYearsBack2021() {
		CustomsCopy copy = CustomsCopy.of2021(dir);
		copy.beside("customs-2019.gpr", copy.lastYear().replace("year 2020", "year 2019"));
		Linked linked = link2021(copy, "customs-2019.gpr");
		onlyWarning(linked, IssueCodes.PREVIOUS_WRONG_YEAR, "上年报告为 2019 年度，应为 2020 年度；跨年核对已跳过");
	}
}
