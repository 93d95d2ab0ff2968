package org.gpr.ide.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gpr.format.FormatModel;
import org.gpr.gpr.BlankCell;
import org.gpr.gpr.Cell;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.Element;
import org.gpr.gpr.Embed;
import org.gpr.gpr.Format;
import org.gpr.gpr.FormatSection;
import org.gpr.gpr.FormatTable;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.NotApplicableCell;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.Row;
import org.gpr.gpr.RowDef;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;
import org.gpr.gpr.Term;

import com.google.inject.Inject;

/**
 * Semantic highlighting of gpr: row and column names, totals (rows, columns and the cells of
 * total columns), blank and not-applicable cells, embedded narrative references, declared names.
 * Used by the Eclipse editor and, as Xtext's calculator, by any other client.
 */
public class SemanticHighlighter implements ISemanticHighlightingCalculator {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private FormatModel formats;

	public List<HighlightedRange> highlight(XtextResource resource, CancelIndicator cancel) {
		List<HighlightedRange> result = new ArrayList<>();
		provideHighlightingFor(resource, (offset, length, ids) -> {
			if (length > 0 && ids.length > 0) {
				result.add(new HighlightedRange(offset, length, ids[0]));
			}
		}, cancel);
		return result;
	}

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		Iterator<EObject> all = resource.getAllContents();
		int count = 0;
		while (all.hasNext()) {
			if ((++count & 255) == 0 && cancel != null && cancel.isCanceled()) {
				return;
			}
			EObject object = all.next();
			try {
				highlight(object, acceptor);
			} catch (RuntimeException e) {
				// one element that cannot be highlighted does not stop the others
			}
		}
	}

	private void highlight(EObject object, IHighlightedPositionAcceptor acceptor) {
		if (object instanceof Format) {
			feature(object, P.getFormat_Name(), HighlightingStyles.DECLARATION, acceptor);
		} else if (object instanceof FormatSection) {
			feature(object, P.getFormatSection_Name(), HighlightingStyles.DECLARATION, acceptor);
		} else if (object instanceof FormatTable) {
			feature(object, P.getFormatTable_Name(), HighlightingStyles.DECLARATION, acceptor);
		} else if (object instanceof Row row) {
			feature(object, P.getElement_Name(), row.isTotal() ? HighlightingStyles.TOTAL : HighlightingStyles.ROW, acceptor);
		} else if (object instanceof Column column) {
			feature(object, P.getElement_Name(), column.isTotal() ? HighlightingStyles.TOTAL : HighlightingStyles.COLUMN,
					acceptor);
		} else if (object instanceof RowDef) {
			feature(object, P.getElement_Name(), HighlightingStyles.ROW, acceptor);
		} else if (object instanceof ColumnDef) {
			feature(object, P.getElement_Name(), HighlightingStyles.COLUMN, acceptor);
		} else if (object instanceof Term term) {
			feature(object, P.getTerm_Element(), styleOf(term.getElement()), acceptor);
		} else if (object instanceof Report) {
			feature(object, P.getReport_Format(), HighlightingStyles.DECLARATION, acceptor);
		} else if (object instanceof ReportSection) {
			feature(object, P.getReportSection_Section(), HighlightingStyles.DECLARATION, acceptor);
		} else if (object instanceof Table) {
			feature(object, P.getTable_Table(), HighlightingStyles.DECLARATION, acceptor);
		} else if (object instanceof TableRow row) {
			Row declared = row.getRow();
			boolean total = declared != null && !declared.eIsProxy() && declared.isTotal();
			feature(object, P.getTableRow_Row(), total ? HighlightingStyles.TOTAL : HighlightingStyles.ROW, acceptor);
		} else if (object instanceof BlankCell) {
			node(object, HighlightingStyles.BLANK, acceptor);
		} else if (object instanceof NotApplicableCell) {
			node(object, HighlightingStyles.NOT_APPLICABLE, acceptor);
		} else if (object instanceof Cell cell) {
			Column column = formats.columnOf(cell);
			TableRow row = (TableRow) cell.eContainer();
			boolean totalRow = row.getRow() != null && !row.getRow().eIsProxy() && row.getRow().isTotal();
			if (column != null && column.isTotal() || totalRow) {
				node(object, HighlightingStyles.TOTAL, acceptor);
			}
		} else if (object instanceof Embed) {
			node(object, HighlightingStyles.REFERENCE, acceptor);
		}
	}

	private static String styleOf(Element element) {
		if (element instanceof Row row && !row.eIsProxy()) {
			return row.isTotal() ? HighlightingStyles.TOTAL : HighlightingStyles.ROW;
		}
		if (element instanceof Column column && !column.eIsProxy()) {
			return column.isTotal() ? HighlightingStyles.TOTAL : HighlightingStyles.COLUMN;
		}
		if (element instanceof ColumnDef) {
			return HighlightingStyles.COLUMN;
		}
		return HighlightingStyles.ROW;
	}

	private static void feature(EObject object, EStructuralFeature feature, String style,
			IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}

	private static void node(EObject object, String style, IHighlightedPositionAcceptor acceptor) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node != null) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
