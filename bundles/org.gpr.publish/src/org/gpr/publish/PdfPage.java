package org.gpr.publish;

import java.util.ArrayList;
import java.util.List;

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

	/** The families of a role in the style sheet: its face, then the fallbacks. */
	static String families(FontRole role, Fonts.Resolved fonts) {
		List<String> families = new ArrayList<>();
		if (!fonts.of(role).isEmpty()) {
			families.add("'" + role.cssFamily() + "'");
		}
		for (int i = 0; i < fonts.of(FontRole.FALLBACK).size(); i++) {
			families.add("'" + FontRole.FALLBACK.cssFamily() + "-" + (i + 1) + "'");
		}
		for (FontRole other : FontRole.values()) {
			if (other != role && other != FontRole.FALLBACK && !fonts.of(other).isEmpty()) {
				families.add("'" + other.cssFamily() + "'");
			}
		}
		return String.join(", ", families);
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
				h1 { font-family: %2$s; font-size: 22pt; line-height: 36pt; text-align: center; margin: 0 0 28.9pt 0; }
				h2 { font-family: %3$s; font-size: 16pt; margin: 0; text-indent: 2em; page-break-after: avoid; }
				h3 { font-family: %4$s; font-size: 16pt; margin: 0; text-indent: 2em; page-break-after: avoid; }
				p { margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
				ol { margin: 0; padding: 0 0 0 4em; }
				li { margin: 0; text-align: justify; }
				section { display: block; }
				.table-wrap { margin: 6pt 0 14pt 0; }
				.table-wrap.block { margin: 0; }
				.block-group { margin: 6pt 0 14pt 0; }
				p.caption { font-family: %3$s; font-size: 12pt; line-height: 20pt; text-indent: 0; text-align: center;
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
				""".formatted(fang, families(FontRole.TITLE, fonts), families(FontRole.HEI, fonts),
				families(FontRole.KAI, fonts));
	}
}
