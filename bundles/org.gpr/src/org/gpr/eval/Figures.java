package org.gpr.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Bar;
import org.gpr.gpr.CellRef;
import org.gpr.gpr.Chart;
import org.gpr.gpr.Column;
import org.gpr.gpr.ColumnDef;
import org.gpr.gpr.Expression;
import org.gpr.gpr.Figure;
import org.gpr.gpr.Format;
import org.gpr.gpr.FormatMember;
import org.gpr.gpr.Row;
import org.gpr.gpr.RowDef;

/**
 * The figures at a glance (数说年报) a format defines — {@code figure} and {@code chart} in the
 * format file — evaluated over a report's cells. A format inherits the figures of the format it
 * extends; one of its own with the same name replaces the inherited one. A figure over a blank,
 * not-applicable or missing cell has no value (a blank is not counted as 0 here: a rate computed
 * over a blank would state what the report does not).
 */
public final class Figures {

	/** A figure as the format defines it. */
	public record Definition(String name, String label, boolean summary, Expression expression) {
	}

	/** A chart as the format defines it: bars, each a label and an expression. */
	public record ChartDefinition(String name, String label, List<Definition> bars) {
	}

	/** A figure's value in a report and, when last year's report is linked, its value there. */
	public record Result(Definition definition, NarrativeEvaluator.Value value, NarrativeEvaluator.Value previous) {

		/** This year's value minus last year's, or null when either is unknown. */
		public BigDecimal change() {
			return value.isKnown() && previous != null && previous.isKnown() ? value.number().subtract(previous.number())
					: null;
		}
	}

	private Figures() {
	}

	/** The figures of a format, the inherited ones first, in the order they are declared. */
	public static List<Definition> of(EffectiveFormat format) {
		Map<String, Definition> byName = new LinkedHashMap<>();
		if (format != null) {
			for (Format each : format.getChain()) {
				for (FormatMember member : each.getMembers()) {
					if (member instanceof Figure figure && figure.getName() != null && figure.getExpression() != null) {
						byName.put(figure.getName(), new Definition(figure.getName(), figure.getLabel(), figure.isSummary(),
								figure.getExpression()));
					}
				}
			}
		}
		return new ArrayList<>(byName.values());
	}

	/** The charts of a format, the inherited ones first. */
	public static List<ChartDefinition> charts(EffectiveFormat format) {
		Map<String, ChartDefinition> byName = new LinkedHashMap<>();
		if (format != null) {
			for (Format each : format.getChain()) {
				for (FormatMember member : each.getMembers()) {
					if (member instanceof Chart chart && chart.getName() != null) {
						List<Definition> bars = new ArrayList<>();
						for (Bar bar : chart.getBars()) {
							if (bar.getExpression() != null) {
								bars.add(new Definition(bar.getLabel(), bar.getLabel(), false, bar.getExpression()));
							}
						}
						byName.put(chart.getName(), new ChartDefinition(chart.getName(), chart.getLabel(), bars));
					}
				}
			}
		}
		return new ArrayList<>(byName.values());
	}

	/** Every figure of the report's format, with last year's value when {@code previous} is given. */
	public static List<Result> evaluate(ReportData data, ReportData previous) {
		List<Result> results = new ArrayList<>();
		for (Definition definition : of(data.getFormat())) {
			results.add(new Result(definition, evaluate(definition.expression(), data, null),
					previous == null ? null : evaluate(definition.expression(), previous, null)));
		}
		return results;
	}

	/**
	 * The value of an expression of a format over a report's cells, by name (so that last year's
	 * report answers in its own format); unknown when a cell it reads is not a number.
	 */
	public static NarrativeEvaluator.Value evaluate(Expression expression, ReportData data, ReportData previous) {
		if (data == null || data.getFormat() == null) {
			return NarrativeEvaluator.Value.UNKNOWN;
		}
		List<CellRef> refs = new ArrayList<>(EcoreUtil2.getAllContentsOfType(expression, CellRef.class));
		if (expression instanceof CellRef ref) {
			refs.add(ref);
		}
		for (CellRef ref : refs) {
			if (!allNumbers(ref, ref.isPrevious() ? previous : data)) {
				return NarrativeEvaluator.Value.UNKNOWN;
			}
		}
		return new NarrativeEvaluator(data, previous).evaluate(expression);
	}

	/** Whether every cell the expression reads is a number (so that an unknown value means a whole of 0). */
	public static boolean cellsAreNumbers(Expression expression, ReportData data) {
		if (data == null || data.getFormat() == null) {
			return false;
		}
		List<CellRef> refs = new ArrayList<>(EcoreUtil2.getAllContentsOfType(expression, CellRef.class));
		if (expression instanceof CellRef ref) {
			refs.add(ref);
		}
		return refs.stream().allMatch(ref -> !ref.isPrevious() && allNumbers(ref, data));
	}

	private static boolean allNumbers(CellRef ref, ReportData data) {
		if (data == null || data.getFormat() == null || ref.getTable() == null || ref.getTable().eIsProxy()
				|| ref.getRow() == null || ref.getRow().eIsProxy() || ref.getColumn() == null || ref.getColumn().eIsProxy()) {
			return false;
		}
		EffectiveTable table = data.getFormat().findTable(ref.getTable().getName());
		if (table == null || table.findRow(ref.getRow().getName()) == null) {
			return false;
		}
		RowDef rowDef = table.findRow(ref.getRow().getName()).getDef();
		ColumnDef columnDef = table.findColumn(ref.getColumn().getName());
		if (columnDef == null) {
			return false;
		}
		for (Row row : table.memberRows(rowDef)) {
			for (Column column : table.memberColumns(columnDef)) {
				if (!data.value(table.getName(), row.getName(), column.getName()).isNumber()) {
					return false;
				}
			}
		}
		return true;
	}
}
