package org.gpr.ui.tests;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.gpr.gpr.Report;

/**
 * A tiny generator bound in the tests' module in place of GprGenerator (which another branch
 * implements): one HTML page per report, so the tests see what the builder does with outputs.
 */
public class TestGenerator extends AbstractGenerator {

	static volatile int calls;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		calls++;
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Report report) {
			String name = resource.getURI().trimFileExtension().lastSegment();
			fsa.generateFile(name + ".html", "<html><body><h1>" + report.getTitle() + "</h1></body></html>\n");
		}
	}
}
