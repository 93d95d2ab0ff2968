package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.eval.Evaluator;
import org.gpr.eval.Figures;
import org.gpr.eval.ReportData;
import org.gpr.generator.OutputKind;
import org.gpr.generator.ReportRenderer;
import org.gpr.gpr.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The figures at a glance (数说年报): their values against hand-computed ones, the change from
 * last year's report, figures that cannot be computed, and the charts against golden SVG, read
 * back by an XML parser. Run with {@code -Dgpr.updateGolden=true} to rewrite the golden SVG.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class FiguresTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private Evaluator evaluator;
	@Inject
	private ReportRenderer renderer;

	private Report load(String text, String previous) {
		XtextResourceSet set = resourceSets.get();
		if (previous != null) {
			GprTestSupport.load(set, "2020.gpr", previous);
		}
		return (Report) GprTestSupport.load(set, "2021.gpr", text);
	}

	private Map<String, String> values(Report report) {
		Map<String, String> values = new LinkedHashMap<>();
		ReportData data = evaluator.evaluate(report).getData();
		for (Figures.Result result : Figures.evaluate(data, evaluator.evaluate(report).getPrevious())) {
			values.put(result.definition().name(), result.value().display());
		}
		return values;
	}

	/**
	 * examples/synthetic-2021 by hand: 新收 170; 办理结果 169; 实质公开率 (51 + 13) / 169 = 37.87%;
	 * 结转率 5 / (170 + 4) = 2.87%; 不予公开 (2 + 7 + 5 + 6 + 7 + 1 + 1 + 1) / 169 = 30 / 169 = 17.75%;
	 * 复议纠错率 0 / 2; 诉讼纠错率 (0 + 0) / (1 + 0).
	 */
	@Test
	void figuresOfTheSyntheticExampleAreTheHandComputedOnes() {
		Report report = load(GprTestSupport.example("synthetic-2021/synthetic-2021.gpr"), null);
		assertEquals(Map.of("新收申请", "170", "办理结果", "169", "实质公开率", "37.9%", "结转率", "2.9%", "不予公开占比", "17.8%",
				"复议纠错率", "0.0%", "诉讼纠错率", "0.0%"), values(report));
		assertEquals(List.of("新收申请", "办理结果", "实质公开率", "结转率", "不予公开占比", "复议纠错率", "诉讼纠错率"),
				new ArrayList<>(values(report).keySet()));
	}

	private static String lastYear() {
		// minimal-2019 (2020) with one 予以公开 fewer and one 不掌握 more: 实质公开率 3 / 6 = 50.0%
		return GprTestSupport.minimal2019().replace("    予以公开 3 1 0 0 0 0 | 4", "    予以公开 2 1 0 0 0 0 | 3")
				.replace("    不掌握 2 0 0 0 0 0 | 2", "    不掌握 3 0 0 0 0 0 | 3");
	}

	@Test
	void changeFromLastYearsReport() {
		String text = GprTestSupport.minimal2021().replace("title ", "previous \"2020.gpr\"\ntitle ");
		Report report = load(text, lastYear());
		List<Figures.Result> results = Figures.evaluate(evaluator.evaluate(report).getData(),
				evaluator.evaluate(report).getPrevious());
		Figures.Result rate = results.stream().filter(r -> r.definition().name().equals("实质公开率")).findFirst().orElseThrow();
		// 4 / 6 = 66.7% this year
		assertEquals("66.7%", rate.value().display());
		assertEquals("50.0%", rate.previous().display());
		assertEquals(new BigDecimal("16.7"), rate.change());
		String html = html(report);
		assertTrue(html.contains("<tr><th scope=\"row\">实质公开率（予以公开与部分公开之和占办理结果总计）</th><td class=\"value\">66.7%</td><td>较上年增加 16.7 个百分点（上年为 50.0%）</td></tr>"),
				html);
		assertTrue(html.contains("<tr><th scope=\"row\">本年新收政府信息公开申请（件）</th><td class=\"value\">6</td><td>与上年持平（上年为 6）</td></tr>"), html);
		assertTrue(html.contains("<th scope=\"col\">较上年</th>"));
	}

	@Test
	void figuresOverBlanksOrAZeroWholeCannotBeComputed() {
		// 复议 is all zeros: no rate; a blank 予以公开·总计: no 实质公开率 (a blank is not 0)
		String text = GprTestSupport.minimal2021().replace("    件数 1 0 0 0 1 | 0 0 0 0 0 | 0 0 0 2 2", "    件数 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 2 2")
				.replace("    予以公开 3 1 0 0 0 0 | 4", "    予以公开 3 1 0 0 0 0 | _");
		Report report = load(text, null);
		Map<String, String> values = values(report);
		assertEquals("—", values.get("实质公开率"));
		assertEquals("—", values.get("复议纠错率"));
		String html = html(report);
		assertTrue(html.contains("实质公开率（予以公开与部分公开之和占办理结果总计）</th><td class=\"value\">无法计算（所涉单元格为空白或不适用）</td>"), html);
		assertTrue(html.contains("行政复议纠错率（结果纠正占行政复议总计）</th><td class=\"value\">无法计算（分母为 0）</td>"), html);
		assertFalse(html.contains("<th scope=\"col\">较上年</th>"), "no previous report, no change column");
	}

	@Test
	void officialLayoutHasNoFigures() {
		Report report = load(GprTestSupport.example("synthetic-2021/synthetic-2021.gpr"), null);
		String html = new String(renderer.render(report, "t", Set.of(OutputKind.HTML)).get("t.html"), StandardCharsets.UTF_8);
		assertFalse(html.contains("s-figures"));
		assertFalse(html.contains("<svg"));
		assertFalse(html.contains("section.figures"));
	}

	private String html(Report report) {
		return new String(renderer.render(report, "t", Set.of(OutputKind.HTML), true).get("t.html"), StandardCharsets.UTF_8);
	}

	private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

	@Test
	void chartsAreTheGoldenSvgAndReadWithoutColourOrScript() throws Exception {
		Report report = load(GprTestSupport.example("synthetic-2021/synthetic-2021.gpr"), null);
		String html = html(report);
		assertFalse(html.contains("<script"));
		Matcher matcher = SVG.matcher(html);
		List<String> svgs = new ArrayList<>();
		while (matcher.find()) {
			svgs.add(matcher.group() + "\n");
		}
		assertEquals(2, svgs.size());
		String[] names = { "synthetic-2021-办理结果.svg", "synthetic-2021-复议诉讼.svg" };
		Path golden = GprTestSupport.root().resolve("bundles/org.gpr.tests/resources/golden/figures");
		for (int i = 0; i < svgs.size(); i++) {
			if (Boolean.getBoolean("gpr.updateGolden")) {
				Files.writeString(golden.resolve(names[i]), svgs.get(i), StandardCharsets.UTF_8);
			}
			assertEquals(GprTestSupport.read(golden.resolve(names[i])), svgs.get(i), names[i]);
		}
		// read back by an XML parser: bars proportional to the values (51 is the longest, 430 units),
		// every value written as text beside its bar, a title and a description for screen readers
		Element svg = Jsoup.parse(svgs.get(0), "", Parser.xmlParser()).selectFirst("svg");
		assertEquals("img", svg.attr("role"));
		assertEquals("本年度办理结果（件）", svg.selectFirst("title").text());
		assertEquals("本年度办理结果（件）：予以公开 51、部分公开 13、不予公开 30、无法提供 39、不予处理 30、其他处理 6、结转下年度继续办理 5",
				svg.selectFirst("desc").text());
		List<Element> rects = svg.select("rect");
		assertEquals(7, rects.size());
		int[] values = { 51, 13, 30, 39, 30, 6, 5 };
		for (int i = 0; i < values.length; i++) {
			assertEquals(Math.round(values[i] * 430f / 51), Integer.parseInt(rects.get(i).attr("width")), "bar " + i);
			String fill = rects.get(i).attr("fill");
			assertTrue(fill.matches("#([0-9a-f])\\1\\1"), "grey, not a colour: " + fill);
		}
		List<String> texts = svg.select("text").eachText();
		for (int value : values) {
			assertTrue(texts.contains(String.valueOf(value)), texts.toString());
		}
		assertTrue(html.contains("<figcaption>本年度办理结果（件）：予以公开 51、部分公开 13"));
	}
}
