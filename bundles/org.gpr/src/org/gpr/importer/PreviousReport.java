package org.gpr.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Last year's report of the same body, given to {@code gpr import FILE --previous LAST}: who and
 * which year it is, and what its tables give for the changes from last year that this year's
 * narrative states ("较上年增长12.3%"), as the tables imply them (a blank total is the sum of its
 * parts; a blank the identities leave open gives no number). Read by {@link ReportImporter#previous}
 * from last year's {@code .gpr} or from its published page or document, which is then imported too.
 */
public final class PreviousReport {

	private final String body;
	private final int year;
	private final Function<String, BigDecimal> values;
	private final ImportedReport imported;
	private final Path gpr;

	PreviousReport(String body, int year, Function<String, BigDecimal> values, ImportedReport imported, Path gpr) {
		this.body = body;
		this.year = year;
		this.values = values;
		this.imported = imported;
		this.gpr = gpr;
	}

	public String body() {
		return body;
	}

	public int year() {
		return year;
	}

	/** The report as imported from a published file (to be written beside this year's), or null for a {@code .gpr}. */
	public ImportedReport imported() {
		return imported;
	}

	/** The {@code .gpr} file it was read from, or null when it was imported from a published file. */
	public Path gpr() {
		return gpr;
	}

	/** What last year's tables give for the cells the changes are about ({@link ChangeAudit#check}); a cell with no number is left out. */
	public Map<String, BigDecimal> values(List<ImportedReport.Change> changes) {
		Map<String, BigDecimal> found = new LinkedHashMap<>();
		for (ImportedReport.Change change : changes) {
			BigDecimal value = values.apply(change.expression());
			if (value != null) {
				found.putIfAbsent(change.expression(), value);
			}
		}
		return found;
	}
}
