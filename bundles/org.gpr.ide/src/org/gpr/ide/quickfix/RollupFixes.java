package org.gpr.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.gpr.eval.Rollup;
import org.gpr.eval.RollupEvaluator;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.FormatModel;
import org.gpr.generator.RollupWriter;
import org.gpr.gpr.Report;

import com.google.inject.Inject;

/**
 * Fills an aggregate report's tables from its members with the refill {@code gpr rollup} does
 * ({@link RollupWriter#refillEdits}): every table of the format written again from the sums the
 * {@link RollupEvaluator} computes, a table or section the file lacks added at its place, the
 * rest of the text kept; one text edit for each change.
 */
public class RollupFixes {

	@Inject
	private RollupEvaluator rollups;

	@Inject
	private FormatModel formats;

	/**
	 * The edits of the refill; none when the roll-up cannot be computed, when members are left out
	 * of it (its sums would be incomplete), or when the text has syntax errors (its tables cannot be
	 * found reliably).
	 */
	public List<TextEdit> fillTables(Report report, Document document) {
		List<TextEdit> edits = new ArrayList<>();
		if (report == null || !(report.eResource() instanceof XtextResource resource)
				|| resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return edits;
		}
		Rollup rollup = rollups.cached(report).rollup();
		EffectiveFormat format = formats.of(report);
		if (rollup == null || format == null || !rollup.leftOut().isEmpty()) {
			return edits;
		}
		for (RollupWriter.Edit edit : RollupWriter.refillEdits(document.getContents(), report, rollup, format,
				report.getRollup())) {
			edits.add(new TextEdit(new Range(document.getPosition(edit.start()), document.getPosition(edit.end())),
					edit.text()));
		}
		return edits;
	}
}
