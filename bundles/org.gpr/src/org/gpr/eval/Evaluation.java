package org.gpr.eval;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.gpr.gpr.Cell;

/** Everything the evaluator found for one report. */
public final class Evaluation {

	public static final Evaluation EMPTY = new Evaluation(null, null, new PreviousReports.Link(PreviousReports.Status.NONE,
			null, null), List.of(), Map.of());

	private final ReportData data;
	private final ReportData previous;
	private final PreviousReports.Link link;
	private final List<Check> checks;
	private final Map<Cell, Derivation> derivations;

	Evaluation(ReportData data, ReportData previous, PreviousReports.Link link, List<Check> checks,
			Map<Cell, Derivation> derivations) {
		this.derivations = Collections.unmodifiableMap(derivations);
		this.data = data;
		this.previous = previous;
		this.link = link;
		this.checks = Collections.unmodifiableList(checks);
	}

	/** The report's cells (null when its format does not resolve). */
	public ReportData getData() {
		return data;
	}

	/** Last year's report's cells, or null when there is none to compare with. */
	public ReportData getPrevious() {
		return previous;
	}

	public PreviousReports.Link getLink() {
		return link;
	}

	public List<Check> getChecks() {
		return checks;
	}

	/** What the identities determine for a blank cell, or null when they do not (or it is not blank). */
	public Derivation derivation(Cell cell) {
		return derivations.get(cell);
	}

	/** Every blank the identities determine, in the order found. */
	public Collection<Derivation> derivations() {
		return derivations.values();
	}

	public List<Check> broken() {
		List<Check> broken = new java.util.ArrayList<>();
		for (int i = 0; i < checks.size(); i++) {
			if (checks.get(i).isBroken()) {
				broken.add(checks.get(i));
			}
		}
		return java.util.Collections.unmodifiableList(broken);
	}
}
