package org.gpr.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.gpr.eval.PreviousReports;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;

/**
 * A report depends on last year's report through its {@code previous} link: the link is an
 * imported name, so incremental builders (the language server's, the Eclipse builder's) validate
 * this year's report again when last year's changes. Likewise an aggregate report depends on its
 * roster and on every member the roster names, and a roster on its members.
 */
public class GprResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	protected IResourceDescription internalGetResourceDescription(Resource resource,
			IDefaultResourceDescriptionStrategy strategy) {
		return new DefaultResourceDescription(resource, strategy, getCache()) {
			@Override
			public Iterable<QualifiedName> getImportedNames() {
				List<QualifiedName> names = new ArrayList<>();
				super.getImportedNames().forEach(names::add);
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Report report) {
					URI previous = PreviousReports.linkedUri(report);
					if (previous != null) {
						names.add(GprResourceDescriptionStrategy.reportName(previous).toLowerCase());
					}
					RollupDependencies.aggregate(report, names);
				}
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Roster roster) {
					RollupDependencies.roster(roster, names);
				}
				return names;
			}
		};
	}
}
