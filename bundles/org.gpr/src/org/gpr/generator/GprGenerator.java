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
 * produce the same files. Formats generate nothing; neither does a report with errors. What the
 * author should know of the outputs (a character no font has) goes to a {@link GprGeneratorContext}
 * (the Eclipse builder's markers) or else to the log as a warning (the Maven plugin's build log).
 */
public class GprGenerator extends AbstractGenerator {

	private static final Logger LOG = Logger.getLogger(GprGenerator.class);

	@Inject
	private ReportRenderer renderer;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		Report report = ReportRenderer.reportOf(resource);
		if (report == null || !resource.getErrors().isEmpty() || context.getCancelIndicator().isCanceled()
				|| renderer.hasErrors(resource)) {
			return;
		}
		String base = ReportRenderer.baseName(resource.getURI().lastSegment() == null ? "report"
				: org.eclipse.emf.common.util.URI.decode(resource.getURI().lastSegment()));
		String name = resource.getURI().lastSegment() == null ? base
				: org.eclipse.emf.common.util.URI.decode(resource.getURI().lastSegment());
		Consumer<String> warnings = context instanceof GprGeneratorContext gpr ? gpr.warnings()
				: warning -> LOG.warn(name + ": " + warning);
		for (Map.Entry<String, byte[]> file : renderer.render(report, base, OutputKind.available(), warnings).entrySet()) {
			fsa.generateFile(file.getKey(), new ByteArrayInputStream(file.getValue()));
		}
	}
}
