package org.gpr.generator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.ReportData;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Report;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Renders one report into the files gpr generates, by name relative to the output folder:
 * {@code NAME.html}, {@code NAME.json}, {@code NAME.xlsx} and {@code NAME.TABLE.csv} per table.
 * The command line ({@code gpr generate}), the Xtext generator (Maven plugin, Eclipse builder)
 * all write what this returns, so they write the same files.
 */
@Singleton
public class ReportRenderer {

	/** The byte-order mark that makes Excel and WPS read a CSV file as UTF-8. */
	public static final String BOM = "\uFEFF";

	@Inject
	private Evaluator evaluator;

	@Inject
	private FormatModel formats;

	@Inject
	private IResourceValidator validator;

	/** The report of a resource, or null when it holds a format or nothing parsable. */
	public static Report reportOf(Resource resource) {
		return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Report report
				? report : null;
	}

	/** The base name of the outputs of a source file: its name without .gpr, made safe for any file system. */
	public static String baseName(String sourceFileName) {
		String name = sourceFileName;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		if (name.endsWith(".gpr")) {
			name = name.substring(0, name.length() - 4);
		}
		return Cells.fileName(name);
	}

	/** Whether validation finds an error in the resource (syntax, links, structure or a broken identity). */
	public boolean hasErrors(Resource resource) {
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (issue.getSeverity() == Severity.ERROR) {
				return true;
			}
		}
		return false;
	}

	/** The files of one report, file name to content, in a fixed order. */
	public Map<String, byte[]> render(Report report, String baseName, Set<OutputKind> kinds) {
		return render(report, baseName, kinds, false);
	}

	/**
	 * The files of one report; with {@code figures} the HTML page ends with the figures at a glance
	 * (数说年报), which the official layout leaves out.
	 */
	public Map<String, byte[]> render(Report report, String baseName, Set<OutputKind> kinds, boolean figures) {
		Evaluation evaluation = evaluator.evaluate(report);
		EffectiveFormat format = formats.of(report);
		ReportData data = evaluation.getData() != null ? evaluation.getData()
				: format == null ? null : new ReportData(report, format);
		Map<String, byte[]> files = new LinkedHashMap<>();
		if (kinds.contains(OutputKind.HTML)) {
			files.put(baseName + ".html", new HtmlRenderer(report, format, data, evaluation.getPrevious(), figures).render()
					.getBytes(StandardCharsets.UTF_8));
		}
		if (kinds.contains(OutputKind.CSV) && format != null && data != null) {
			for (EffectiveTable table : format.getTables()) {
				if (data.table(table.getName()) != null) {
					files.put(baseName + "." + Cells.fileName(table.getName()) + ".csv",
							(BOM + CsvRenderer.render(table, data)).getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		if (kinds.contains(OutputKind.XLSX)) {
			files.put(baseName + ".xlsx", XlsxRenderer.render(report, format, data));
		}
		if (kinds.contains(OutputKind.JSON)) {
			files.put(baseName + ".json", JsonRenderer.render(report, format, data).getBytes(StandardCharsets.UTF_8));
		}
		return files;
	}
}
