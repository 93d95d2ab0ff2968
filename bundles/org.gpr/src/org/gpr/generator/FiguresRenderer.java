package org.gpr.generator;

import static org.gpr.generator.Cells.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.gpr.eval.Figures;
import org.gpr.eval.NarrativeEvaluator;
import org.gpr.eval.ReportData;
import org.gpr.eval.RollupMessages;
import org.gpr.format.EffectiveFormat;

/**
 * The figures at a glance (数说年报) as a section of the generated HTML page: a table of the
 * format's figures with their change from last year's report (when {@code previous} is linked),
 * and each of the format's charts as an inline SVG bar chart — no script, black and grey only
 * (each bar carries its value as text, so nothing depends on colour), with a title and a
 * description for screen readers and the same numbers in a visible caption.
 */
public final class FiguresRenderer {

	static final String CSS = """
			section.figures table.figures { border-collapse: collapse; width: 100%; font-size: 14px; line-height: 1.5;
			  margin: 10px 0 18px; }
			section.figures table.figures caption { font-weight: bold; padding: 6px 4px; }
			section.figures table.figures th, section.figures table.figures td { border: 1px solid var(--rule);
			  padding: 5px 6px; text-align: left; vertical-align: middle; }
			section.figures table.figures td.value { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
			section.figures figure { margin: 10px 0 18px; }
			section.figures svg { max-width: 100%; height: auto; }
			section.figures figcaption { font-size: 14px; text-indent: 0; }
			@media print { section.figures figure, section.figures table.figures { break-inside: avoid; page-break-inside: avoid; } }
			""";

	/** Chart geometry, in SVG user units. */
	private static final int WIDTH = 640;
	private static final int BAR = 22;
	private static final int GAP = 10;
	private static final int TOP = 34;
	private static final int VALUE_SPACE = 72;
	private static final int CHAR = 14;

	private FiguresRenderer() {
	}

	/** The section, or an empty string when the format defines no figure and no chart. */
	public static String section(EffectiveFormat format, ReportData data, ReportData previous) {
		List<Figures.Result> results = Figures.evaluate(data, previous);
		List<Figures.ChartDefinition> charts = Figures.charts(format);
		if (results.isEmpty() && charts.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		out.append("<section id=\"s-figures\" class=\"figures\">\n<h2>").append(html(RollupMessages.get("figures.heading")))
				.append("</h2>\n");
		if (!results.isEmpty()) {
			table(out, results, data, previous);
		}
		for (Figures.ChartDefinition chart : charts) {
			out.append(chart(chart, data));
		}
		out.append("</section>\n");
		return out.toString();
	}

	private static void table(StringBuilder out, List<Figures.Result> results, ReportData data, ReportData last) {
		boolean previous = last != null;
		out.append("<table class=\"figures\">\n<caption>").append(html(RollupMessages.get("figures.caption")))
				.append("</caption>\n<thead><tr><th scope=\"col\">").append(html(RollupMessages.get("figures.name")))
				.append("</th><th scope=\"col\">").append(html(RollupMessages.get("figures.value"))).append("</th>");
		if (previous) {
			out.append("<th scope=\"col\">").append(html(RollupMessages.get("figures.changeColumn"))).append("</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (Figures.Result result : results) {
			out.append("<tr><th scope=\"row\">").append(html(result.definition().label())).append("</th><td class=\"value\">")
					.append(html(value(result, data))).append("</td>");
			if (previous) {
				out.append("<td>").append(html(change(result, last))).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody>\n</table>\n");
	}

	static String value(Figures.Result result, ReportData data) {
		return result.value().isKnown() ? result.value().display() : unknown(result.definition(), data);
	}

	/** Why a figure has no value: a blank or not-applicable cell, or a whole of 0. */
	static String unknown(Figures.Definition definition, ReportData data) {
		return RollupMessages.get(Figures.cellsAreNumbers(definition.expression(), data) ? "figures.zero" : "figures.unknown");
	}

	/** 较上年增加 2.1 个百分点（上年为 35.8%）; 与上年持平; or why it cannot be said. */
	static String change(Figures.Result result, ReportData last) {
		BigDecimal change = result.change();
		if (change == null) {
			return !result.value().isKnown() ? "—"
					: RollupMessages.get("figures.previous", unknown(result.definition(), last));
		}
		String before = RollupMessages.get("figures.previous", result.previous().display());
		if (change.signum() == 0) {
			return RollupMessages.get("figures.change.same") + "（" + before + "）";
		}
		String direction = RollupMessages.get(change.signum() > 0 ? "figures.change.up" : "figures.change.down");
		String amount = change.abs().toPlainString();
		String text = result.value().percent() ? RollupMessages.get("figures.change.points", direction, amount)
				: RollupMessages.get("figures.change.count", direction, amount);
		return text + "（" + before + "）";
	}

	/** One chart as a figure: the SVG (bars, their labels and values) and a caption with every value. */
	static String chart(Figures.ChartDefinition chart, ReportData data) {
		List<String> labels = new ArrayList<>();
		List<NarrativeEvaluator.Value> values = new ArrayList<>();
		BigDecimal max = BigDecimal.ZERO;
		int labelWidth = 0;
		for (Figures.Definition bar : chart.bars()) {
			NarrativeEvaluator.Value value = Figures.evaluate(bar.expression(), data, null);
			labels.add(bar.label());
			values.add(value);
			if (value.isKnown() && value.number().compareTo(max) > 0) {
				max = value.number();
			}
			labelWidth = Math.max(labelWidth, org.gpr.formatting2.GprFormatter.width(bar.label() == null ? "" : bar.label()) * CHAR / 2);
		}
		labelWidth += 12;
		int area = WIDTH - labelWidth - VALUE_SPACE;
		int height = TOP + chart.bars().size() * (BAR + GAP) + GAP;
		String id = "chart-" + chart.name();
		List<String> items = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			NarrativeEvaluator.Value value = values.get(i);
			items.add(value.isKnown() ? RollupMessages.get("figures.chart.item", labels.get(i), value.display())
					: RollupMessages.get("figures.chart.unknown", labels.get(i), unknown(chart.bars().get(i), data)));
		}
		String summary = RollupMessages.get("figures.chart.summary", chart.label(), org.gpr.Messages.list(items));
		StringBuilder out = new StringBuilder();
		out.append("<figure class=\"chart\" id=\"").append(html(id)).append("\">\n");
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
				.append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
				.append("\" aria-labelledby=\"").append(html(id + "-title")).append(' ').append(html(id + "-desc"))
				.append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
		out.append("<title id=\"").append(html(id + "-title")).append("\">").append(html(chart.label())).append("</title>\n");
		out.append("<desc id=\"").append(html(id + "-desc")).append("\">").append(html(summary)).append("</desc>\n");
		out.append("<text x=\"0\" y=\"18\" font-size=\"15\" font-weight=\"bold\" fill=\"#000\">").append(html(chart.label()))
				.append("</text>\n");
		out.append("<line x1=\"").append(labelWidth).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(labelWidth)
				.append("\" y2=\"").append(height - GAP / 2).append("\" stroke=\"#000\" stroke-width=\"1\"/>\n");
		for (int i = 0; i < labels.size(); i++) {
			int y = TOP + i * (BAR + GAP);
			int text = y + BAR / 2 + 5;
			NarrativeEvaluator.Value value = values.get(i);
			out.append("<g>");
			out.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(text)
					.append("\" text-anchor=\"end\" fill=\"#000\">").append(html(labels.get(i))).append("</text>");
			if (value.isKnown()) {
				int length = max.signum() == 0 || value.number().signum() <= 0 ? 0
						: value.number().multiply(BigDecimal.valueOf(area)).divide(max, 0, RoundingMode.HALF_UP).intValue();
				out.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"").append(length)
						.append("\" height=\"").append(BAR).append("\" fill=\"#555\" stroke=\"#000\" stroke-width=\"1\"/>");
				out.append("<text x=\"").append(labelWidth + length + 6).append("\" y=\"").append(text)
						.append("\" fill=\"#000\">").append(html(value.display())).append("</text>");
			} else {
				out.append("<text x=\"").append(labelWidth + 6).append("\" y=\"").append(text).append("\" fill=\"#000\">")
						.append(html(unknown(chart.bars().get(i), data))).append("</text>");
			}
			out.append("</g>\n");
		}
		out.append("</svg>\n<figcaption>").append(html(summary)).append("</figcaption>\n</figure>\n");
		return out.toString();
	}
}
