package org.gpr.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.format.NumberText;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.ColumnGroup;
import org.gpr.gpr.Format;
import org.gpr.gpr.FormatTable;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.MagnitudeRule;
import org.gpr.gpr.RowDef;

import com.google.inject.Inject;

/** Checks a format file: no cycle of extensions, names unique within each table, and a magnitude rule on a column in 万元 or 亿元. */
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

	/**
	 * A magnitude rule asks whether an amount was written in 元 in a column of a larger unit: its
	 * cell must be in a column whose unit is 万元 or 亿元 (a column in 元, or of no unit, has no unit
	 * to be mistaken and its rule would never fire).
	 */
	@Check
	public void checkMagnitudeColumn(MagnitudeRule rule) {
		if (rule.getCell() == null || !(rule.getCell().getColumn() instanceof Column column) || column.eIsProxy()) {
			return;
		}
		BigDecimal perUnit = NumberText.yuanPer(column.getUnit());
		if (perUnit == null || perUnit.compareTo(BigDecimal.ONE) <= 0) {
			error(Messages.get("format.magnitudeUnit", rule.getName(), column.getName(),
					column.getUnit() == null ? Messages.get("format.noUnit") : column.getUnit()), rule.getCell(),
					P.getCellRef_Column(), IssueCodes.MAGNITUDE_UNIT);
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
