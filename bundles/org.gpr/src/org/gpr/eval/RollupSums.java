package org.gpr.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Column;
import org.gpr.gpr.Row;

/**
 * The running sums of a roll-up, folded one member at a time: for every cell of the roster's
 * format the sum of the members' numbers (BigDecimal, money in the column's unit), whether a
 * member had a number, a blank or the cell at all, how many members have a number other than 0
 * there, and the {@link Rollup#TOP} members with the largest numbers. Nothing else of a member is
 * kept, so that memory does not grow with the number of members. Each thread that reads members
 * folds into sums of its own; {@link #add(RollupSums)} combines them, with the same result in any
 * order (contributors are ranked by magnitude, then by their place in the roster).
 */
final class RollupSums {

	private static final byte NUMBER = 1;
	private static final byte BLANK = 2;
	private static final byte PRESENT = 4;

	/** The cells of the roster's format: each table's first cell and its rows' and columns' places. */
	static final class Cells {

		private record Table(int base, Map<String, Integer> rows, Map<String, Integer> columns) {
		}

		private final Map<String, Table> tables = new HashMap<>();
		private final int size;

		Cells(EffectiveFormat format) {
			int next = 0;
			if (format != null) {
				for (EffectiveTable table : format.getTables()) {
					if (tables.containsKey(table.getName())) {
						continue;
					}
					Map<String, Integer> rows = index(table.getLeafRows().stream().map(Row::getName).toList());
					Map<String, Integer> columns = index(table.getLeafColumns().stream().map(Column::getName).toList());
					tables.put(table.getName(), new Table(next, rows, columns));
					next += table.getLeafRows().size() * table.getLeafColumns().size();
				}
			}
			size = next;
		}

		private static Map<String, Integer> index(List<String> names) {
			Map<String, Integer> result = new HashMap<>();
			for (int i = 0; i < names.size(); i++) {
				result.putIfAbsent(names.get(i), i);
			}
			return result;
		}

		/** The place of a cell, or -1 when the roster's format has no such cell. */
		int of(String table, String row, String column) {
			Table t = tables.get(table);
			if (t == null) {
				return -1;
			}
			Integer r = t.rows().get(row);
			Integer c = t.columns().get(column);
			return r == null || c == null ? -1 : t.base() + r * t.columns().size() + c;
		}
	}

	private final Cells cells;
	private final BigDecimal[] sums;
	private final byte[] kinds;
	private final int[] contributing;
	/** Per cell, the places in the roster of the largest contributors, largest first; -1 where none. */
	private final int[][] top;
	private final BigDecimal[][] topValues;
	/** A member format's leaf cells (by table) mapped to the roster's, worked out once per format. */
	private final Map<EffectiveTable, int[]> mappings = new IdentityHashMap<>();

	RollupSums(Cells cells) {
		this.cells = cells;
		sums = new BigDecimal[cells.size];
		kinds = new byte[cells.size];
		contributing = new int[cells.size];
		top = new int[cells.size][];
		topValues = new BigDecimal[cells.size][];
	}

	/** The cells of the roster's format these sums are of. */
	Cells cells() {
		return cells;
	}

	/** Folds in the cells of the member at this place in the roster. */
	void add(int member, ReportData data) {
		EffectiveFormat format = data.getFormat();
		if (format == null) {
			return;
		}
		for (EffectiveTable table : format.getTables()) {
			if (data.table(table.getName()) == null) {
				continue;
			}
			int[] mapping = mappings.computeIfAbsent(table, this::mapping);
			List<Row> rows = table.getLeafRows();
			List<Column> columns = table.getLeafColumns();
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < columns.size(); c++) {
					int cell = mapping[r * columns.size() + c];
					if (cell < 0) {
						continue;
					}
					CellValue value = data.value(table.getName(), rows.get(r).getName(), columns.get(c).getName());
					switch (value.kind()) {
					case MISSING -> {
						continue;
					}
					case NUMBER -> {
						kinds[cell] |= NUMBER;
						sums[cell] = sums[cell] == null ? value.value() : sums[cell].add(value.value());
						if (value.value().signum() != 0) {
							contributing[cell]++;
							offer(cell, member, value.value());
						}
					}
					case NOT_APPLICABLE -> {
					}
					default -> kinds[cell] |= BLANK;
					}
					kinds[cell] |= PRESENT;
				}
			}
		}
	}

	/**
	 * A member table's leaf cells (row by row) mapped to the roster's cells: -1 for a cell the
	 * roster's format lacks, and for a row or column name the table repeats (its first is the one
	 * read, so it is folded once).
	 */
	private int[] mapping(EffectiveTable table) {
		List<Row> rows = table.getLeafRows();
		List<Column> columns = table.getLeafColumns();
		int[] mapping = new int[rows.size() * columns.size()];
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				String row = rows.get(r).getName();
				String column = columns.get(c).getName();
				boolean first = seen.add(row + '\u0001' + column);
				mapping[r * columns.size() + c] = first ? cells.of(table.getName(), row, column) : -1;
			}
		}
		return mapping;
	}

	/** Keeps the member among the cell's largest contributors when it is one. */
	private void offer(int cell, int member, BigDecimal value) {
		int[] members = top[cell];
		BigDecimal[] values = topValues[cell];
		if (members == null) {
			members = top[cell] = new int[Rollup.TOP];
			values = topValues[cell] = new BigDecimal[Rollup.TOP];
			java.util.Arrays.fill(members, -1);
		}
		int at = Rollup.TOP;
		while (at > 0 && (members[at - 1] < 0 || before(member, value, members[at - 1], values[at - 1]))) {
			at--;
		}
		if (at == Rollup.TOP) {
			return;
		}
		System.arraycopy(members, at, members, at + 1, Rollup.TOP - at - 1);
		System.arraycopy(values, at, values, at + 1, Rollup.TOP - at - 1);
		members[at] = member;
		values[at] = value;
	}

	/** Whether one contribution ranks before another: larger in magnitude, or as large and earlier in the roster. */
	private static boolean before(int member, BigDecimal value, int other, BigDecimal otherValue) {
		int order = value.abs().compareTo(otherValue.abs());
		return order != 0 ? order > 0 : member < other;
	}

	/** Combines the sums another thread folded (of other members of the same roster) into these. */
	void add(RollupSums other) {
		for (int cell = 0; cell < sums.length; cell++) {
			kinds[cell] |= other.kinds[cell];
			if (other.sums[cell] != null) {
				sums[cell] = sums[cell] == null ? other.sums[cell] : sums[cell].add(other.sums[cell]);
			}
			contributing[cell] += other.contributing[cell];
			if (other.top[cell] != null) {
				for (int k = 0; k < Rollup.TOP && other.top[cell][k] >= 0; k++) {
					offer(cell, other.top[cell][k], other.topValues[cell][k]);
				}
			}
		}
	}

	/**
	 * The totals of every cell some summed member has, by {@link MemberReports#key}, each naming its
	 * largest contributors as the members at their places in the roster.
	 */
	Map<String, Rollup.Total> totals(EffectiveFormat format, IntFunction<Rollup.Member> members) {
		Map<String, Rollup.Total> totals = new HashMap<>();
		if (format == null) {
			return totals;
		}
		for (EffectiveTable table : format.getTables()) {
			for (Row row : table.getLeafRows()) {
				for (Column column : table.getLeafColumns()) {
					int cell = cells.of(table.getName(), row.getName(), column.getName());
					if (cell < 0 || (kinds[cell] & PRESENT) == 0) {
						continue;
					}
					List<Rollup.Contribution> contributions = new ArrayList<>();
					for (int k = 0; top[cell] != null && k < Rollup.TOP && top[cell][k] >= 0; k++) {
						contributions.add(new Rollup.Contribution(members.apply(top[cell][k]), topValues[cell][k]));
					}
					boolean number = (kinds[cell] & NUMBER) != 0;
					CellValue.Kind kind = number ? CellValue.Kind.NUMBER
							: (kinds[cell] & BLANK) != 0 ? CellValue.Kind.BLANK : CellValue.Kind.NOT_APPLICABLE;
					totals.put(MemberReports.key(table.getName(), row.getName(), column.getName()), new Rollup.Total(kind,
							number ? sums[cell] : null, List.copyOf(contributions), contributing[cell]));
				}
			}
		}
		return totals;
	}
}
