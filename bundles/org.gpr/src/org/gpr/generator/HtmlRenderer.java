package org.gpr.generator;

import org.gpr.Messages;

import static org.gpr.generator.Cells.html;

import java.util.List;

import org.gpr.Messages;
import org.gpr.eval.NarrativeEvaluator;
import org.gpr.eval.ReportData;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Heading;
import org.gpr.gpr.ListItem;
import org.gpr.gpr.NumberedList;
import org.gpr.gpr.Paragraph;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;

/**
 * One report as one self-contained HTML page laid out like the official form: the title, the
 * contact paragraph, the format's sections in order and every table with its official header.
 * All text is escaped; the page loads nothing from anywhere.
 */
public final class HtmlRenderer {

	private static final Messages.Bundle TEXTS = new Messages.Bundle("org.gpr.generator.messages",
			HtmlRenderer.class.getClassLoader());

	static final String CSS = """
			:root { --ink: #111; --rule: #222; --head: #f3f3f3; }
			* { box-sizing: border-box; }
			html { -webkit-text-size-adjust: 100%; }
			body { margin: 0; color: var(--ink); background: #fff;
			  font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "Songti SC", "SimSun", "宋体",
			    "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "Microsoft YaHei", serif;
			  font-size: 16px; line-height: 1.8; }
			main { max-width: 960px; margin: 0 auto; padding: 32px 40px 64px; }
			h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
			  font-size: 26px; font-weight: bold; text-align: center; line-height: 1.5; margin: 8px 0 28px; }
			h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
			  font-size: 18px; font-weight: bold; margin: 28px 0 10px; text-indent: 2em; }
			h3 { font-family: "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif; font-size: 16px; font-weight: bold;
			  margin: 14px 0 6px; text-indent: 2em; }
			p, li { margin: 0 0 8px; text-align: justify; }
			p { text-indent: 2em; }
			ol { margin: 0 0 8px; padding-left: 4em; }
			.contact { margin-bottom: 16px; }
			p.downloads { text-indent: 0; margin-top: 28px; }
			.table-wrap { margin: 10px 0 18px; overflow-x: auto; }
			.table-wrap.block { margin: 0; }
			.table-wrap.block + .table-wrap.block table { border-top: 0; }
			.block-group { margin: 10px 0 18px; }
			table.form { border-collapse: collapse; width: 100%; font-family: "SimSun", "宋体", "Songti SC",
			  "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 14px; line-height: 1.45;
			  border: 1.5px solid var(--rule); }
			table.form caption { caption-side: top; font-weight: bold; text-align: center; padding: 6px 4px;
			  border: 1.5px solid var(--rule); border-bottom: 0; background: var(--head); }
			table.form th, table.form td { border: 1px solid var(--rule); padding: 5px 6px; text-align: center;
			  vertical-align: middle; }
			table.form thead th { background: var(--head); font-weight: bold; }
			table.form th.corner.note { font-weight: normal; font-size: 13px; text-align: left; }
			table.form col.v { width: 5.4em; }
			table.form col.g { width: 6.5em; }
			.block table.form col.v { width: 22%; }
			table.form tbody th { font-weight: normal; text-align: left; background: #fff; }
			table.form tbody th.group { text-align: center; }
			table.form td { font-variant-numeric: tabular-nums; min-width: 3em; }
			.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
			  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
			@media (max-width: 640px) {
			  body { font-size: 17px; line-height: 1.75; }
			  main { padding: 16px 14px 40px; }
			  h1 { font-size: 21px; }
			  h2 { font-size: 17px; text-indent: 0; }
			  h3 { text-indent: 0; }
			  ol { padding-left: 2em; }
			  table.form { font-size: 12px; }
			  table.form th, table.form td { padding: 3px 4px; }
			  table.form col.v { width: 3.6em; }
			  table.form col.g { width: 4.5em; }
			  .table-wrap { -webkit-overflow-scrolling: touch; }
			  /* a table wider than the phone scrolls sideways in its frame; its labels keep a readable width */
			  table.form { width: auto; min-width: 100%; }
			  table.form tbody th[scope=row] { min-width: 9em; }
			  table.form tbody th.group { min-width: 4.5em; }
			  table.form th.corner.note { min-width: 11em; }
			  table.form thead th[scope=col], table.form td { min-width: 3.4em; }
			  .block table.form tbody th[scope=row] { min-width: 7em; }
			}
			@media screen and (max-width: 640px) {
			  /* the label columns stay while the numbers scroll under them: each label cell is fixed at the
			     left edge of its column (the columns are 4.5em, 4.5em, then the row labels) */
			  table.form tbody th, table.form thead th.corner { position: sticky; z-index: 1; background: #fff;
			    background-clip: padding-box; }
			  table.form thead th.corner { left: 0; background: var(--head); z-index: 2; }
			  table.form tbody th.l0 { left: 0; }
			  table.form tbody th.l1 { left: 4.5em; }
			  table.form tbody th.l2 { left: 9em; }
			}
			@page { size: A4; margin: 25mm 20mm 22mm; }
			@media print {
			  body { font-size: 12pt; line-height: 1.6; }
			  main { max-width: none; padding: 0; }
			  h1 { font-size: 18pt; }
			  h2 { font-size: 14pt; break-after: avoid; page-break-after: avoid; }
			  h3 { break-after: avoid; page-break-after: avoid; }
			  .table-wrap { overflow: visible; }
			  table.form { font-size: 9.5pt; break-inside: avoid; page-break-inside: avoid; }
			  table.form thead { display: table-header-group; }
			  table.form tr { break-inside: avoid; page-break-inside: avoid; }
			  table.form thead th, table.form caption { background: none; }
			  p, li { orphans: 2; widows: 2; }
			}
			""";

	private final Report report;
	private final EffectiveFormat format;
	private final ReportData data;
	private final NarrativeEvaluator narrative;
	private final ReportData previous;
	private final boolean figures;
	private final StringBuilder out = new StringBuilder(64 * 1024);
	private List<String> downloads = List.of();

	public HtmlRenderer(Report report, EffectiveFormat format, ReportData data, ReportData previous) {
		this(report, format, data, previous, false);
	}

	/** @param figures whether to add the figures at a glance (数说年报) after the report's sections */
	public HtmlRenderer(Report report, EffectiveFormat format, ReportData data, ReportData previous, boolean figures) {
		this.report = report;
		this.format = format;
		this.data = data;
		this.previous = previous;
		this.figures = figures;
		this.narrative = new NarrativeEvaluator(data, previous);
	}

	/** The documents generated beside the page (NAME.pdf, NAME.docx), linked under 报告下载. */
	public HtmlRenderer downloads(List<String> files) {
		this.downloads = List.copyOf(files);
		return this;
	}

	public String render() {
		String title = report.getTitle() != null ? report.getTitle() : report.getBody() + report.getYear();
		out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"gpr\">\n")
				.append("<title>").append(html(title)).append("</title>\n<style>\n").append(CSS)
				.append(figures && format != null && data != null ? FiguresRenderer.CSS : "").append("</style>\n</head>\n<body>\n<main class=\"report\">\n");
		out.append("<h1>").append(html(title)).append("</h1>\n");
		if (report.getContact() != null) {
			out.append("<p class=\"contact\">").append(html(narrative.render(report.getContact()))).append("</p>\n");
		}
		if (format != null) {
			for (EffectiveFormat.Section section : format.getSections()) {
				section(section);
			}
			if (figures && data != null) {
				out.append(FiguresRenderer.section(format, data, previous));
			}
		}
		if (!downloads.isEmpty()) {
			out.append("<p class=\"downloads\">").append(html(TEXTS.get("html.downloads")));
			for (int i = 0; i < downloads.size(); i++) {
				String file = downloads.get(i);
				out.append(i == 0 ? "" : html(TEXTS.get("html.downloadsSeparator"))).append("<a href=\"")
						.append(html(file)).append("\" download>").append(html(title + file.substring(file.lastIndexOf('.'))))
						.append("</a>");
			}
			out.append("</p>\n");
		}
		out.append("</main>\n</body>\n</html>\n");
		return out.toString();
	}

	private void section(EffectiveFormat.Section section) {
		String heading = section.getLabel() != null ? section.getLabel() : section.getName();
		for (ReportSection own : report.getSections()) {
			if (own.getSection() != null && !own.getSection().eIsProxy()
					&& section.getName().equals(own.getSection().getName()) && own.getHeading() != null) {
				heading = own.getHeading();
				break;
			}
		}
		out.append("<section id=\"").append(html("s-" + section.getName())).append("\">\n<h2>").append(html(heading))
				.append("</h2>\n");
		for (ReportSection own : report.getSections()) {
			if (own.getSection() == null || own.getSection().eIsProxy()
					|| !section.getName().equals(own.getSection().getName())) {
				continue;
			}
			List<SectionItem> items = own.getItems();
			for (int i = 0; i < items.size(); i++) {
				SectionItem item = items.get(i);
				if (item instanceof Heading h) {
					out.append("<h3>").append(html(narrative.render(h.getText()))).append("</h3>\n");
				} else if (item instanceof Paragraph p) {
					out.append("<p>").append(html(narrative.render(p.getText()))).append("</p>\n");
				} else if (item instanceof NumberedList list) {
					out.append("<ol>\n");
					for (ListItem li : list.getItems()) {
						out.append("<li>").append(html(narrative.render(li.getText()))).append("</li>\n");
					}
					out.append("</ol>\n");
				} else if (item instanceof Table table) {
					// consecutive tables of a section with several (the blocks of 二) form one block group
					int end = i;
					while (end + 1 < items.size() && items.get(end + 1) instanceof Table) {
						end++;
					}
					boolean blocks = end > i || section.getTables().size() > 1;
					if (blocks) {
						out.append("<div class=\"block-group\">\n");
					}
					for (int t = i; t <= end; t++) {
						table((Table) items.get(t), heading, blocks);
					}
					if (blocks) {
						out.append("</div>\n");
					}
					i = end;
				}
			}
		}
		out.append("</section>\n");
	}

	private void table(Table table, String sectionHeading, boolean block) {
		if (table.getTable() == null || table.getTable().eIsProxy() || format == null) {
			return;
		}
		EffectiveTable effective = format.findTable(table.getTable().getName());
		if (effective == null) {
			return;
		}
		TableLayout layout = new TableLayout(effective, data);
		String id = "t-" + effective.getName();
		String label = effective.getLabel() != null ? effective.getLabel() : effective.getName();
		// the section heading already says what a lone table is: keep its caption for screen readers only
		boolean hidden = sectionHeading != null && sectionHeading.endsWith(label) && !block;
		out.append("<div class=\"table-wrap").append(block ? " block" : "").append("\" role=\"region\" aria-labelledby=\"")
				.append(html("c-" + effective.getName())).append("\" tabindex=\"0\">\n");
		out.append("<table class=\"form\" id=\"").append(html(id)).append("\" data-table=\"").append(html(effective.getName()))
				.append("\">\n<caption id=\"").append(html("c-" + effective.getName())).append("\"")
				.append(hidden ? " class=\"visually-hidden\"" : "").append(">").append(html(label)).append("</caption>\n");
		out.append("<colgroup>");
		for (int c = 0; c < layout.getLabelColumns(); c++) {
			out.append(c < layout.getLabelColumns() - 1 ? "<col class=\"g\">" : "<col>");
		}
		for (int c = layout.getLabelColumns(); c < layout.getWidth(); c++) {
			out.append("<col class=\"v\">");
		}
		out.append("</colgroup>\n");
		out.append("<thead>\n");
		for (int r = 0; r < layout.getHeaderRows(); r++) {
			out.append("<tr>");
			for (TableLayout.Cell cell : layout.headerRow(r)) {
				out.append("<th");
				switch (cell.kind()) {
				case CORNER -> out.append(effective.getTable().getCorner() != null ? " class=\"corner note\"" : " class=\"corner\"");
				case SPANNER, COLUMN_GROUP -> out.append(" scope=\"colgroup\"");
				default -> out.append(" scope=\"col\"");
				}
				spans(cell);
				out.append(">").append(html(cell.text())).append("</th>");
			}
			out.append("</tr>\n");
		}
		out.append("</thead>\n<tbody>\n");
		for (int r = 0; r < layout.getBody().size(); r++) {
			out.append("<tr data-row=\"").append(html(layout.getRows().get(r).getName())).append("\">");
			for (TableLayout.Cell cell : layout.getBody().get(r)) {
				switch (cell.kind()) {
				case ROW_GROUP -> {
					// l0, l1, l2: the label column the cell starts in (a phone keeps the label columns in place)
					out.append("<th scope=\"rowgroup\" class=\"group l").append(cell.column()).append('"');
					spans(cell);
					out.append(">").append(html(cell.text())).append("</th>");
				}
				case ROW -> {
					out.append("<th scope=\"row\" class=\"l").append(cell.column()).append('"');
					spans(cell);
					out.append(">").append(html(cell.text())).append("</th>");
				}
				default -> out.append("<td data-column=\"").append(html(cell.valueColumn().getName())).append("\">")
						.append(html(Cells.text(cell.value()))).append("</td>");
				}
			}
			out.append("</tr>\n");
		}
		out.append("</tbody>\n</table>\n</div>\n");
		// the reasons the author gave for accepted warnings, as a note under the table
		for (String reason : org.gpr.review.Acceptances.reasons(table)) {
			out.append("<p class=\"table-note\">").append(html(Messages.get("note.prefix") + reason)).append("</p>\n");
		}
	}

	private void spans(TableLayout.Cell cell) {
		if (cell.rowSpan() > 1) {
			out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
		}
		if (cell.colSpan() > 1) {
			out.append(" colspan=\"").append(cell.colSpan()).append('"');
		}
	}
}
