package org.gpr.importer;

import org.gpr.generator.Cells;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary of an audit of published reports, as a self-contained HTML page (no scripts, no
 * outside resources, every text escaped) and as CSV with a byte-order mark (so that spreadsheet
 * programs read it as UTF-8): per report its body, year and format, every broken identity, every
 * other problem the check found, and every narrative statement that contradicts the tables.
 */
public final class AuditSummary {

	/** Kinds of problem, as the summary groups them. */
	public enum Kind {
		IDENTITY, CHECK, NARRATIVE, IMPORT, FAILED;

		public String label() {
			return ImportMessages.get("audit.kind." + name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	/** One problem of one report. */
	public record Problem(Kind kind, String severity, String location, String message) {
	}

	/** One audited report. */
	public record Entry(String file, String output, String body, String year, String format, List<Problem> problems) {

		public long count(String severity) {
			return problems.stream().filter(p -> p.severity().equals(severity)).count();
		}

		public long count(Kind kind) {
			return problems.stream().filter(p -> p.kind() == kind).count();
		}

		public boolean failed() {
			return count(Kind.FAILED) > 0;
		}
	}

	private final List<Entry> entries;

	public AuditSummary(List<Entry> entries) {
		this.entries = entries;
	}

	public long withErrors() {
		return entries.stream().filter(e -> !e.failed() && e.count("error") > 0).count();
	}

	public long failed() {
		return entries.stream().filter(Entry::failed).count();
	}

	// --- CSV --------------------------------------------------------------------------

	public void writeCsv(Path file) throws IOException {
		StringBuilder b = new StringBuilder("\uFEFF");
		row(b, List.of(t("audit.file"), t("audit.body"), t("audit.year"), t("audit.format"), t("audit.kind"),
				t("audit.severity"), t("audit.location"), t("audit.message")));
		for (Entry entry : entries) {
			if (entry.problems().isEmpty()) {
				row(b, List.of(entry.file(), entry.body(), entry.year(), entry.format(), "", "", "", t("audit.ok")));
			}
			for (Problem problem : entry.problems()) {
				row(b, List.of(entry.file(), entry.body(), entry.year(), entry.format(), problem.kind().label(),
						severity(problem.severity()), problem.location(), problem.message()));
			}
		}
		Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder b, List<String> fields) {
		List<String> quoted = new ArrayList<>();
		for (String field : fields) {
			String value = field == null ? "" : field;
			// a cell starting with = + - @ would be a formula to a spreadsheet program
			if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
				value = "'" + value;
			}
			if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				value = "\"" + value.replace("\"", "\"\"") + "\"";
			}
			quoted.add(value);
		}
		b.append(String.join(",", quoted)).append("\r\n");
	}

	// --- HTML -------------------------------------------------------------------------

	public void writeHtml(Path file) throws IOException {
		long narrative = entries.stream().filter(e -> e.count(Kind.NARRATIVE) > 0).count();
		StringBuilder b = new StringBuilder();
		b.append("<!DOCTYPE html>\n<html lang=\"").append(org.gpr.Messages.english() ? "en" : "zh-CN").append("\">\n<head>\n")
				.append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>").append(escape(t("audit.title"))).append("</title>\n<style>\n").append(STYLE)
				.append("</style>\n</head>\n<body>\n");
		b.append("<h1>").append(escape(t("audit.title"))).append("</h1>\n");
		b.append("<p class=\"lead\">")
				.append(escape(ImportMessages.get("audit.generated", entries.size(), withErrors(), narrative, failed())))
				.append("</p>\n");
		b.append("<table class=\"overview\">\n<thead><tr>");
		for (String key : List.of("audit.file", "audit.body", "audit.year", "audit.format", "audit.errors", "audit.warnings",
				"audit.narrative")) {
			b.append("<th>").append(escape(t(key))).append("</th>");
		}
		b.append("</tr></thead>\n<tbody>\n");
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			String status = entry.failed() ? "failed" : entry.count("error") > 0 ? "errors"
					: entry.problems().isEmpty() ? "ok" : "warnings";
			b.append("<tr class=\"").append(status).append("\"><td><a href=\"#r").append(i).append("\">")
					.append(escape(entry.file())).append("</a></td><td>").append(escape(entry.body())).append("</td><td>")
					.append(escape(entry.year())).append("</td><td>").append(escape(entry.format())).append("</td><td class=\"n\">")
					.append(entry.failed() ? "—" : String.valueOf(entry.count("error"))).append("</td><td class=\"n\">")
					.append(entry.count("warning")).append("</td><td class=\"n\">").append(entry.count(Kind.NARRATIVE))
					.append("</td></tr>\n");
		}
		b.append("</tbody>\n</table>\n");
		b.append("<h2>").append(escape(t("audit.details"))).append("</h2>\n");
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			b.append("<section id=\"r").append(i).append("\">\n<h3>").append(escape(entry.body().isEmpty() ? entry.file() : entry.body()))
					.append(entry.year().isEmpty() ? "" : " · " + escape(entry.year())).append("</h3>\n<p class=\"meta\">")
					.append(escape(entry.file()));
			if (entry.output() != null) {
				b.append(" → ").append(escape(entry.output()));
			}
			if (!entry.format().isEmpty()) {
				b.append(" · ").append(escape(t("audit.format"))).append(" ").append(escape(entry.format()));
			}
			b.append("</p>\n");
			if (entry.problems().isEmpty()) {
				b.append("<p class=\"okmsg\">").append(escape(t("audit.ok"))).append("</p>\n</section>\n");
				continue;
			}
			b.append("<table class=\"problems\">\n<thead><tr><th>").append(escape(t("audit.kind"))).append("</th><th>")
					.append(escape(t("audit.severity"))).append("</th><th>").append(escape(t("audit.location")))
					.append("</th><th>").append(escape(t("audit.message"))).append("</th></tr></thead>\n<tbody>\n");
			for (Problem problem : entry.problems()) {
				b.append("<tr class=\"").append(escape(problem.severity())).append("\"><td>").append(escape(problem.kind().label()))
						.append("</td><td>").append(escape(severity(problem.severity()))).append("</td><td>")
						.append(escape(problem.location())).append("</td><td>").append(escape(problem.message()))
						.append("</td></tr>\n");
			}
			b.append("</tbody>\n</table>\n</section>\n");
		}
		b.append("</body>\n</html>\n");
		Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
	}

	private static String severity(String severity) {
		return ImportMessages.get("audit.severity." + severity);
	}

	private static String t(String key) {
		return ImportMessages.get(key);
	}

	/** Text as HTML, escaped as the generated reports escape it. */
	public static String escape(String text) {
		return Cells.html(text);
	}

	private static final String STYLE = """
			body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
			       margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1a1a1a; line-height: 1.5; }
			h1 { font-size: 1.6em; border-bottom: 3px solid #b22222; padding-bottom: .3em; }
			h2 { font-size: 1.3em; margin-top: 2em; }
			h3 { font-size: 1.1em; margin: 1.5em 0 .2em; }
			.lead { font-size: 1.05em; }
			.meta { color: #555; margin: 0 0 .5em; font-size: .9em; word-break: break-all; }
			table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .92em; }
			th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
			th { background: #f3f3f3; }
			td.n { text-align: right; font-variant-numeric: tabular-nums; }
			tr.ok td:first-child { border-left: 5px solid #2e7d32; }
			tr.warnings td:first-child { border-left: 5px solid #f9a825; }
			tr.errors td:first-child, tr.failed td:first-child { border-left: 5px solid #c62828; }
			tr.failed { color: #777; }
			.problems td:nth-child(-n+2) { white-space: nowrap; }
			.problems td:nth-child(3) { word-break: break-all; min-width: 12em; }
			.problems tr.error td:nth-child(2) { color: #c62828; font-weight: bold; }
			.problems tr.warning td:nth-child(2) { color: #a86b00; }
			.okmsg { color: #2e7d32; }
			a { color: #0b57d0; }
			""";
}
