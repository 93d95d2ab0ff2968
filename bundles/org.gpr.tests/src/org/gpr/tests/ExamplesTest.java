package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.gpr.Cell;
import org.gpr.gpr.NumberCell;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The bundled examples parse and link cleanly, and the customs example has the seed's numbers. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class ExamplesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private GprTestSupport support;

	private Report customs() {
		XtextResourceSet set = resourceSets.get();
		GprTestSupport.load(set, "customs-format.gpr", GprTestSupport.example("customs-2020/customs-format.gpr"));
		return (Report) GprTestSupport.load(set, "customs-2020.gpr", GprTestSupport.example("customs-2020/customs-2020.gpr"));
	}

	@Test
	void customsExampleHasNoIssues() {
		Report report = customs();
		assertNotNull(report);
		support.validation().assertNoIssues(report);
		support.validation().assertNoIssues(report.getFormat());
		assertEquals("customs2020", report.getFormat().getName());
		assertEquals("gov2019", report.getFormat().getBase().getName());
		assertEquals(6, report.getSections().size());
	}

	@Test
	void syntheticExampleHasNoIssues() {
		Report report = (Report) GprTestSupport.load(resourceSets.get(), "synthetic-2021.gpr",
				GprTestSupport.example("synthetic-2021/synthetic-2021.gpr"));
		support.validation().assertNoIssues(report);
		assertEquals("gov2021", report.getFormat().getName());
	}

	/** Every number of the seed's tables, in the order the scrape lists them. */
	private static List<String> seedNumbers(String from, String to) {
		String seed = GprTestSupport.seed();
		String part = seed.substring(seed.indexOf(from), seed.indexOf(to));
		List<String> numbers = new ArrayList<>();
		for (String line : part.split("\n")) {
			String trimmed = line.replace('\u00a0', ' ').strip();
			if (trimmed.matches("\\d+(\\.\\d+)?")) {
				numbers.add(trimmed);
			}
		}
		return numbers;
	}

	private static List<String> reportNumbers(Report report, String sectionName) {
		List<String> numbers = new ArrayList<>();
		for (ReportSection section : report.getSections()) {
			if (!section.getSection().getName().equals(sectionName)) {
				continue;
			}
			for (SectionItem item : section.getItems()) {
				if (item instanceof Table table) {
					for (TableRow row : table.getRows()) {
						for (Cell cell : row.getCells()) {
							numbers.add(((NumberCell) cell).getValue());
						}
					}
				}
			}
		}
		return numbers;
	}

	@Test
	void customsTablesEqualTheSeed() {
		Report report = customs();
		assertEquals(seedNumbers("第二十条第(一)项", "三、收到和处理政府信息公开申请情况"), reportNumbers(report, "主动公开"));
		List<String> applications = seedNumbers("一、本年新收政府信息公开申请数量", "四、政府信息公开行政复议");
		assertEquals(25 * 7, applications.size());
		assertEquals(applications, reportNumbers(report, "依申请公开"));
		List<String> review = seedNumbers("四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况");
		assertEquals(15, review.size());
		assertEquals(review, reportNumbers(report, "复议诉讼"));
	}
}
