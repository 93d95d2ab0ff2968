package org.gpr.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.ColumnGroup;
import org.gpr.gpr.Format;
import org.gpr.gpr.FormatTable;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.RowDef;

import com.google.inject.Inject;

/** Checks a format file: no cycle of extensions, and names unique within each table. */
public class FormatValidator extends GprCheck {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private FormatModel formats;

	@Check
	public void checkCycle(Format format) {
		EffectiveFormat effective = formats.of(format);
		if (effective != null && effective.isCyclic()) {
			List<String> names = new ArrayList<>();
			for (Format f = format; f != null && !f.eIsProxy() && !names.contains(f.getName()); f = f.getBase()) {
				names.add(f.getName());
			}
			names.add(format.getName());
			error(Messages.get("format.cyclic", format.getName(), String.join(" → ", names)), P.getFormat_Base(),
					IssueCodes.CYCLIC_FORMAT);
		}
	}

	@Check
	public void checkUniqueNames(Format format) {
		EffectiveFormat effective = formats.of(format);
		if (effective == null || effective.isCyclic()) {
			return;
		}
		for (EffectiveTable table : effective.getTables()) {
			Set<String> rows = new HashSet<>();
			for (RowDef row : table.getRowDefs()) {
				if (row.getName() != null && !rows.add(row.getName()) && row.eResource() == format.eResource()) {
					error(Messages.get("name.duplicate", table.getName(), Messages.get("name.row"), row.getName()), row,
							P.getElement_Name(), IssueCodes.DUPLICATE_NAME);
				}
			}
			checkColumns(table.getTable(), format);
		}
	}

	private void checkColumns(FormatTable table, Format format) {
		if (table.eResource() != format.eResource()) {
			return;
		}
		Set<String> names = new HashSet<>();
		List<ColumnDef> all = new ArrayList<>();
		collect(table.getColumns(), all);
		for (ColumnDef column : all) {
			if (column.getName() != null && !names.add(column.getName())) {
				error(Messages.get("name.duplicate", table.getName(), Messages.get("name.column"), column.getName()),
						column, P.getElement_Name(), IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	private static void collect(List<ColumnDef> level, List<ColumnDef> into) {
		for (ColumnDef column : level) {
			into.add(column);
			if (column instanceof ColumnGroup group) {
				collect(group.getColumns(), into);
			}
		}
	}
}
