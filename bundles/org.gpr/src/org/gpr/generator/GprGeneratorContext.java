package org.gpr.generator;

import java.util.function.Consumer;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGeneratorContext;

/**
 * What a caller of gpr's Xtext generator may tell it beyond Xtext's context: that the resource
 * was validated just before and has no errors (the Eclipse builder validates each file for its
 * markers, so the generator need not validate it a second time), whether the HTML report
 * ends with the figures at a glance (数说年报, off in the official layout), and where to put what the
 * author should know of the outputs (a character no registered font has: the Eclipse builder turns
 * these into warning markers on the report).
 * <p>
 * A caller that passes Xtext's own context (the xtext-maven-plugin) gets the generator's defaults:
 * the resource is validated before anything is written, and the figures are on when the system
 * property {@value #FIGURES_PROPERTY} is {@code true} ({@code mvn -Dgpr.figures=true …}), and the
 * output warnings go to the log, which the plugin shows in the build log.
 */
public class GprGeneratorContext extends GeneratorContext {

	/** The system property that turns the figures on where no {@link GprGeneratorContext} is passed. */
	public static final String FIGURES_PROPERTY = "gpr.figures";

	private boolean validated;
	private boolean figures;
	private Consumer<String> warnings;

	public GprGeneratorContext() {
	}

	/** A context whose output warnings go to {@code warnings}. */
	public GprGeneratorContext(Consumer<String> warnings) {
		this.warnings = warnings;
	}

	/** Where the output warnings go, or {@code null} for the generator's log. */
	public Consumer<String> warnings() {
		return warnings;
	}

	public GprGeneratorContext setWarnings(Consumer<String> warnings) {
		this.warnings = warnings;
		return this;
	}

	/** Whether the resource was validated with every check and has no error. */
	public boolean isValidated() {
		return validated;
	}

	public GprGeneratorContext setValidated(boolean validated) {
		this.validated = validated;
		return this;
	}

	public boolean isFigures() {
		return figures;
	}

	public GprGeneratorContext setFigures(boolean figures) {
		this.figures = figures;
		return this;
	}

	/** Whether the resource still has to be validated before the generator writes anything. */
	static boolean needsValidation(IGeneratorContext context) {
		return !(context instanceof GprGeneratorContext gpr && gpr.isValidated());
	}

	/** Where the output warnings go: the context's sink, else {@code otherwise} (the generator's log). */
	static Consumer<String> warnings(IGeneratorContext context, Consumer<String> otherwise) {
		return context instanceof GprGeneratorContext gpr && gpr.warnings() != null ? gpr.warnings() : otherwise;
	}

	/** Whether the figures are asked for: by the context, else by the system property. */
	static boolean figures(IGeneratorContext context) {
		if (context instanceof GprGeneratorContext gpr) {
			return gpr.isFigures();
		}
		return Boolean.parseBoolean(System.getProperty(FIGURES_PROPERTY, "false").trim());
	}
}
