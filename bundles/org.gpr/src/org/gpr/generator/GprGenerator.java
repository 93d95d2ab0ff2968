package org.gpr.generator;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.log4j.Logger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.gpr.gpr.Report;

import com.google.inject.Inject;

/**
 * Xtext's generator for .gpr files: for a report, writes what {@code gpr generate} writes (the
 * HTML report, a CSV per table, the XLSX workbook, the JSON document and, where org.gpr.publish is
 * installed, the PDF and the Word document) through the file system
 * access it is given, so that the xtext-maven-plugin, the Eclipse builder and the command line
 * produce the same files. Formats generate nothing; neither does a report with errors. The HTML
 * ends with the figures at a glance (数说年报) when the {@link GprGeneratorContext} asks for them
 * (the Eclipse builder: the project's {@code figures} setting) or, with Xtext's own context (the
 * xtext-maven-plugin), when the system property {@code gpr.figures} is true. What the author should
 * know of the outputs (a character no font has) goes to the {@link GprGeneratorContext}'s warnings
 * (the Eclipse builder's markers) or else to the log as a warning (the Maven plugin's build log).
 */
public class GprGenerator extends AbstractGenerator {

	private static final Logger LOG = Logger.getLogger(GprGenerator.class);

	@Inject
	private ReportRenderer renderer;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		Report report = ReportRenderer.reportOf(resource);
		// the Eclipse builder has just validated the resource for its markers (GprGeneratorContext)
		if (report == null || !resource.getErrors().isEmpty() || context.getCancelIndicator().isCanceled()
				|| (GprGeneratorContext.needsValidation(context) && renderer.hasErrors(resource))) {
			return;
		}
		String name = resource.getURI().lastSegment() == null ? "report"
				: org.eclipse.emf.common.util.URI.decode(resource.getURI().lastSegment());
		Consumer<String> warnings = GprGeneratorContext.warnings(context, warning -> LOG.warn(name + ": " + warning));
		for (Map.Entry<String, byte[]> file : renderer.render(report, ReportRenderer.baseName(name), OutputKind.available(),
				GprGeneratorContext.figures(context), warnings).entrySet()) {
			fsa.generateFile(file.getKey(), new ByteArrayInputStream(file.getValue()));
		}
	}
}
