package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gpr.cli.Main;
import org.gpr.generator.Cells;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in a format of a body's own (labels), in a report's title and narrative: none of it
 * survives as markup in the HTML, and nothing a spreadsheet would run survives in the CSV or XLSX.
 */
@ExtendWith(ChineseLocale.class)
class GeneratorEscapingTest {

	static final String FORMAT = """
			format evil "<script>alert(0)</script>" {
			  section 总体情况 "一、<script>alert(1)</script>"
			  section 表 '" onerror="alert(2)' {
			    table 甲 "</table><script>alert(3)</script>" {
			      corner "{{constructor.constructor('alert(4)')()}}"
			      header "{{7*7}}"
			      columns {
			        列一 '=HYPERLINK("http://example.org","x")'
			        列二 "+1+1"
			        group 组 "-2+3" {
			          列三 "@SUM(A1:A2)"
			          列四 "<b>bold</b>"
			        }
			      }
			      rows {
			        行一 "=1+1"
			        行二 "</td></tr></table><img src=x onerror=alert(5)>"
			      }
			    }
			  }
			}
			""";

	static final String REPORT = """
			report "<script>alert(6)</script>" year 2020 format evil
			title "{{7*7}}</title><script>alert(7)</script>"
			contact '" onerror="alert(8)'
			section 总体情况 {
			  heading "</h3><script>alert(9)</script>"
			  paragraph "<script>alert(10)</script>{{7*7}}</table>" {甲.行一.列一} "</p>"
			  list { item '<a href="javascript:alert(11)">x</a>' }
			}
			section 表 {
			  table 甲 {
			    行一 1 2 3 4
			    行二 5 _ / 6
			  }
			}
			""";

	@TempDir
	Path dir;

	private Path generate() throws IOException {
		Path src = dir.resolve("src");
		Files.createDirectories(src);
		Files.writeString(src.resolve("evil-format.gpr"), FORMAT);
		Files.writeString(src.resolve("evil.gpr"), REPORT);
		Path out = dir.resolve("out");
		Generated run = Generated.run(dir, "generate", "src", "--out", "out", "--force");
		assertNotEquals(Main.USAGE, run.exit, run.toString());
		assertNotEquals(Main.INTERNAL, run.exit, run.toString());
		assertTrue(Files.isRegularFile(out.resolve("evil.html")), run.toString());
		return out;
	}

	@Test
	void noMarkupSurvivesInTheHtml() throws IOException {
		Path out = generate();
		String raw = Files.readString(out.resolve("evil.html"), StandardCharsets.UTF_8);
		Document html = Jsoup.parse(raw);
		assertTrue(html.select("script, img, b, a, iframe").isEmpty(), raw);
		for (Element element : html.getAllElements()) {
			element.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), element.outerHtml()));
			element.attributes().forEach(a -> assertFalse(a.getValue().contains("javascript:"), element.outerHtml()));
		}
		assertEquals(1, html.select("table").size());
		assertEquals(1, html.select("title").size());
		assertFalse(raw.contains("{{"), "template syntax must not reach the page as is");
		// the text is all there, as text
		assertEquals("{{7*7}}</title><script>alert(7)</script>", html.title());
		assertEquals("{{7*7}}</title><script>alert(7)</script>", html.selectFirst("h1").text());
		assertTrue(html.text().contains("<script>alert(10)</script>{{7*7}}</table>1</p>"), html.text());
		assertTrue(html.text().contains("</td></tr></table><img src=x onerror=alert(5)>"));
		assertTrue(html.selectFirst("caption").text().equals("</table><script>alert(3)</script>"));
		assertTrue(html.selectFirst("h2").text().equals("一、<script>alert(1)</script>"));
		assertTrue(html.select("p.contact").text().equals("\" onerror=\"alert(8)"));
	}

	@Test
	void csvCellsAndLabelsAreNotFormulas() throws IOException {
		Path out = generate();
		String csv = Files.readString(out.resolve("evil.甲.csv"), StandardCharsets.UTF_8);
		for (String line : csv.substring(1).split("\r\n")) {
			for (String field : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				String value = field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
				if (!value.matches("-?[0-9]+(\\.[0-9]+)?")) {
					assertFalse(Cells.risky(value), "CSV field read as a formula: " + value);
				}
			}
		}
		assertTrue(csv.contains("'=1+1,1,2,3,4"), csv);
		assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\""), csv);
		assertTrue(csv.contains(",'+1+1,"), csv);
		assertTrue(csv.contains(",'-2+3·@SUM(A1:A2),"), csv);
	}

	@Test
	void xlsxHasNoFormulaAndQuotesRiskyText() throws IOException {
		Path out = generate();
		int risky = 0;
		try (XSSFWorkbook workbook = Generated.workbook(out.resolve("evil.xlsx"))) {
			for (Sheet sheet : workbook) {
				assertFalse(Cells.risky(sheet.getSheetName()), sheet.getSheetName());
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
						if (cell.getCellType() == CellType.STRING && Cells.risky(cell.getStringCellValue())) {
							assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getStringCellValue());
							risky++;
						}
					}
				}
			}
		}
		// =HYPERLINK…, +1+1, -2+3, @SUM…, =1+1
		assertEquals(5, risky);
	}

	@Test
	void jsonHasNoRawMarkup() throws IOException {
		Path out = generate();
		String json = Files.readString(out.resolve("evil.json"), StandardCharsets.UTF_8);
		assertFalse(json.contains("<script"), json);
		assertTrue(json.contains("\\u003cscript\\u003ealert(6)"), json);
	}
}
