package org.gpr.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnGroup;

/** How columns are named in messages. */
final class EffectiveTables {

	private EffectiveTables() {
	}

	/** The column's label after the labels of the groups above it: 行政诉讼·复议后起诉·总计. */
	static String columnPath(Column column) {
		List<String> labels = new ArrayList<>();
		labels.add(column.getLabel());
		for (EObject container = column.eContainer(); container instanceof ColumnGroup group; container = group
				.eContainer()) {
			labels.add(0, group.getLabel());
		}
		return String.join("·", labels);
	}
}
