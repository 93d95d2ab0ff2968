package org.gpr.scoping;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.gpr.eval.Rosters;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;
import org.gpr.gpr.RosterMember;

/**
 * The names a roll-up imports: an aggregate report imports its roster and the roster's members,
 * a roster its members, so that incremental builders (the language server's, Xtext's) check them
 * again when a member changes.
 */
final class RollupDependencies {

	private RollupDependencies() {
	}

	static void aggregate(Report report, List<QualifiedName> names) {
		URI roster = Rosters.rosterUri(report);
		if (roster == null) {
			return;
		}
		names.add(GprResourceDescriptionStrategy.reportName(roster).toLowerCase());
		Resource resource = report.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return;
		}
		Rosters.Link link = Rosters.resolve(report);
		if (link.roster() != null) {
			roster(link.roster(), names);
		}
	}

	static void roster(Roster roster, List<QualifiedName> names) {
		for (RosterMember member : Rosters.members(roster)) {
			URI uri = Rosters.memberUri(member);
			if (uri != null) {
				names.add(GprResourceDescriptionStrategy.reportName(uri).toLowerCase());
			}
		}
	}
}
