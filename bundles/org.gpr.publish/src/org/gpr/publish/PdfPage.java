package org.gpr.publish;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gpr.gpr.Report;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the report's web page into the page openhtmltopdf lays out: the style sheet of an official
 * document (GB/T 9704-2012: A4, margins 37/35/28/26 mm, title 二号小标宋, body 三号仿宋, level-1
 * headings 黑体, level-2 楷体, page numbers “— 1 —” at the outer edge) in place of the screen's,
 * the table captions as text above their tables, the sections as bookmarks, the body as author.
 */
final class PdfPage {

	private PdfPage() {
	}

	static void prepare(Document page, Report report, Fonts.Resolved fonts) {
		Element head = page.head();
		head.select("style").remove();
		head.appendElement("style").appendText(css(fonts));
		if (report.getBody() != null) {
			head.appendElement("meta").attr("name", "author").attr("content", report.getBody());
		}
		head.appendElement("meta").attr("name", "subject").attr("content", page.title());
		head.appendElement("meta").attr("name", "keywords").attr("content", "政府信息公开工作年度报告");
		// captions: a visually hidden one repeats the section heading (dropped); the others become a line above the table
		for (Element caption : page.select("table.form > caption")) {
			Element table = caption.parent();
			if (caption.hasClass("visually-hidden")) {
				caption.remove();
				continue;
			}
			Element line = new Element("p").addClass("caption").text(caption.text());
			caption.remove();
			table.before(line);
		}
		charts(page);
		page.select("[tabindex]").removeAttr("tabindex");
		page.select("[role]").removeAttr("role");
		page.select("[aria-labelledby]").removeAttr("aria-labelledby");
		Element bookmarks = head.appendElement("bookmarks");
		for (Element section : page.select("main > section[id]")) {
			Element heading = section.selectFirst("h2");
			if (heading != null) {
				bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + section.id());
			}
		}
	}

	/**
	 * The figures' charts (数说年报, SVG in the web page, which openhtmltopdf does not draw) as tables
	 * of bars: the chart's title, then per bar its label, a filled box as long as the SVG's bar
	 * (relative to the longest) and its value, all vector drawing and text in the PDF.
	 */
	static void charts(Document page) {
		for (Element svg : page.select("figure.chart > svg")) {
			Element title = svg.selectFirst("> text");
			List<Element> groups = svg.select("> g");
			double longest = 0;
			for (Element g : groups) {
				Element rect = g.selectFirst("rect");
				if (rect != null) {
					longest = Math.max(longest, number(rect.attr("width")));
				}
			}
			Element chart = new Element("table").addClass("chart");
			if (title != null) {
				svg.before(new Element("p").addClass("chart-title").text(title.text()));
			}
			Element body = chart.appendElement("tbody");
			for (Element g : groups) {
				List<Element> texts = g.select("text");
				Element rect = g.selectFirst("rect");
				Element row = body.appendElement("tr");
				row.appendElement("th").attr("scope", "row").text(texts.isEmpty() ? "" : texts.get(0).text());
				Element cell = row.appendElement("td");
				String value = texts.size() > 1 ? texts.get(1).text() : "";
				if (rect != null && longest > 0) {
					double share = number(rect.attr("width")) / longest;
					cell.appendElement("span").addClass("bar")
							.attr("style", String.format(java.util.Locale.ROOT, "width: %.1fmm", Math.max(0.3, share * BAR_MM)));
					cell.appendText(" " + value);
				} else {
					cell.text(value);
				}
			}
			svg.before(chart);
			svg.remove();
		}
	}

	/** The length of the longest bar of a chart in the PDF. */
	private static final double BAR_MM = 90;

	private static double number(String text) {
		try {
			return Double.parseDouble(text.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/**
	 * The elements set in a face other than the body's 仿宋, per role: the selectors of the style
	 * sheet's font rules ({@link #css}), and where {@link #faceTexts} finds each face's characters.
	 */
	static final Map<FontRole, String> HEADINGS = headings();

	private static Map<FontRole, String> headings() {
		Map<FontRole, String> headings = new EnumMap<>(FontRole.class);
		headings.put(FontRole.TITLE, "h1");
		headings.put(FontRole.HEI, "h2, p.caption, table.figures caption, p.chart-title");
		headings.put(FontRole.KAI, "h3");
		return java.util.Collections.unmodifiableMap(headings);
	}

	/** A family of the style sheet and the faces registered under its name. */
	record Family(String name, List<Fonts.Face> faces) {
	}

	/**
	 * The families of a role in the order the layout tries them for a character: its face, then
	 * the fallbacks, then the other roles' faces.
	 */
	static List<Family> chain(FontRole role, Fonts.Resolved fonts) {
		List<Family> chain = new ArrayList<>();
		if (!fonts.of(role).isEmpty()) {
			chain.add(new Family(role.cssFamily(), fonts.of(role)));
		}
		List<Fonts.Face> fallbacks = fonts.of(FontRole.FALLBACK);
		for (int i = 0; i < fallbacks.size(); i++) {
			chain.add(new Family(FontRole.FALLBACK.cssFamily() + "-" + (i + 1), List.of(fallbacks.get(i))));
		}
		for (FontRole other : FontRole.values()) {
			if (other != role && other != FontRole.FALLBACK && !fonts.of(other).isEmpty()) {
				chain.add(new Family(other.cssFamily(), fonts.of(other)));
			}
		}
		return chain;
	}

	/** The families of a role in the style sheet: its face, then the fallbacks. */
	static String families(FontRole role, Fonts.Resolved fonts) {
		List<String> families = new ArrayList<>();
		for (Family family : chain(role, fonts)) {
			families.add("'" + family.name() + "'");
		}
		return String.join(", ", families);
	}

	/**
	 * The characters each face (by {@link Fonts.Face#key}) may draw on the prepared page: the text of a role
	 * (the whole page for the body's 仿宋, which every element not in {@link #HEADINGS} inherits;
	 * the headings' elements for theirs), each character given to every face of the first family of
	 * the role's {@link #chain} that has it, as the layout chooses a face character by character.
	 * A face gets what it draws and no more, so that cutting it down ({@link FontSubsets}) is in
	 * proportion to its share of the page: the 楷体 of the level-2 headings holds their characters,
	 * not the report's thousand.
	 */
	static Map<String, Set<Integer>> faceTexts(Document page, Fonts.Resolved fonts, Set<Integer> pageText) {
		Map<String, Set<Integer>> texts = new HashMap<>();
		Map<FontRole, Set<Integer>> roleTexts = new EnumMap<>(FontRole.class);
		roleTexts.put(FontRole.FANG, pageText);
		for (Map.Entry<FontRole, String> heading : HEADINGS.entrySet()) {
			Set<Integer> codePoints = new TreeSet<>();
			for (Element element : page.select(heading.getValue())) {
				element.text().codePoints().forEach(codePoints::add);
			}
			roleTexts.put(heading.getKey(), codePoints);
		}
		for (Map.Entry<FontRole, Set<Integer>> role : roleTexts.entrySet()) {
			List<Family> chain = chain(role.getKey(), fonts);
			for (int cp : role.getValue()) {
				for (Family family : chain) {
					if (family.faces().stream().anyMatch(face -> Fonts.covers(face, cp))) {
						family.faces().forEach(face -> texts.computeIfAbsent(face.key(), k -> new TreeSet<>()).add(cp));
						break;
					}
				}
			}
		}
		return texts;
	}

	static String css(Fonts.Resolved fonts) {
		String fang = families(FontRole.FANG, fonts);
		return """
				@page { size: A4; margin: 37mm 26mm 35mm 28mm;
				  @bottom-right { content: "— " counter(page) " —"; font-family: %1$s; font-size: 14pt;
				    vertical-align: top; padding-top: 7mm; padding-right: 1em; } }
				@page :left { @bottom-right { content: none; }
				  @bottom-left { content: "— " counter(page) " —"; font-family: %1$s; font-size: 14pt;
				    vertical-align: top; padding-top: 7mm; padding-left: 1em; } }
				* { font-weight: normal; font-style: normal; }
				html, body { margin: 0; padding: 0; }
				body { font-family: %1$s; font-size: 16pt; line-height: 28.9pt; color: #000; }
				main { display: block; }
				h1 { font-size: 22pt; line-height: 36pt; text-align: center; margin: 0 0 28.9pt 0; }
				h2 { font-size: 16pt; margin: 0; text-indent: 2em; page-break-after: avoid; }
				h3 { font-size: 16pt; margin: 0; text-indent: 2em; page-break-after: avoid; }
				p { margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
				ol { margin: 0; padding: 0 0 0 4em; }
				li { margin: 0; text-align: justify; }
				section { display: block; }
				.table-wrap { margin: 6pt 0 14pt 0; }
				.table-wrap.block { margin: 0; }
				.block-group { margin: 6pt 0 14pt 0; }
				p.caption { font-size: 12pt; line-height: 20pt; text-indent: 0; text-align: center;
				  margin: 8pt 0 2pt 0; page-break-after: avoid; }
				table.form { border-collapse: collapse; width: 100%%; font-family: %1$s; font-size: 9pt; line-height: 12pt;
				  -fs-table-paginate: paginate; -fs-border-rendering: no-bevel; }
				table.form thead { display: table-header-group; }
				table.form tr { page-break-inside: avoid; }
				table.form th, table.form td { border: 0.75pt solid #000; padding: 2pt 1.5pt; text-align: center;
				  vertical-align: middle; }
				table.form th.corner.note { font-size: 8pt; line-height: 10.5pt; text-align: left; }
				table.form tbody th { text-align: left; }
				table.form tbody th.group { text-align: center; }
				table.form col.v { width: 14.5mm; }
				table.form col.g { width: 14mm; }
				.block table.form col.v { width: 22%%; }
				.visually-hidden { display: none; }
				p.table-note { font-size: 12pt; line-height: 20pt; text-indent: 0; margin: 0 0 8pt 0; }
				section.figures { display: block; }
				table.figures { border-collapse: collapse; width: 100%%; font-size: 10.5pt; line-height: 15pt; margin: 4pt 0 12pt 0; }
				table.figures caption { font-size: 12pt; line-height: 20pt; margin: 8pt 0 2pt 0; }
				table.figures th, table.figures td { border: 0.75pt solid #000; padding: 2pt 3pt; text-align: left; }
				table.figures td { text-align: center; }
				table.figures tr, table.chart tr { page-break-inside: avoid; }
				figure.chart { display: block; margin: 6pt 0 12pt 0; page-break-inside: avoid; }
				p.chart-title { font-size: 12pt; line-height: 20pt; text-indent: 0; text-align: center; }
				table.chart { border-collapse: collapse; font-size: 10.5pt; line-height: 14pt; }
				table.chart th { text-align: right; padding: 1pt 4pt 1pt 0; border-right: 0.75pt solid #000; }
				table.chart td { text-align: left; padding: 1pt 0 1pt 0; }
				table.chart span.bar { display: inline-block; height: 9pt; background-color: #555555; }
				figure.chart figcaption { display: block; font-size: 10.5pt; line-height: 15pt; text-indent: 0; margin-top: 2pt; }
				""".formatted(fang) + headingFonts(fonts);
	}

	/** The font rules of {@link #HEADINGS}: each role's selectors set in its families. */
	private static String headingFonts(Fonts.Resolved fonts) {
		StringBuilder rules = new StringBuilder();
		HEADINGS.forEach((role, selectors) -> rules.append(selectors).append(" { font-family: ")
				.append(families(role, fonts)).append("; }\n"));
		return rules.toString();
	}
}
