package org.gpr.generator;

import java.util.function.Consumer;

import org.eclipse.xtext.generator.GeneratorContext;

/**
 * A generator context that takes what the author should know of the outputs (a character no
 * registered font has): the Eclipse builder turns these into warning markers on the report.
 * Without it ({@link GprGenerator} run by the xtext-maven-plugin) the warnings go to the log,
 * which the plugin shows as Maven build warnings.
 */
public class GprGeneratorContext extends GeneratorContext {

	private final Consumer<String> warnings;

	public GprGeneratorContext(Consumer<String> warnings) {
		this.warnings = warnings;
	}

	public Consumer<String> warnings() {
		return warnings;
	}
}
