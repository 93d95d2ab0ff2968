package org.gpr.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Column;
import org.gpr.gpr.FormatSection;
import org.gpr.gpr.FormatTable;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.Row;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;

import com.google.inject.Inject;

/**
 * Checks that a report has what its format asks for, once: every section, table and row, each
 * row with one cell per column, and a report year the format is for.
 */
public class ReportStructureValidator extends GprCheck {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private FormatModel formats;

	@Check
	public void checkYear(Report report) {
		String text = report.getYear();
		Integer year = parseYear(text);
		if (text == null) {
			return;
		}
		if (year == null) {
			error(Messages.get("year.invalid", text), P.getReport_Year(), IssueCodes.INVALID_YEAR);
			return;
		}
		EffectiveFormat format = formats.of(report);
		if (format == null || format.getFromYear() == null) {
			return;
		}
		Integer from = format.getFromYear();
		Integer to = format.getToYear();
		if (year < from || (to != null && year > to)) {
			String range = to == null ? from + "—" : from.equals(to) ? String.valueOf(from) : from + "—" + to;
			warning(Messages.get("year.format", format.getName(), range, year), P.getReport_Format(),
					IssueCodes.FORMAT_YEAR_MISMATCH);
		}
	}

	static Integer parseYear(String text) {
		Integer year = org.gpr.review.ReviewEvaluator.year(text);
		return year != null && year >= 1990 && year <= 2100 ? year : null;
	}

	@Check
	public void checkSections(Report report) {
		EffectiveFormat format = formats.of(report);
		if (format == null) {
			return;
		}
		Set<FormatSection> seen = new HashSet<>();
		Map<FormatSection, Integer> order = new HashMap<>();
		for (int i = 0; i < format.getSections().size(); i++) {
			order.put(format.getSections().get(i).getSection(), i);
		}
		int highest = -1;
		FormatSection highestSection = null;
		for (ReportSection section : report.getSections()) {
			FormatSection declared = section.getSection();
			if (declared == null || declared.eIsProxy()) {
				continue;
			}
			if (!seen.add(declared)) {
				error(Messages.get("section.duplicate", declared.getName()), section, P.getReportSection_Section(),
						IssueCodes.DUPLICATE_SECTION, declared.getName());
				continue;
			}
			Integer position = order.get(declared);
			if (position != null) {
				if (position < highest) {
					warning(Messages.get("section.order", declared.getName(), highestSection.getName()), section,
							P.getReportSection_Section(), IssueCodes.SECTION_ORDER);
				} else {
					highest = position;
					highestSection = declared;
				}
			}
		}
		List<String> missingWithTables = new ArrayList<>();
		List<String> missingNarrative = new ArrayList<>();
		for (EffectiveFormat.Section section : format.getSections()) {
			if (!seen.contains(section.getSection())) {
				String text = section.getName() + "（" + section.getLabel() + "）";
				(section.getTables().isEmpty() ? missingNarrative : missingWithTables).add(text);
			}
		}
		if (!missingWithTables.isEmpty()) {
			error(Messages.get("section.missing", format.getName(), Messages.list(missingWithTables)),
					P.getReport_Format(), IssueCodes.MISSING_SECTION);
		}
		if (!missingNarrative.isEmpty()) {
			warning(Messages.get("section.missing", format.getName(), Messages.list(missingNarrative)),
					P.getReport_Format(), IssueCodes.MISSING_SECTION);
		}
	}

	@Check
	public void checkTables(ReportSection section) {
		EffectiveFormat format = formats.forContext(section);
		if (format == null || section.getSection() == null || section.getSection().eIsProxy()) {
			return;
		}
		EffectiveFormat.Section declared = format.findSection(section.getSection().getName());
		if (declared == null) {
			return;
		}
		Set<FormatTable> seen = new HashSet<>();
		for (SectionItem item : section.getItems()) {
			if (item instanceof Table table && table.getTable() != null && !table.getTable().eIsProxy()) {
				if (!seen.add(table.getTable())) {
					error(Messages.get("table.duplicate", table.getTable().getName()), table, P.getTable_Table(),
							IssueCodes.DUPLICATE_TABLE, table.getTable().getName());
				}
			}
		}
		List<String> missing = new ArrayList<>();
		List<String> missingNames = new ArrayList<>();
		for (EffectiveTable table : declared.getTables()) {
			if (!seen.contains(table.getTable())) {
				missing.add(table.getName() + "（" + table.getLabel() + "）");
				missingNames.add(table.getName());
			}
		}
		if (!missing.isEmpty()) {
			error(Messages.get("table.missing", declared.getName(), Messages.list(missing)), section,
					P.getReportSection_Section(), IssueCodes.MISSING_TABLE, missingNames.toArray(String[]::new));
		}
	}

	@Check
	public void checkRows(Table table) {
		EffectiveTable declared = formats.of(table);
		if (declared == null) {
			return;
		}
		Set<Row> seen = new HashSet<>();
		for (TableRow row : table.getRows()) {
			Row target = row.getRow();
			if (target == null || target.eIsProxy()) {
				continue;
			}
			if (!seen.add(target)) {
				error(Messages.get("row.duplicate", target.getName(), declared.getName()), row, P.getTableRow_Row(),
						IssueCodes.DUPLICATE_ROW, target.getName());
			}
			checkCellCount(row, declared);
		}
		List<String> missing = new ArrayList<>();
		List<String> missingNames = new ArrayList<>();
		for (Row row : declared.getLeafRows()) {
			if (!seen.contains(row)) {
				String label = declared.labelOf(row);
				missing.add(label == null || label.equals(row.getName()) ? row.getName()
						: row.getName() + "（" + label + "）");
				missingNames.add(row.getName());
			}
		}
		if (!missing.isEmpty()) {
			error(Messages.get("rows.missing", declared.getName(), missing.size(), Messages.list(missing)), table,
					P.getTable_Table(), IssueCodes.MISSING_ROWS, missingNames.toArray(String[]::new));
		}
	}

	private void checkCellCount(TableRow row, EffectiveTable table) {
		List<Column> columns = table.getLeafColumns();
		int actual = row.getCells().size();
		if (actual != columns.size()) {
			List<String> labels = new ArrayList<>();
			for (Column column : columns) {
				labels.add(column.getLabel());
			}
			error(Messages.get("cells.count", row.getRow().getName(), columns.size(), Messages.list(labels), actual),
					row, P.getTableRow_Row(), IssueCodes.WRONG_CELL_COUNT, String.valueOf(columns.size()));
		}
	}
}
