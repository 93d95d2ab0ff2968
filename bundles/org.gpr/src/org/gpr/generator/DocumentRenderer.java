package org.gpr.generator;

import java.util.function.Consumer;

import org.gpr.eval.ReportData;
import org.gpr.format.EffectiveFormat;
import org.gpr.gpr.Report;

/**
 * A renderer of a publishable document (PDF, Word) that lives in a bundle of its own, so that the
 * language core and the editor do not load its libraries. Found by {@link DocumentRenderers}
 * through {@link java.util.ServiceLoader} (a flat class path: the command line, the
 * xtext-maven-plugin) or registered by the bundle that provides it (OSGi).
 */
public interface DocumentRenderer {

	/**
	 * What one report gives the renderer: the report, its format and values, its HTML page, a folder of
	 * fonts to search first (or null).
	 */
	record Input(Report report, EffectiveFormat format, ReportData data, ReportData previous, String baseName,
			String html, java.nio.file.Path fontFolder, Consumer<String> warnings) {
	}

	/**
	 * A document that cannot be made for a reason the author can act on (no font at all): one
	 * sentence, the same exit code as an unwritable output folder.
	 */
	class Failure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public Failure(String message) {
			super(message);
		}
	}

	OutputKind kind();

	/** The document's bytes. Problems the author should know of (a character no font has) go to warnings. */
	byte[] render(Input input);
}
