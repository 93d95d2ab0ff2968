package org.gpr.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.gpr.format.EffectiveTable.RowNode;
import org.gpr.gpr.AddRows;
import org.gpr.gpr.Format;
import org.gpr.gpr.FormatMember;
import org.gpr.gpr.FormatSection;
import org.gpr.gpr.FormatTable;
import org.gpr.gpr.RelabelRow;
import org.gpr.gpr.RemoveRow;
import org.gpr.gpr.ReplaceRow;
import org.gpr.gpr.Report;
import org.gpr.gpr.RowChange;
import org.gpr.gpr.RowDef;
import org.gpr.gpr.RowGroup;
import org.gpr.gpr.Rule;
import org.gpr.gpr.SectionExtension;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableExtension;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Computes the {@link EffectiveFormat} of a format: the format model every other service reads.
 * Results are cached per resource and dropped when the resource changes.
 */
@Singleton
public class FormatModel {

	@Inject
	private IResourceScopeCache cache;

	/** The effective format of a format, or null for null or an unresolved proxy. */
	public EffectiveFormat of(Format format) {
		if (format == null || format.eIsProxy() || format.eResource() == null) {
			return null;
		}
		Resource resource = format.eResource();
		return cache.get(Tuples.create(FormatModel.class, format), resource, () -> build(format));
	}

	/** The effective format of the report's format, or null when it does not resolve. */
	public EffectiveFormat of(Report report) {
		return report == null ? null : of(report.getFormat());
	}

	/** The effective format of the report or format that contains the object. */
	public EffectiveFormat forContext(EObject context) {
		Report report = EcoreUtil2.getContainerOfType(context, Report.class);
		if (report != null) {
			return of(report);
		}
		return of(EcoreUtil2.getContainerOfType(context, Format.class));
	}

	/** The effective table a report's table fills in, or null when its name does not resolve. */
	public EffectiveTable of(Table table) {
		if (table == null || table.getTable() == null || table.getTable().eIsProxy()) {
			return null;
		}
		EffectiveFormat format = forContext(table);
		return format == null ? null : format.findTable(table.getTable().getName());
	}

	/** The effective format of what the format extends (what its extensions change). */
	public EffectiveFormat base(Format format) {
		if (format == null) {
			return null;
		}
		Format base = format.getBase();
		if (base == null || base.eIsProxy() || base == format || chain(base).cyclic) {
			return null;
		}
		return of(base);
	}

	private record Chain(List<Format> formats, boolean cyclic) {
	}

	private static Chain chain(Format format) {
		List<Format> formats = new ArrayList<>();
		Set<Format> seen = new LinkedHashSet<>();
		Format current = format;
		boolean cyclic = false;
		while (current != null && !current.eIsProxy()) {
			if (!seen.add(current)) {
				cyclic = true;
				break;
			}
			formats.add(0, current);
			current = current.getBase();
		}
		return new Chain(formats, cyclic);
	}

	/** Mutable row tree used while applying extensions. */
	private static final class Node {
		final RowDef def;
		final List<Node> children = new ArrayList<>();

		Node(RowDef def) {
			this.def = def;
			if (def instanceof RowGroup group) {
				for (RowDef child : group.getRows()) {
					children.add(new Node(child));
				}
			}
		}
	}

	private static final class TableState {
		final FormatTable table;
		final List<Node> rows = new ArrayList<>();
		final List<Rule> rules = new ArrayList<>();
		final Map<RowDef, String> labels = new HashMap<>();

		TableState(FormatTable table) {
			this.table = table;
			for (RowDef def : table.getRows()) {
				rows.add(new Node(def));
			}
			rules.addAll(table.getRules());
		}
	}

	private EffectiveFormat build(Format format) {
		Chain chain = chain(format);
		Map<String, FormatSection> sections = new LinkedHashMap<>();
		Map<String, List<TableState>> sectionTables = new LinkedHashMap<>();
		Map<String, TableState> tables = new LinkedHashMap<>();
		for (Format f : chain.formats()) {
			for (FormatMember member : f.getMembers()) {
				if (member instanceof FormatSection section && section.getName() != null) {
					if (sections.putIfAbsent(section.getName(), section) == null) {
						sectionTables.put(section.getName(), new ArrayList<>());
						addTables(section.getTables(), sectionTables.get(section.getName()), tables);
					}
				} else if (member instanceof SectionExtension extension) {
					FormatSection target = extension.getSection();
					if (target != null && !target.eIsProxy() && sectionTables.containsKey(target.getName())) {
						addTables(extension.getTables(), sectionTables.get(target.getName()), tables);
					}
				} else if (member instanceof TableExtension extension) {
					FormatTable target = extension.getTable();
					if (target != null && !target.eIsProxy()) {
						TableState state = tables.get(target.getName());
						if (state != null) {
							apply(extension, state);
						}
					}
				}
			}
		}
		List<EffectiveFormat.Section> result = new ArrayList<>();
		for (Map.Entry<String, FormatSection> entry : sections.entrySet()) {
			List<EffectiveTable> effectiveTables = new ArrayList<>();
			for (TableState state : sectionTables.get(entry.getKey())) {
				effectiveTables.add(new EffectiveTable(state.table, freeze(state.rows, state.labels, 0), state.rules));
			}
			result.add(new EffectiveFormat.Section(entry.getValue(), effectiveTables));
		}
		return new EffectiveFormat(format, chain.formats(), chain.cyclic(), result);
	}

	private static void addTables(List<FormatTable> declared, List<TableState> into, Map<String, TableState> all) {
		for (FormatTable table : declared) {
			if (table.getName() != null && !all.containsKey(table.getName())) {
				TableState state = new TableState(table);
				all.put(table.getName(), state);
				into.add(state);
			}
		}
	}

	private static void apply(TableExtension extension, TableState state) {
		for (RowChange change : extension.getChanges()) {
			if (change instanceof AddRows add) {
				RowDef anchor = add.getAnchor();
				List<Node> created = new ArrayList<>();
				for (RowDef def : add.getRows()) {
					created.add(new Node(def));
				}
				if (add.getPosition() == org.gpr.gpr.Position.IN) {
					Node group = find(state.rows, anchor);
					if (group != null && group.def instanceof RowGroup) {
						group.children.addAll(created);
					}
				} else {
					List<Node> parent = parentList(state.rows, anchor);
					if (parent != null) {
						int index = indexOf(parent, anchor);
						parent.addAll(add.getPosition() == org.gpr.gpr.Position.AFTER ? index + 1 : index, created);
					}
				}
			} else if (change instanceof ReplaceRow replace) {
				List<Node> parent = parentList(state.rows, replace.getTarget());
				if (parent != null) {
					int index = indexOf(parent, replace.getTarget());
					parent.remove(index);
					List<Node> created = new ArrayList<>();
					for (RowDef def : replace.getRows()) {
						created.add(new Node(def));
					}
					parent.addAll(index, created);
				}
			} else if (change instanceof RemoveRow remove) {
				List<Node> parent = parentList(state.rows, remove.getTarget());
				if (parent != null) {
					parent.remove(indexOf(parent, remove.getTarget()));
				}
			} else if (change instanceof RelabelRow relabel) {
				if (relabel.getTarget() != null && !relabel.getTarget().eIsProxy()) {
					state.labels.put(relabel.getTarget(), relabel.getLabel());
				}
			}
		}
		state.rules.addAll(extension.getRules());
	}

	private static Node find(List<Node> level, RowDef def) {
		for (Node node : level) {
			if (node.def == def) {
				return node;
			}
			Node found = find(node.children, def);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static List<Node> parentList(List<Node> level, RowDef def) {
		if (def == null || def.eIsProxy()) {
			return null;
		}
		if (indexOf(level, def) >= 0) {
			return level;
		}
		for (Node node : level) {
			List<Node> found = parentList(node.children, def);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static int indexOf(List<Node> level, RowDef def) {
		for (int i = 0; i < level.size(); i++) {
			if (level.get(i).def == def) {
				return i;
			}
		}
		return -1;
	}

	private static List<RowNode> freeze(List<Node> level, Map<RowDef, String> labels, int depth) {
		List<RowNode> result = new ArrayList<>();
		for (Node node : level) {
			String label = labels.getOrDefault(node.def, node.def.getLabel());
			result.add(new RowNode(node.def, label, freeze(node.children, labels, depth + 1), depth));
		}
		return result;
	}
}
