package org.gpr.eval;

import java.util.Collections;
import java.util.List;

/** Everything the evaluator found for one report. */
public final class Evaluation {

	public static final Evaluation EMPTY = new Evaluation(null, null, new PreviousReports.Link(PreviousReports.Status.NONE,
			null, null), List.of());

	private final ReportData data;
	private final ReportData previous;
	private final PreviousReports.Link link;
	private final List<Check> checks;

	Evaluation(ReportData data, ReportData previous, PreviousReports.Link link, List<Check> checks) {
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

	public List<Check> broken() {
		return checks.stream().filter(Check::isBroken).toList();
	}
}
