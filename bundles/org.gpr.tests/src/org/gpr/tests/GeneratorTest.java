package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gpr.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code gpr generate} writes for the customs example: golden files for every output, the
 * HTML's numbers against the published report's, the XLSX's merged header cells and values.
 * Run with {@code -Dgpr.updateGolden=true} to rewrite the golden files after a deliberate change.
 */
class GeneratorTest {

	private static Path out;
	private static Generated run;
	private static Locale saved;

	@BeforeAll
	static void generate() throws IOException {
		saved = Locale.getDefault();
		GprTestSupport.chinese();
		out = Files.createTempDirectory("gpr-generate-test");
		run = Generated.run(GprTestSupport.root(), "generate", "examples/customs-2020", "--out", out.toString());
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	private static Path golden() {
		return GprTestSupport.root().resolve("bundles/org.gpr.tests/resources/golden/customs-2020");
	}

	private static Set<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void writesEveryOutput() throws IOException {
		assertEquals(Main.OK, run.exit, run.toString());
		assertEquals(Set.of("customs-2020.html", "customs-2020.json", "customs-2020.xlsx", "customs-2020.第一项.csv",
				"customs-2020.第五项.csv", "customs-2020.第六项.csv", "customs-2020.第八项.csv", "customs-2020.第九项.csv",
				"customs-2020.申请.csv", "customs-2020.复议诉讼.csv"), names(out));
	}

	@Test
	void outputsMatchTheGoldenFiles() throws IOException {
		assertEquals(Main.OK, run.exit, run.toString());
		if (Boolean.getBoolean("gpr.updateGolden")) {
			Files.createDirectories(golden());
			for (String name : names(out)) {
				Files.copy(out.resolve(name), golden().resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		assertEquals(names(golden()), names(out));
		for (String name : names(out)) {
			if (name.endsWith(".xlsx")) {
				assertEquals(Generated.dump(golden().resolve(name)), Generated.dump(out.resolve(name)), name);
			} else {
				assertEquals(normalised(golden().resolve(name)), normalised(out.resolve(name)), name);
			}
		}
	}

	private static String normalised(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	@Test
	void csvHasAByteOrderMarkAndCrlf() throws IOException {
		byte[] bytes = Files.readAllBytes(out.resolve("customs-2020.申请.csv"));
		assertEquals((byte) 0xEF, bytes[0]);
		assertEquals((byte) 0xBB, bytes[1]);
		assertEquals((byte) 0xBF, bytes[2]);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(text.contains("一、本年新收政府信息公开申请数量,166,11,1,0,0,2,180\r\n"), text);
	}

	@Test
	void htmlIsSelfContained() throws IOException {
		Document html = Jsoup.parse(out.resolve("customs-2020.html").toFile(), "UTF-8");
		assertTrue(html.select("script, link, img, iframe, object, embed").isEmpty());
		assertTrue(html.select("[src], [href]").isEmpty());
		assertFalse(html.select("style").html().contains("url("));
		assertEquals("海关总署(本级机关)2020年政府信息公开工作年度报告", html.selectFirst("h1").text());
		List<String> headings = html.select("h2").eachText();
		assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), headings);
		// accessible tables: a caption and scoped header cells
		for (Element table : html.select("table")) {
			assertNotNull(table.selectFirst("caption"), table.id());
			for (Element th : table.select("th:not(.corner)")) {
				assertTrue(th.hasAttr("scope"), th.outerHtml());
			}
		}
	}

	@Test
	void narrativeReferencesAreRenderedAsValues() throws IOException {
		Document html = Jsoup.parse(out.resolve("customs-2020.html").toFile(), "UTF-8");
		String text = html.body().text();
		assertTrue(text.contains("2020年总署机关受理依申请公开180件"), text);
		assertTrue(text.contains("上年结转12件,全年共办理192件"), text);
		assertTrue(text.contains("行政复议1起、行政诉讼2起"), text);
		assertFalse(text.contains("{"));
	}

	@Test
	void tableThreeHasTheOfficialHeader() throws IOException {
		Document html = Jsoup.parse(out.resolve("customs-2020.html").toFile(), "UTF-8");
		Element table = html.getElementById("t-申请");
		List<Element> rows = table.select("thead tr");
		assertEquals(3, rows.size());
		Element corner = rows.get(0).child(0);
		assertTrue(corner.text().contains("勾稽关系"), corner.text());
		assertEquals("3", corner.attr("rowspan"));
		assertEquals("3", corner.attr("colspan"));
		assertEquals("申请人情况", rows.get(0).child(1).text());
		assertEquals("7", rows.get(0).child(1).attr("colspan"));
		assertEquals(List.of("自然人", "法人或其他组织", "总计"), rows.get(1).children().eachText());
		assertEquals("2", rows.get(1).child(0).attr("rowspan"));
		assertEquals("5", rows.get(1).child(1).attr("colspan"));
		assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), rows.get(2).children().eachText());
		// table 四: two-level header over 行政复议 and 行政诉讼
		Element four = html.getElementById("t-复议诉讼");
		List<Element> head = four.select("thead tr");
		assertEquals(3, head.size());
		assertEquals(List.of("行政复议", "行政诉讼"), head.get(0).children().eachText());
		assertEquals("5", head.get(0).child(0).attr("colspan"));
		assertEquals("10", head.get(0).child(1).attr("colspan"));
		assertEquals(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"),
				head.get(1).children().eachText());
		assertEquals(10, head.get(2).children().size());
	}

	/** Every number of tables 二, 三 and 四 in the HTML, in order, equals the published report's. */
	@Test
	void htmlNumbersEqualTheSeed() throws IOException {
		Document html = Jsoup.parse(out.resolve("customs-2020.html").toFile(), "UTF-8");
		List<String> generated = new ArrayList<>();
		for (String section : new String[] { "s-主动公开", "s-依申请公开", "s-复议诉讼" }) {
			for (Element td : html.getElementById(section).select("table td")) {
				generated.add(td.text().trim());
			}
		}
		String seed = GprTestSupport.seed();
		String tables = seed.substring(seed.indexOf("二、主动公开政府信息情况"), seed.indexOf("五、存在的主要问题及改进情况"));
		List<String> published = new ArrayList<>();
		Matcher number = Pattern.compile("(?m)^[ \\u00a0\\t]*([0-9]+(?:\\.[0-9]+)?)[ \\u00a0\\t]*$").matcher(tables);
		while (number.find()) {
			published.add(number.group(1));
		}
		assertTrue(published.size() > 200, "numbers in the seed: " + published.size());
		assertEquals(published, generated);
	}

	@Test
	void xlsxHasMergedHeaderCellsAndValues() throws IOException {
		try (XSSFWorkbook workbook = Generated.workbook(out.resolve("customs-2020.xlsx"))) {
			assertEquals(7, workbook.getNumberOfSheets());
			XSSFSheet sheet = workbook.getSheet("收到和处理政府信息公开申请情况");
			assertNotNull(sheet);
			List<String> merged = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
			// title; corner note over 3×3; 申请人情况 over the 7 value columns; 自然人 and 总计 down two rows;
			// 法人或其他组织 over its five columns; 三、本年度办理结果 down its 22 rows
			for (String range : List.of("A1:J1", "A2:C4", "D2:J2", "D3:D4", "E3:I3", "J3:J4", "A7:A28")) {
				assertTrue(merged.contains(range), range + " in " + merged);
			}
			assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("勾稽关系"));
			assertEquals("法人或其他组织", sheet.getRow(2).getCell(4).getStringCellValue());
			assertEquals("商业企业", sheet.getRow(3).getCell(4).getStringCellValue());
			assertEquals("一、本年新收政府信息公开申请数量", sheet.getRow(4).getCell(0).getStringCellValue());
			double[] first = { 166, 11, 1, 0, 0, 2, 180 };
			for (int c = 0; c < first.length; c++) {
				assertEquals(CellType.NUMERIC, sheet.getRow(4).getCell(3 + c).getCellType());
				assertEquals(first[c], sheet.getRow(4).getCell(3 + c).getNumericCellValue());
			}
			XSSFSheet four = workbook.getSheet("政府信息公开行政复议、行政诉讼情况");
			List<String> fourMerged = four.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
			for (String range : List.of("A2:E2", "F2:O2", "A3:A4", "F3:J3", "K3:O3")) {
				assertTrue(fourMerged.contains(range), range + " in " + fourMerged);
			}
			assertEquals(2.0, four.getRow(4).getCell(14).getNumericCellValue());
			XSSFSheet money = workbook.getSheet("第二十条第（九）项");
			assertEquals("采购总金额（万元）", money.getRow(1).getCell(2).getStringCellValue());
			assertEquals(31819.54, money.getRow(2).getCell(2).getNumericCellValue());
		}
	}

	@Test
	void jsonKeepsUnitsAndKeysByName() throws IOException {
		String json = Files.readString(out.resolve("customs-2020.json"));
		assertTrue(json.contains("\"新收\": {\"自然人\": 166, \"商业企业\": 11"), json);
		assertTrue(json.contains("\"采购金额\": {\"value\": 31819.54, \"unit\": \"万元\"}"), json);
	}
}
