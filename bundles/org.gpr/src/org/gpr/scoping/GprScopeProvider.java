package org.gpr.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.Tuples;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatLibrary;
import org.gpr.format.FormatModel;
import org.gpr.gpr.CellRef;
import org.gpr.gpr.Direction;
import org.gpr.gpr.Format;
import org.gpr.gpr.FormatTable;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.RowChange;
import org.gpr.gpr.RowDef;
import org.gpr.gpr.Rule;
import org.gpr.gpr.SectionExtension;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableExtension;
import org.gpr.gpr.TableRow;

import com.google.common.base.Predicates;
import com.google.inject.Inject;

/**
 * Row, column, table and section names are references into the effective format of the report
 * (or, inside a format, of the format itself or the format it extends). Format names resolve
 * to the shipped formats first, then to formats of the project.
 */
public class GprScopeProvider extends AbstractGprScopeProvider {

	private static final GprPackage P = GprPackage.eINSTANCE;

	/**
	 * The references this provider resolves within an effective format alone (each has its own
	 * branch in {@link #getScope}, taken whatever the context), never through the global scope.
	 */
	private static final Set<EReference> LOCAL = Set.of(P.getReportSection_Section(), P.getTable_Table(),
			P.getTableRow_Row(), P.getAcceptance_Row(), P.getAcceptance_Column(), P.getTopicRule_Section(),
			P.getNoneRule_Sections(), P.getCellRef_Table(), P.getCellRef_Row(), P.getCellRef_Column(),
			P.getTerm_Element(), P.getTableExtension_Table(), P.getSectionExtension_Section());

	/** Whether the reference is resolved within an effective format alone (see {@link GprLinkingService}). */
	public static boolean isLocal(EReference reference) {
		return LOCAL.contains(reference);
	}

	/**
	 * The keys of the scopes kept in an effective format's or table's memo: one object each, so
	 * that a look-up (one per reference of a report) neither allocates a key nor compares one.
	 */
	private static final Object LEAF_ROWS = Tuples.create(GprScopeProvider.class, "leafRows");
	private static final Object LEAF_COLUMNS = Tuples.create(GprScopeProvider.class, "leafColumns");
	private static final Object ROWS = Tuples.create(GprScopeProvider.class, "rows");
	private static final Object COLUMNS = Tuples.create(GprScopeProvider.class, "columns");
	private static final Object TABLES = Tuples.create(GprScopeProvider.class, "tables");
	private static final Object SECTIONS = Tuples.create(GprScopeProvider.class, "sections");

	@Inject
	private FormatModel formats;

	@Inject
	private IGlobalScopeProvider globalScopes;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == P.getReport_Format() || reference == P.getFormat_Base() || reference == P.getRoster_Format()) {
			if (context.eResource() == null || context.eResource().getResourceSet() == null) {
				return IScope.NULLSCOPE;
			}
			// formats of other files only: a file holds one report or one format, and indexing the
			// names of a whole report (as the default local scope does) costs as much as validating it;
			// the formats of a library the resource set is over come before its own resources
			ResourceSet set = context.eResource().getResourceSet();
			IScope global = globalScopes.getScope(context.eResource(), reference, Predicates.alwaysTrue());
			// the names looked up are the resource's imported names (as a delegating scope provider's
			// global scope records them), so that builders check a report again when its format changes
			ImportedNamesAdapter imported = ImportedNamesAdapter.find(context.eResource());
			IScope project = FormatLibrary.scope(set, imported == null ? global : imported.wrap(global));
			return new BuiltinFormatScope(set, project);
		}
		if (reference == P.getReportSection_Section()) {
			return sections(formats.forContext(context));
		}
		if (reference == P.getTable_Table()) {
			return tablesOfSection(context);
		}
		if (reference == P.getTableRow_Row()) {
			EffectiveTable table = formats.of(EcoreUtil2.getContainerOfType(context, Table.class));
			return table == null ? IScope.NULLSCOPE : cached(table, LEAF_ROWS, () -> table.getLeafRows());
		}
		if (reference == P.getAcceptance_Row() || reference == P.getAcceptance_Column()) {
			EffectiveTable table = formats.of(EcoreUtil2.getContainerOfType(context, Table.class));
			if (table == null) {
				return IScope.NULLSCOPE;
			}
			return reference == P.getAcceptance_Row() ? cached(table, LEAF_ROWS, () -> table.getLeafRows())
					: cached(table, LEAF_COLUMNS, () -> table.getLeafColumns());
		}
		if (reference == P.getTopicRule_Section() || reference == P.getNoneRule_Sections()) {
			return sections(formats.forContext(context));
		}
		if (reference == P.getCellRef_Table()) {
			EffectiveFormat format = formats.forContext(context);
			return format == null ? IScope.NULLSCOPE
					: format.memo(TABLES, () -> MapBasedScope.createScope(
							IScope.NULLSCOPE, Scopes.scopedElementsFor(format.getTables().stream().map(EffectiveTable::getTable).toList())));
		}
		if (reference == P.getCellRef_Row() || reference == P.getCellRef_Column()) {
			EffectiveTable table = cellRefTable(context);
			if (table == null) {
				return IScope.NULLSCOPE;
			}
			return reference == P.getCellRef_Row() ? cached(table, ROWS, () -> table.getRowDefs())
					: cached(table, COLUMNS, () -> table.getColumnDefs());
		}
		if (reference == P.getTerm_Element()) {
			return ruleScope(context);
		}
		if (reference == P.getTableExtension_Table()) {
			EffectiveFormat base = formats.base(EcoreUtil2.getContainerOfType(context, Format.class));
			return base == null ? IScope.NULLSCOPE
					: Scopes.scopeFor(base.getTables().stream().map(EffectiveTable::getTable).toList());
		}
		if (reference == P.getSectionExtension_Section()) {
			EffectiveFormat base = formats.base(EcoreUtil2.getContainerOfType(context, Format.class));
			return base == null ? IScope.NULLSCOPE
					: Scopes.scopeFor(base.getSections().stream().map(EffectiveFormat.Section::getSection).toList());
		}
		if (context instanceof RowChange || EcoreUtil2.getContainerOfType(context, RowChange.class) != null) {
			return rowChangeScope(context);
		}
		return super.getScope(context, reference);
	}

	/**
	 * A scope of a table's rows or columns with constant-time lookup, built once per effective
	 * table (that is, per parse of its format): a report links every row name, and a linear scope
	 * rebuilt per name would make linking quadratic in the number of rows. The scope holds only the
	 * format's elements, so every report (and every parse of it) checked against the format shares it.
	 */
	private static IScope cached(EffectiveTable table, Object key,
			java.util.function.Supplier<List<? extends EObject>> elements) {
		// the elements are listed only when the scope is built (a table's rows are copied into a new list)
		return table.memo(key,
				() -> MapBasedScope.createScope(IScope.NULLSCOPE, Scopes.scopedElementsFor(elements.get())));
	}

	private IScope tablesOfSection(EObject context) {
		ReportSection section = EcoreUtil2.getContainerOfType(context, ReportSection.class);
		EffectiveFormat format = formats.forContext(context);
		if (section == null || format == null || section.getSection() == null || section.getSection().eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		EffectiveFormat.Section effective = format.findSection(section.getSection().getName());
		return effective == null ? IScope.NULLSCOPE
				: format.memo(Tuples.create(GprScopeProvider.class, "tablesOf", effective.getName()),
						() -> MapBasedScope.createScope(IScope.NULLSCOPE, Scopes.scopedElementsFor(
								effective.getTables().stream().map(EffectiveTable::getTable).toList())));
	}

	/**
	 * The format's sections with constant-time lookup, built once per effective format (as the
	 * rows' scopes are): every section of every report checked against the format links its name
	 * here, and a scope rebuilt per reference lists and names every section again.
	 */
	private static IScope sections(EffectiveFormat format) {
		return format == null ? IScope.NULLSCOPE
				: format.memo(SECTIONS, () -> MapBasedScope.createScope(
						IScope.NULLSCOPE, Scopes.scopedElementsFor(
								format.getSections().stream().map(EffectiveFormat.Section::getSection).toList())));
	}

	private EffectiveTable cellRefTable(EObject context) {
		CellRef ref = EcoreUtil2.getContainerOfType(context, CellRef.class);
		EffectiveFormat format = formats.forContext(context);
		if (ref == null || format == null || ref.getTable() == null || ref.getTable().eIsProxy()) {
			return null;
		}
		return format.findTable(ref.getTable().getName());
	}

	private IScope ruleScope(EObject context) {
		Rule rule = EcoreUtil2.getContainerOfType(context, Rule.class);
		Format format = EcoreUtil2.getContainerOfType(context, Format.class);
		EffectiveFormat effective = formats.of(format);
		if (rule == null || effective == null) {
			return IScope.NULLSCOPE;
		}
		String tableName = null;
		FormatTable declaring = EcoreUtil2.getContainerOfType(rule, FormatTable.class);
		if (declaring != null) {
			tableName = declaring.getName();
		} else {
			TableExtension extension = EcoreUtil2.getContainerOfType(rule, TableExtension.class);
			if (extension != null && extension.getTable() != null && !extension.getTable().eIsProxy()) {
				tableName = extension.getTable().getName();
			}
		}
		EffectiveTable table = tableName == null ? null : effective.findTable(tableName);
		if (table == null) {
			return IScope.NULLSCOPE;
		}
		return rule.getDirection() == Direction.ROW ? cached(table, COLUMNS, () -> table.getColumnDefs())
				: cached(table, ROWS, () -> table.getRowDefs());
	}

	/** Rows of the base table, and rows that earlier changes of this extension introduced. */
	private IScope rowChangeScope(EObject context) {
		TableExtension extension = EcoreUtil2.getContainerOfType(context, TableExtension.class);
		Format format = EcoreUtil2.getContainerOfType(context, Format.class);
		EffectiveFormat base = formats.base(format);
		if (extension == null || base == null || extension.getTable() == null || extension.getTable().eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		EffectiveTable table = base.findTable(extension.getTable().getName());
		RowChange current = context instanceof RowChange change ? change
				: EcoreUtil2.getContainerOfType(context, RowChange.class);
		List<RowDef> candidates = new ArrayList<>();
		for (RowChange earlier : extension.getChanges()) {
			if (earlier == current) {
				break;
			}
			candidates.addAll(EcoreUtil2.getAllContentsOfType(earlier, RowDef.class));
		}
		Collections.reverse(candidates);
		return Scopes.scopeFor(candidates, table == null ? IScope.NULLSCOPE : Scopes.scopeFor(table.getRowDefs()));
	}
}
