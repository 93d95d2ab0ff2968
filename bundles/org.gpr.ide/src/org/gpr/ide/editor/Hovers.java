package org.gpr.ide.editor;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.gpr.Messages;
import org.gpr.eval.Check;
import org.gpr.eval.Derivation;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.Operand;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Cell;
import org.gpr.gpr.CellRef;
import org.gpr.gpr.Column;
import org.gpr.gpr.Element;
import org.gpr.gpr.Report;
import org.gpr.gpr.Row;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;

import com.google.inject.Inject;

/**
 * Hover text on a cell or a row name: the official labels and every identity the cell takes part
 * in, with its computed value. Plain text, one fact a line.
 */
public class Hovers {

	@Inject
	private FormatModel formats;

	@Inject
	private Evaluator evaluator;

	/** A hover: the text and the region it is about. */
	public record Hover(String text, int offset, int length) {
	}

	public Hover at(XtextResource resource, int offset) {
		if (resource == null || resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		EObject object = NodeModelUtils.findActualSemanticObjectFor(leaf);
		String text = null;
		if (object instanceof Cell cell) {
			text = cell(cell);
		} else if (object instanceof TableRow row) {
			text = row(row);
		} else if (object instanceof CellRef ref) {
			text = reference(ref);
		} else if (object instanceof org.gpr.gpr.Change change) {
			text = change(change);
		}
		return text == null ? null : new Hover(text, leaf.getOffset(), leaf.getLength());
	}

	private String row(TableRow row) {
		Table table = (Table) row.eContainer();
		EffectiveTable declared = formats.of(table);
		if (declared == null || row.getRow() == null || row.getRow().eIsProxy()) {
			return null;
		}
		return declared.getLabel() + "\n" + declared.labelOf(row.getRow());
	}

	private String reference(CellRef ref) {
		if (ref.getTable() == null || ref.getTable().eIsProxy()) {
			return null;
		}
		EffectiveTable declared = formats.forContext(ref) == null ? null : formats.forContext(ref).findTable(ref.getTable().getName());
		if (declared == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(declared.getLabel());
		if (ref.getRow() != null && !ref.getRow().eIsProxy()) {
			text.append("\n").append(declared.labelOf(ref.getRow()));
		}
		if (ref.getColumn() != null && !ref.getColumn().eIsProxy()) {
			text.append("\n").append(declared.labelOf(ref.getColumn()));
		}
		// both years' values: this year's report and last year's (when it is linked)
		Report report = EcoreUtil2.getContainerOfType(ref, Report.class);
		if (report != null) {
			org.gpr.eval.Evaluation evaluation = evaluator.evaluate(report);
			text.append("\n").append(org.gpr.Messages.get("hover.thisYear",
					org.gpr.eval.NarrativeEvaluator.valueIn(evaluation.getData(), ref).display()));
			if (evaluation.getPrevious() != null) {
				text.append("\n").append(org.gpr.Messages.get("hover.lastYear",
						org.gpr.eval.NarrativeEvaluator.valueIn(evaluation.getPrevious(), ref).display()));
			}
		}
		return text.toString();
	}

	/** A change from last year: the value of each year and the change as the report says it. */
	private String change(org.gpr.gpr.Change change) {
		Report report = EcoreUtil2.getContainerOfType(change, Report.class);
		if (report == null) {
			return null;
		}
		org.gpr.eval.NarrativeEvaluator narrative = new org.gpr.eval.NarrativeEvaluator(evaluator.evaluate(report));
		return org.gpr.Messages.get("hover.thisYear", narrative.evaluate(change.getValue()).display()) + "\n"
				+ org.gpr.Messages.get("hover.lastYear", narrative.baseOf(change).display()) + "\n"
				+ org.gpr.Messages.get("hover.change", narrative.evaluate(change).display());
	}

	private String cell(Cell cell) {
		TableRow row = EcoreUtil2.getContainerOfType(cell, TableRow.class);
		Table table = EcoreUtil2.getContainerOfType(cell, Table.class);
		EffectiveTable declared = formats.of(table);
		Column column = formats.columnOf(cell);
		if (declared == null || row == null || row.getRow() == null || row.getRow().eIsProxy() || column == null) {
			return null;
		}
		Row rowDef = row.getRow();
		StringBuilder text = new StringBuilder();
		text.append(declared.getLabel()).append("\n");
		text.append(declared.labelOf(rowDef)).append(" · ").append(declared.labelOf(column));
		Report report = EcoreUtil2.getContainerOfType(cell, Report.class);
		Evaluation evaluation = evaluator.evaluate(report);
		Derivation derivation = evaluation.derivation(cell);
		if (derivation != null) {
			String rule = derivation.check().getRule().getLabel() != null ? derivation.check().getRule().getLabel()
					: derivation.check().getRule().getName();
			text.append("\n").append(Messages.get("hover.derived", derivation.value().toPlainString(), rule));
		}
		for (Check check : evaluation.getChecks()) {
			if (check.getTable() != declared) {
				continue;
			}
			boolean involved = false;
			for (Operand operand : check.getOperands()) {
				if (!operand.previous() && operand.row() == rowDef && operand.column() == column) {
					involved = true;
					break;
				}
			}
			if (!involved) {
				continue;
			}
			text.append("\n\n").append(check.getRule().getLabel() != null ? check.getRule().getLabel() : check.getRule().getName());
			Element along = check.getAlong();
			if (along != null) {
				text.append("（").append(declared.labelOf(along)).append("）");
			}
			text.append("\n").append(value(check.getLeft())).append(" ").append(check.getRule().getRelation().getLiteral())
					.append(" ").append(value(check.getRight())).append("  ").append(status(check));
			if (check.isBroken() && check.getCulprit() != null && check.getExpected() != null
					&& check.getCulprit().row() == rowDef && check.getCulprit().column() == column) {
				text.append("\n→ ").append(check.getExpected().toPlainString());
			}
		}
		return text.toString();
	}

	private static String value(BigDecimal value) {
		return value == null ? "—" : value.toPlainString();
	}

	private static String status(Check check) {
		return switch (check.getStatus()) {
		case HOLDS -> "✓";
		case BROKEN -> "✗";
		case SKIPPED -> "—";
		};
	}
}
