package org.gpr.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.GprStandaloneSetup;

import com.google.inject.Injector;

/**
 * Times parse-only against parse + link + validate, on the customs example and on a synthetic
 * report 50 times its size (50 times the narrative, and 50 times as many rows in table 三 through
 * a format extension, so that the identities have 50 times the cells to add). Each figure is the
 * median of many warm runs; the format files are loaded once per resource set, as in an editor
 * session, and the report is parsed anew each run. Times are the benchmark thread's CPU time, so
 * that other work on the machine does not inflate them (garbage collection runs on other threads).
 */
public final class ValidationBench {

	private final Path root;
	private final Injector injector = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();

	public ValidationBench(Path root) {
		this.root = root;
	}

	/** A report to time; previous, when not null, is last year's report, linked from the report. */
	record Subject(String name, String report, String format, int runs, String previous) {

		Subject(String name, String report, String format, int runs) {
			this(name, report, format, runs, null);
		}

		/**
		 * The same report with last year's linked: a copy of it for the year before (the copy
		 * checks' worst case), and with every other reviewer's check on (a publication date and
		 * the kind of body declared: the deadline and the body's powers are checked too).
		 */
		Subject withPrevious() {
			String last = report.replace("year 2020", "year 2019").replace("2020年1月1日起至2020年12月31日", "2019年1月1日起至2019年12月31日")
					.replace("(本级机关)2020年", "(本级机关)2019年");
			String linked = report.replaceFirst("\ntitle ",
					"\nprevious \"previous.gpr\"\npublished 2021-01-29\nbody department at national\ntitle ");
			return new Subject(name + " + previous", linked, format, runs, last);
		}
	}

	public void run(PrintStream out) throws IOException {
		String customs = Files.readString(root.resolve("examples/customs-2020/customs-2020.gpr"));
		String customsFormat = Files.readString(root.resolve("examples/customs-2020/customs-format.gpr"));
		Subject small = new Subject("customs-2020", customs, customsFormat, Integer.getInteger("gpr.bench.runs", 1000));
		Subject large = synthetic(customs, 50);
		out.println("gpr validation benchmark (median CPU time of warm runs; ratio = (parse+link+validate) / parse)");
		out.printf("%-32s %10s %8s %14s %26s %7s %8s%n", "report", "bytes", "runs", "parse ms", "parse+link+validate ms",
				"ratio", "issues");
		String only = System.getProperty("gpr.bench.only", "");
		StringBuilder ratios = new StringBuilder();
		for (Subject subject : List.of(small, small.withPrevious(), large, large.withPrevious())) {
			if (!only.isEmpty() && !subject.name().startsWith(only)) {
				continue;
			}
			double ratio = measure(subject, out);
			ratios.append(ratios.length() == 0 ? "" : ", ").append(subject.name()).append(String.format(" %.2f", ratio));
		}
		out.println("ratios (target <= 2 each): " + ratios);
	}

	/** The customs report with its narrative and its table 三 rows repeated. */
	static Subject synthetic(String customs, int times) {
		StringBuilder format = new StringBuilder(
				"// synthetic benchmark format: table 三 (六) broken into many rows\nformat bench50 extends gov2019 {\n\textend table 申请 {\n\t\treplace 其他处理 with group 其他处理 \"（六）其他处理\" {\n");
		StringBuilder rows = new StringBuilder();
		int subRows = 25 * (times - 1);
		for (int i = 0; i < subRows; i++) {
			format.append("\t\t\t子项").append(i).append(" \"子项").append(i).append("\"\n");
			rows.append("    子项").append(i).append(" 0 0 0 0 0 0 | 0\n");
		}
		format.append("\t\t}\n\t}\n}\n");
		String report = customs.replace("format customs2020", "format bench50");
		// the customs breakdown of （六） is replaced by zero rows of the synthetic format
		report = report.replaceAll("(?m)^    (撤销申请|咨询事项|逾期未补正) .*\\n", "");
		report = report.replace("    总计             178     11       1       0       0      2  |  192",
				rows + "    子项0 62 8 0 0 0 0 | 70\n    总计             178     11       1       0       0      2  |  192")
				.replace("    子项0 0 0 0 0 0 0 | 0\n", "");
		int narrativeStart = report.indexOf("section 总体情况 {") + "section 总体情况 {".length();
		int narrativeEnd = report.indexOf("\n}", narrativeStart);
		String narrative = report.substring(narrativeStart, narrativeEnd);
		report = report.substring(0, narrativeEnd) + narrative.repeat(times - 1) + report.substring(narrativeEnd);
		return new Subject("synthetic ×" + times, report, format.toString(), 40);
	}

	/** Prints the subject's figures; returns its ratio. */
	private double measure(Subject subject, PrintStream out) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		load(set, "format.gpr", subject.format());
		if (subject.previous() != null) {
			load(set, "previous.gpr", subject.previous());
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long[] parse = new long[subject.runs()];
		long[] full = new long[subject.runs()];
		int issues = 0;
		// as many warm-up runs as measured ones: the JIT compiles the parser and the checks first
		for (int i = -subject.runs(); i < subject.runs(); i++) {
			long start = cpu.getCurrentThreadCpuTime();
			Resource parsed = load(set, "parse.gpr", subject.report());
			long parsedAt = cpu.getCurrentThreadCpuTime();
			set.getResources().remove(parsed);

			long fullStart = cpu.getCurrentThreadCpuTime();
			Resource resource = load(set, "report.gpr", subject.report());
			List<Issue> found = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			long fullEnd = cpu.getCurrentThreadCpuTime();
			set.getResources().remove(resource);
			if (i >= 0) {
				parse[i] = parsedAt - start;
				full[i] = fullEnd - fullStart;
				issues = found.size();
			}
		}
		double parseMs = median(parse) / 1e6;
		double fullMs = median(full) / 1e6;
		out.printf("%-32s %10d %8d %14.2f %26.2f %7.2f %8d%n", subject.name(),
				subject.report().getBytes(StandardCharsets.UTF_8).length, subject.runs(), parseMs, fullMs, fullMs / parseMs,
				issues);
		return fullMs / parseMs;
	}

	private static Resource load(XtextResourceSet set, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("bench:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
