package org.gpr.ide.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gpr.Messages;
import org.gpr.eval.RollupMessages;
import org.gpr.gpr.Report;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Row;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;
import org.gpr.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * The quick fixes of gpr, written once against Xtext's IDE-neutral API: the Eclipse editor and
 * every language-server client offer the same fixes. Values come from the issue data the
 * validator computed; no fix recomputes an identity.
 */
public class GprQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@Inject
	private FormatModel formats;

	@QuickFix(IssueCodes.IDENTITY_BROKEN)
	public void setToComputedValue(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.setComputed"), (diagnostic, object, document) -> replaceWithData(diagnostic, document));
	}

	@QuickFix(IssueCodes.CROSS_YEAR_MISMATCH)
	public void setFromPreviousReport(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.setPrevious"), (diagnostic, object, document) -> replaceWithData(diagnostic, document));
	}

	@QuickFix(IssueCodes.BLANK_IN_IDENTITY)
	public void fillBlank(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.fillComputed"), (diagnostic, object, document) -> replaceWithData(diagnostic, document));
		acceptor.accept(Messages.get("fix.fillZero"), (diagnostic, object, document) -> List.of(new TextEdit(diagnostic.getRange(), "0")));
	}

	/** An instruction of the template is removed; what is around it stays as it was. */
	@QuickFix(IssueCodes.LEFTOVER_INSTRUCTION)
	public void removeLeftover(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.removeLeftover"), (diagnostic, object, document) -> {
			// a paragraph, heading or item that holds nothing but the instruction goes with it
			org.gpr.gpr.SectionItem item = EcoreUtil2.getContainerOfType(object, org.gpr.gpr.SectionItem.class);
			org.gpr.gpr.Text text = item instanceof org.gpr.gpr.Paragraph p ? p.getText()
					: item instanceof org.gpr.gpr.Heading h ? h.getText() : null;
			if (text != null && text.getParts().size() == 1
					&& text.getParts().get(0) instanceof org.gpr.gpr.Literal literal) {
				ICompositeNode literalNode = NodeModelUtils.findActualNodeFor(literal);
				ICompositeNode itemNode = NodeModelUtils.findActualNodeFor(item);
				int start = document.getOffSet(diagnostic.getRange().getStart());
				int end = document.getOffSet(diagnostic.getRange().getEnd());
				if (literalNode != null && itemNode != null && start == literalNode.getOffset() + 1
						&& end == literalNode.getEndOffset() - 1) {
					String contents = document.getContents();
					return List.of(new TextEdit(range(document, lineStart(contents, itemNode.getOffset()),
							lineEnd(contents, itemNode.getEndOffset())), ""));
				}
			}
			return List.of(new TextEdit(diagnostic.getRange(), ""));
		});
	}

	/** The title's year (or the statistics period's) becomes the report year (issue data). */
	@QuickFix(IssueCodes.TITLE_YEAR)
	public void setTitleYear(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.titleYear"), (diagnostic, object, document) -> replaceWithData(diagnostic, document));
	}

	@QuickFix(IssueCodes.TITLE_YEAR_INVALID)
	public void setTitleYearInDigits(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.titleYear"), (diagnostic, object, document) -> replaceWithData(diagnostic, document));
	}

	/** The statistics period's year becomes the report year (issue data). */
	@QuickFix(IssueCodes.PERIOD_MISMATCH)
	public void setPeriodYear(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.periodYear"), (diagnostic, object, document) -> replaceWithData(diagnostic, document));
	}

	/** A 万元 amount written in 元 becomes the amount in 万元 (issue data). */
	@QuickFix(IssueCodes.MONEY_UNIT)
	public void setAmountInWan(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.moneyUnit"), (diagnostic, object, document) -> replaceWithData(diagnostic, document));
	}

	/** An acceptance that covers no warning any more is removed with its line. */
	@QuickFix(IssueCodes.STALE_ACCEPTANCE)
	public void removeStaleAcceptance(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.removeAcceptance"), (diagnostic, object, document) -> {
			org.gpr.gpr.Acceptance acceptance = EcoreUtil2.getContainerOfType(object, org.gpr.gpr.Acceptance.class);
			ICompositeNode node = acceptance == null ? null : NodeModelUtils.findActualNodeFor(acceptance);
			if (node == null) {
				return List.<TextEdit>of();
			}
			String text = document.getContents();
			int start = lineStart(text, node.getOffset());
			int end = lineEnd(text, node.getEndOffset());
			if (!text.substring(start, node.getOffset()).isBlank() || !text.substring(node.getEndOffset(), end).isBlank()) {
				// something else on its line: only the acceptance goes
				return List.of(new TextEdit(range(document, node.getOffset(), node.getEndOffset()), ""));
			}
			return List.of(new TextEdit(range(document, start, end), ""));
		});
	}

	/** The sentence of the statistics period (issue data) is added at the end of the contact paragraph. */
	@QuickFix(IssueCodes.PERIOD_MISSING)
	public void addPeriod(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.addPeriod"), (diagnostic, object, document) -> {
			org.gpr.gpr.Report report = EcoreUtil2.getContainerOfType(object, org.gpr.gpr.Report.class);
			if (report == null || report.getContact() == null || report.getContact().getParts().isEmpty()
					|| diagnostic.getData() == null) {
				return List.<TextEdit>of();
			}
			org.gpr.gpr.TextPart last = report.getContact().getParts().get(report.getContact().getParts().size() - 1);
			ICompositeNode node = NodeModelUtils.findActualNodeFor(last);
			String sentence = IssueData.first(diagnostic);
			if (node == null || sentence == null) {
				return List.<TextEdit>of();
			}
			if (last instanceof org.gpr.gpr.Literal) {
				// inside the closing quote of the last string
				int end = node.getEndOffset() - 1;
				return List.of(new TextEdit(range(document, end, end), sentence));
			}
			int end = node.getEndOffset();
			return List.of(new TextEdit(range(document, end, end), " \"" + sentence + "\""));
		});
	}

	@Inject
	private RollupFixes rollupFixes;

	@QuickFix(IssueCodes.ROLLUP_MISMATCH)
	public void fillFromMembers(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(RollupMessages.get("fix.rollupCell"), (diagnostic, object, document) -> replaceWithData(diagnostic, document));
		acceptor.accept(RollupMessages.get("fix.rollupAll"), (diagnostic, object, document) -> rollupFixes
				.fillTables(EcoreUtil2.getContainerOfType(object, Report.class), document));
	}

	@QuickFix(IssueCodes.BLANK_DERIVED)
	public void fillDerived(DiagnosticResolutionAcceptor acceptor) {
		fillBlank(acceptor);
	}

	@QuickFix(IssueCodes.DUPLICATE_ROW)
	public void removeDuplicateRow(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.removeRow"), (diagnostic, object, document) -> {
			TableRow row = EcoreUtil2.getContainerOfType(object, TableRow.class);
			ICompositeNode node = row == null ? null : NodeModelUtils.findActualNodeFor(row);
			if (node == null) {
				return List.of();
			}
			String text = document.getContents();
			int start = lineStart(text, node.getOffset());
			int end = lineEnd(text, node.getEndOffset());
			return List.of(new TextEdit(range(document, start, end), ""));
		});
	}

	@QuickFix(IssueCodes.MISSING_ROWS)
	public void addMissingRows(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.get("fix.addRows"), (diagnostic, object, document) -> {
			Table table = EcoreUtil2.getContainerOfType(object, Table.class);
			EffectiveTable declared = formats.of(table);
			return table == null || declared == null ? List.<TextEdit>of() : addRows(table, declared, document);
		});
	}

	/** One insertion per place: each missing row goes after the present row that precedes it officially. */
	private static List<TextEdit> addRows(Table table, EffectiveTable declared, Document document) {
		String text = document.getContents();
		Map<Row, TableRow> present = new LinkedHashMap<>();
		for (TableRow row : table.getRows()) {
			if (row.getRow() != null && !row.getRow().eIsProxy()) {
				present.putIfAbsent(row.getRow(), row);
			}
		}
		String indent = indentOf(table, text);
		String cells = " 0".repeat(declared.getLeafColumns().size());
		Map<Integer, StringBuilder> insertions = new LinkedHashMap<>();
		TableRow previous = null;
		for (Row row : declared.getLeafRows()) {
			TableRow found = present.get(row);
			if (found != null) {
				previous = found;
				continue;
			}
			String line = indent + row.getName() + cells + "\n";
			if (previous == null) {
				int at = firstRowLineStart(table, text);
				insertions.computeIfAbsent(at, k -> new StringBuilder()).append(line);
			} else {
				int at = lineEnd(text, NodeModelUtils.findActualNodeFor(previous).getEndOffset());
				insertions.computeIfAbsent(at, k -> new StringBuilder()).append(line);
			}
		}
		List<TextEdit> edits = new ArrayList<>();
		for (Map.Entry<Integer, StringBuilder> entry : insertions.entrySet()) {
			edits.add(new TextEdit(range(document, entry.getKey(), entry.getKey()), entry.getValue().toString()));
		}
		return edits;
	}

	/** Where the first row line starts, or the line of the table's closing brace when it has no rows. */
	private static int firstRowLineStart(Table table, String text) {
		if (!table.getRows().isEmpty()) {
			return lineStart(text, NodeModelUtils.findActualNodeFor(table.getRows().get(0)).getOffset());
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(table);
		int close = text.lastIndexOf('}', node.getEndOffset() - 1);
		int start = lineStart(text, close);
		return text.substring(start, close).isBlank() ? start : close;
	}

	private static String indentOf(Table table, String text) {
		if (!table.getRows().isEmpty()) {
			int offset = NodeModelUtils.findActualNodeFor(table.getRows().get(0)).getOffset();
			return text.substring(lineStart(text, offset), offset);
		}
		int offset = NodeModelUtils.findActualNodeFor(table).getOffset();
		return text.substring(lineStart(text, offset), offset) + "  ";
	}

	private static List<TextEdit> replaceWithData(Diagnostic diagnostic, Document document) {
		String value = IssueData.first(diagnostic);
		return value == null ? List.of() : List.of(new TextEdit(diagnostic.getRange(), value));
	}

	private static int lineStart(String text, int offset) {
		int at = offset;
		while (at > 0 && text.charAt(at - 1) != '\n') {
			at--;
		}
		return at;
	}

	/** The offset after the line break that ends the line holding {@code offset}. */
	private static int lineEnd(String text, int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline + 1;
	}

	private static Range range(Document document, int start, int end) {
		return new Range(document.getPosition(start), document.getPosition(end));
	}
}
