package org.gpr.ide.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gpr.format.BuiltinFormats;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatLibrary;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Column;
import org.gpr.gpr.Format;
import org.gpr.gpr.Report;
import org.gpr.gpr.Row;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The skeleton of a new report: every section of its format, every table with every row in
 * the official order, every cell blank ({@code _}). Valid apart from the blanks.
 */
public class ReportSkeleton {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private FormatModel formats;

	@Inject
	private FormatLibraries libraries;

	/** The names of the formats a new report can use: the shipped ones and the project's. */
	public List<String> formatNames(Map<URI, String> projectFiles) {
		XtextResourceSet set = load(projectFiles);
		TreeSet<String> names = new TreeSet<>(BuiltinFormats.NAMES);
		for (Resource resource : new ArrayList<>(set.getResources())) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Format format && format.getName() != null) {
					names.add(format.getName());
				}
			}
		}
		List<String> result = new ArrayList<>(BuiltinFormats.NAMES);
		for (String name : names) {
			if (!result.contains(name)) {
				result.add(name);
			}
		}
		return result;
	}

	/** A report among the project's files, which a new report may link as last year's. */
	public record ReportHeader(URI uri, String body, int year) {
	}

	/** The reports among the project's files (those whose header parses), with their bodies and years. */
	public List<ReportHeader> reports(Map<URI, String> projectFiles) {
		List<ReportHeader> result = new ArrayList<>();
		for (Resource resource : new ArrayList<>(load(projectFiles).getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Report report
					&& report.getBody() != null && report.getYear() != null) {
				try {
					result.add(new ReportHeader(resource.getURI(), report.getBody(), Integer.parseInt(report.getYear())));
				} catch (NumberFormatException e) {
					// not a year: not offered
				}
			}
		}
		return result;
	}

	/**
	 * The format a new report of the year should use: the first shipped format whose years
	 * include it (gov2019 for 2019 and 2020, gov2021 from 2021 on), else the newest shipped one.
	 */
	public String formatFor(int year) {
		FormatLibrary shipped = libraries.builtins();
		String newest = null;
		for (String name : BuiltinFormats.NAMES) {
			Resource resource = shipped.resource(BuiltinFormats.uri(name));
			EffectiveFormat format = resource == null || resource.getContents().isEmpty()
					|| !(resource.getContents().get(0) instanceof Format shippedFormat) ? null : formats.of(shippedFormat);
			if (format == null) {
				continue;
			}
			newest = name;
			Integer from = format.getFromYear();
			Integer to = format.getToYear();
			if ((from == null || from <= year) && (to == null || year <= to)) {
				return name;
			}
		}
		return newest;
	}

	/**
	 * @param previous the relative path of last year's report, or null
	 * @return the text of the new report, or null when the format is unknown
	 */
	public String create(String formatName, Map<URI, String> projectFiles, String body, int year, String previous) {
		XtextResourceSet set = load(projectFiles);
		Format format = BuiltinFormats.load(set, formatName);
		if (format == null) {
			for (Resource resource : new ArrayList<>(set.getResources())) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Format candidate && formatName.equals(candidate.getName())) {
						format = candidate;
					}
				}
			}
		}
		EffectiveFormat effective = formats.of(format);
		if (effective == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		text.append("report ").append(quote(body)).append(" year ").append(year).append(" format ")
				.append(formatName).append('\n');
		if (previous != null && !previous.isBlank()) {
			text.append("previous ").append(quote(previous)).append('\n');
		}
		text.append("title ").append(quote(body + year + "年政府信息公开工作年度报告")).append('\n');
		// the statistics period follows the year, as the reviewer's check reads it
		text.append("contact ").append(quote(org.gpr.review.ReviewEvaluator.periodSentence(year))).append('\n');
		for (EffectiveFormat.Section section : effective.getSections()) {
			text.append('\n');
			if (section.getLabel() != null) {
				text.append("// ").append(section.getLabel()).append('\n');
			}
			text.append("section ").append(section.getName()).append(" {\n");
			if (section.getTables().isEmpty()) {
				text.append("  paragraph \"\"\n");
			}
			for (EffectiveTable table : section.getTables()) {
				text.append("  table ").append(table.getName()).append(" {\n");
				List<Column> columns = table.getLeafColumns();
				for (Row row : table.getLeafRows()) {
					text.append("    ").append(row.getName());
					for (Column column : columns) {
						text.append(column.isTotal() ? " | _" : " _");
					}
					text.append('\n');
				}
				text.append("  }\n");
			}
			text.append("}\n");
		}
		return text.toString();
	}

	private XtextResourceSet load(Map<URI, String> files) {
		XtextResourceSet set = resourceSets.get();
		for (Map.Entry<URI, String> file : files.entrySet()) {
			Resource resource = set.createResource(file.getKey());
			try {
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
						set.getLoadOptions());
			} catch (IOException | RuntimeException e) {
				set.getResources().remove(resource);
			}
		}
		return set;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
