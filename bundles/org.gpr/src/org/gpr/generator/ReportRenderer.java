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

	/** A folder of fonts searched first for the PDF and Word documents (--fonts), or null. */
	private volatile java.nio.file.Path fontFolder;

	public void setFontFolder(java.nio.file.Path folder) {
		this.fontFolder = folder;
	}

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
		return render(report, baseName, kinds, false, warning -> {
		});
	}

	/**
	 * The files of one report; with {@code figures} the HTML page ends with the figures at a glance
	 * (数说年报), which the official layout leaves out.
	 */
	public Map<String, byte[]> render(Report report, String baseName, Set<OutputKind> kinds, boolean figures) {
		return render(report, baseName, kinds, figures, warning -> {
		});
	}

	/** As {@link #render(Report, String, Set, boolean, java.util.function.Consumer)}, in the official layout. */
	public Map<String, byte[]> render(Report report, String baseName, Set<OutputKind> kinds,
			java.util.function.Consumer<String> warnings) {
		return render(report, baseName, kinds, false, warnings);
	}

	/**
	 * The files of one report, file name to content, in a fixed order; what the author should know
	 * of the outputs (a character no font has) goes to warnings. A PDF or Word kind whose renderer is
	 * not at hand (its bundle is absent) is left out. With {@code figures} the HTML page ends with the
	 * figures at a glance (数说年报).
	 */
	public Map<String, byte[]> render(Report report, String baseName, Set<OutputKind> kinds, boolean figures,
			java.util.function.Consumer<String> warnings) {
		Evaluation evaluation = evaluator.evaluate(report);
		EffectiveFormat format = formats.of(report);
		ReportData data = evaluation.getData() != null ? evaluation.getData()
				: format == null ? null : new ReportData(report, format);
		Map<String, byte[]> files = new LinkedHashMap<>();
		java.util.List<String> downloads = new java.util.ArrayList<>();
		for (OutputKind kind : kinds) {
			if (kind.isPlugged() && DocumentRenderers.find(kind) != null) {
				downloads.add(baseName + "." + kind.id());
			}
		}
		if (kinds.contains(OutputKind.HTML)) {
			files.put(baseName + ".html", new HtmlRenderer(report, format, data, evaluation.getPrevious(), figures)
					.downloads(downloads).render().getBytes(StandardCharsets.UTF_8));
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
		String page = null;
		for (OutputKind kind : kinds) {
			DocumentRenderer plugged = kind.isPlugged() ? DocumentRenderers.find(kind) : null;
			if (plugged == null) {
				continue;
			}
			if (page == null) {
				page = new HtmlRenderer(report, format, data, evaluation.getPrevious(), figures).render();
			}
			files.put(baseName + "." + kind.id(), plugged.render(new DocumentRenderer.Input(report, format, data,
					evaluation.getPrevious(), baseName, page, fontFolder, warnings)));
		}
		return files;
	}
}
