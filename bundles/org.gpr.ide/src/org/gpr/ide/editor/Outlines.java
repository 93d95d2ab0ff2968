package org.gpr.ide.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.gpr.gpr.Format;
import org.gpr.gpr.FormatMember;
import org.gpr.gpr.FormatSection;
import org.gpr.gpr.FormatTable;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.SectionExtension;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableExtension;

/** The outline of a gpr file: its sections and their tables, in document order. */
public class Outlines {

	private static final GprPackage P = GprPackage.eINSTANCE;

	public List<OutlineNode> of(XtextResource resource) {
		List<OutlineNode> result = new ArrayList<>();
		if (resource == null || resource.getContents().isEmpty()) {
			return result;
		}
		EObject root = resource.getContents().get(0);
		if (root instanceof Report report) {
			for (ReportSection section : report.getSections()) {
				List<OutlineNode> tables = new ArrayList<>();
				for (SectionItem item : section.getItems()) {
					if (item instanceof Table table) {
						String name = text(table, P.getTable_Table());
						tables.add(node(table, name, "table", P.getTable_Table(), List.of()));
					}
				}
				String name = text(section, P.getReportSection_Section());
				OutlineNode node = node(section, name, "section", P.getReportSection_Section(), tables);
				if (node != null) {
					result.add(node);
				}
			}
			result.removeIf(n -> n == null);
		} else if (root instanceof Format format) {
			for (FormatMember member : format.getMembers()) {
				if (member instanceof FormatSection section) {
					result.add(node(section, section.getName(), "section", P.getFormatSection_Name(), tables(section.getTables())));
				} else if (member instanceof SectionExtension extension) {
					result.add(node(extension, "extend " + text(extension, P.getSectionExtension_Section()), "section",
							P.getSectionExtension_Section(), tables(extension.getTables())));
				} else if (member instanceof TableExtension extension) {
					result.add(node(extension, "extend " + text(extension, P.getTableExtension_Table()), "table",
							P.getTableExtension_Table(), List.of()));
				}
			}
			result.removeIf(n -> n == null);
		}
		return result;
	}

	private List<OutlineNode> tables(List<FormatTable> tables) {
		List<OutlineNode> result = new ArrayList<>();
		for (FormatTable table : tables) {
			OutlineNode node = node(table, table.getName(), "table", P.getFormatTable_Name(), List.of());
			if (node != null) {
				result.add(node);
			}
		}
		return result;
	}

	private static String text(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static OutlineNode node(EObject object, String label, String kind, EStructuralFeature nameFeature,
			List<OutlineNode> children) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return null;
		}
		List<INode> names = NodeModelUtils.findNodesForFeature(object, nameFeature);
		int nameOffset = names.isEmpty() ? node.getOffset() : names.get(0).getOffset();
		int nameLength = names.isEmpty() ? 0 : names.get(0).getLength();
		return new OutlineNode(label == null ? "?" : label, kind, node.getOffset(), node.getLength(), nameOffset,
				nameLength, List.copyOf(children));
	}
}
