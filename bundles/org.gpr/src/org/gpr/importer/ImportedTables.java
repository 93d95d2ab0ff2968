package org.gpr.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.NarrativeEvaluator;
import org.gpr.gpr.Report;

/**
 * The imported report's tables as the {@link Evaluator} reads them: the report (its tables, as the
 * importer will write them) is parsed beside its format, so that what the narrative states is
 * compared with what the tables imply — a blank 总计 is the sum of its parts, a blank the identities
 * do not determine cannot be compared — and not with blanks taken for 0.
 */
final class ImportedTables {

	private final NarrativeEvaluator evaluator;

	/** A value of the tables, and the expression it is, for a finding. */
	record Value(BigDecimal number, boolean derived) {
	}

	private ImportedTables(NarrativeEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	/** Parses the report's tables into the resource set (which holds its official format) and evaluates them. */
	static ImportedTables of(ImportedReport report, XtextResourceSet resourceSet, Evaluator evaluator) {
		GprWriter writer = new GprWriter();
		try {
			String extension = writer.extension(report);
			if (extension != null) {
				load(resourceSet, "import:/format.gpr", extension);
			}
			Resource resource = load(resourceSet, "import:/report.gpr", writer.report(report));
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Report parsed) {
				Evaluation evaluation = evaluator.evaluate(parsed);
				return new ImportedTables(new NarrativeEvaluator(evaluation));
			}
		} catch (IOException e) {
			// an in-memory text cannot fail to read; the tables then imply nothing
		}
		return new ImportedTables(null);
	}

	/** The tables of a report parsed from its file (last year's {@code .gpr}), evaluated. */
	static ImportedTables of(Report report, Evaluator evaluator) {
		return new ImportedTables(new NarrativeEvaluator(evaluator.evaluate(report)));
	}

	private static Resource load(XtextResourceSet resourceSet, String uri, String text) throws IOException {
		Resource resource = resourceSet.createResource(URI.createURI(uri));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	/**
	 * The value of a sum of {@code table.row.column} references as the tables imply it, or null when
	 * any term is not determined (a blank the identities leave open, "/", a missing row).
	 */
	Value value(String expression) {
		if (evaluator == null) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		boolean derived = false;
		for (String term : expression.split("\\+")) {
			String[] names = term.trim().split("\\.");
			NarrativeEvaluator.Implied implied = names.length == 3 ? evaluator.implied(names[0], names[1], names[2]) : null;
			if (implied == null) {
				return null;
			}
			sum = sum.add(implied.value());
			derived |= implied.derived();
		}
		return new Value(sum, derived);
	}
}
