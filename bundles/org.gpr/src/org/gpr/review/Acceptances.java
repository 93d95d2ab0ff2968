package org.gpr.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Acceptance;
import org.gpr.gpr.Cell;
import org.gpr.gpr.Column;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;

import com.google.inject.Inject;

/**
 * The warnings an author has accepted with a reason: {@code accept RULE [at ROW[.COLUMN]] "reason"}
 * in a table (its cells, one row or one cell), a section (everything in it) or the report's header
 * (the whole report). The innermost acceptance of a rule covers a warning of that rule.
 */
public class Acceptances {

	@Inject
	private FormatModel formats;

	/** Every acceptance of the report, in the order of the text. */
	public static List<Acceptance> all(Report report) {
		if (report == null) {
			return List.of();
		}
		if (report.eResource() == null) {
			return acceptancesOf(report);
		}
		// found once per parse: every warning asks
		return org.gpr.format.ParseCache.get(report.eResource(), Acceptances.class, () -> acceptancesOf(report));
	}

	/** The header's, then each section's and each of its tables': the only places an acceptance stands. */
	private static List<Acceptance> acceptancesOf(Report report) {
		List<Acceptance> result = new ArrayList<>(report.getAcceptances());
		for (ReportSection section : report.getSections()) {
			result.addAll(section.getAcceptances());
			for (org.gpr.gpr.SectionItem item : section.getItems()) {
				if (item instanceof Table table) {
					result.addAll(table.getAcceptances());
				}
			}
		}
		return result;
	}

	/** The acceptance covering a warning of one of the rules at the object, or null. */
	public Acceptance find(Report report, Collection<String> rules, EObject at) {
		Acceptance best = null;
		for (Acceptance acceptance : all(report)) {
			if (acceptance.getRule() != null && rules.contains(acceptance.getRule()) && covers(acceptance, at)
					&& (best == null || EcoreUtil.isAncestor(best.eContainer(), acceptance.eContainer()))) {
				best = acceptance;
			}
		}
		return best;
	}

	public Acceptance find(Report report, String rule, EObject at) {
		return rule == null ? null : find(report, List.of(rule), at);
	}

	/** Whether the acceptance's place holds the object. */
	public boolean covers(Acceptance acceptance, EObject at) {
		EObject container = acceptance.eContainer();
		if (at == null) {
			return false;
		}
		if (container instanceof Report) {
			return EcoreUtil.isAncestor(container, at);
		}
		if (container instanceof ReportSection) {
			return EcoreUtil.isAncestor(container, at);
		}
		if (!(container instanceof Table table) || !EcoreUtil.isAncestor(table, at)) {
			return false;
		}
		if (acceptance.getRow() == null) {
			return true;
		}
		TableRow row = EcoreUtil2.getContainerOfType(at, TableRow.class);
		if (row == null || row.getRow() != acceptance.getRow()) {
			return false;
		}
		if (acceptance.getColumn() == null) {
			return true;
		}
		Column column = at instanceof Cell cell ? formats.columnOf(cell) : null;
		return column != null && column == acceptance.getColumn();
	}

	/** The reasons of the acceptances written in a table, for the note under it. */
	public static List<String> reasons(Table table) {
		List<String> reasons = new ArrayList<>();
		for (Acceptance acceptance : table.getAcceptances()) {
			if (acceptance.getReason() != null && !acceptance.getReason().isBlank()) {
				reasons.add(acceptance.getReason());
			}
		}
		return reasons;
	}
}
