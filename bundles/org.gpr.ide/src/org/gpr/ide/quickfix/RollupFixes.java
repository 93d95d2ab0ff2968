package org.gpr.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gpr.eval.CellValue;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.Rollup;
import org.gpr.eval.RollupEvaluator;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Column;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;

import com.google.inject.Inject;

/**
 * Fills an aggregate report's tables from its members: every cell that is not the members' sum
 * is set to the sum the {@link RollupEvaluator} computes, in one edit of the document.
 */
public class RollupFixes {

	@Inject
	private RollupEvaluator rollups;

	@Inject
	private Evaluator evaluator;

	@Inject
	private FormatModel formats;

	/** One text edit per cell that differs from the members' sum; none when the roll-up cannot be computed. */
	public List<TextEdit> fillTables(Report report, Document document) {
		List<TextEdit> edits = new ArrayList<>();
		if (report == null) {
			return edits;
		}
		RollupEvaluator.Link link = rollups.cached(report);
		Rollup rollup = link.rollup();
		Evaluation evaluation = evaluator.evaluate(report);
		if (rollup == null || evaluation.getData() == null || !rollup.leftOut().isEmpty()) {
			return edits;
		}
		for (ReportSection section : report.getSections()) {
			for (SectionItem item : section.getItems()) {
				if (!(item instanceof Table table)) {
					continue;
				}
				EffectiveTable declared = formats.of(table);
				if (declared == null || evaluation.getData().table(declared.getName()) != table) {
					continue;
				}
				List<Column> columns = declared.getLeafColumns();
				for (TableRow row : table.getRows()) {
					if (row.getRow() == null || row.getRow().eIsProxy()) {
						continue;
					}
					for (int i = 0; i < row.getCells().size() && i < columns.size(); i++) {
						Rollup.Total total = rollup.total(declared.getName(), row.getRow().getName(), columns.get(i).getName());
						CellValue written = evaluation.getData().value(declared.getName(), row.getRow().getName(),
								columns.get(i).getName());
						ICompositeNode node = NodeModelUtils.findActualNodeFor(row.getCells().get(i));
						if (total != null && node != null && written.kind() != CellValue.Kind.MISSING
								&& !total.matches(written)) {
							edits.add(new TextEdit(new Range(document.getPosition(node.getOffset()),
									document.getPosition(node.getEndOffset())), total.text()));
						}
					}
				}
			}
		}
		return edits;
	}
}
