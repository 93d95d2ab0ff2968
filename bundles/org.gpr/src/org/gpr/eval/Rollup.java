package org.gpr.eval;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.gpr.gpr.Roster;
import org.gpr.gpr.RosterMember;

/**
 * The roll-up of a roster: every member with what became of it, and every cell of the roster's
 * format as the sum of the included members' cells. Of a member it keeps what the roster's
 * messages need (status, body, year, format, error count, summary figures), not its cells. A number is the sum of the members' numbers
 * (blank and not-applicable member cells add nothing); a cell whose members are all blank is
 * blank, one whose members are all not applicable is not applicable.
 */
public final class Rollup {

	/** What became of one member of the roster. */
	public enum Status {
		/** Summed. */
		INCLUDED,
		/** Summed, but its own check finds errors. */
		HAS_ERRORS,
		MISSING, UNPARSABLE, NOT_A_REPORT, WRONG_YEAR, WRONG_FORMAT, CYCLE,
		/** The same file is named twice: summed once. */
		DUPLICATE;

		public boolean summed() {
			return this == INCLUDED || this == HAS_ERRORS;
		}
	}

	/** One entry of the roster and its report. */
	public record Member(RosterMember entry, String body, String file, URI uri, boolean own, Status status,
			MemberReports.Summary summary) {

		/** The number of errors the member's own check finds, or null when not checked. */
		public Integer errors() {
			return summary == null ? null : summary.errors();
		}
	}

	/** One member's part in a cell of the roll-up. */
	public record Contribution(Member member, BigDecimal value) {
	}

	/** How many of the members that contribute most to a cell a roll-up keeps (for the messages that name them). */
	public static final int TOP = 3;

	/**
	 * A cell of the roll-up. {@code contributions} are the few members ({@link #TOP} at most) whose
	 * numbers in the cell are the largest (by magnitude, the first in the roster first among equals),
	 * zeros left out; {@code contributing} is how many members have a number other than 0 there.
	 */
	public record Total(CellValue.Kind kind, BigDecimal value, List<Contribution> contributions, int contributing) {

		public boolean isNumber() {
			return kind == CellValue.Kind.NUMBER;
		}

		/** Whether a cell of the aggregate report holds this total. */
		public boolean matches(CellValue written) {
			return switch (kind) {
			case NUMBER -> written.isNumber() && written.value().compareTo(value) == 0;
			case BLANK -> written.isBlank();
			default -> written.kind() == CellValue.Kind.NOT_APPLICABLE;
			};
		}

		/** The cell text the total is written as: the number, _ (blank) or / (not applicable). */
		public String text() {
			return switch (kind) {
			case NUMBER -> {
				BigDecimal plain = value.stripTrailingZeros();
				yield (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
			}
			case BLANK -> "_";
			default -> "/";
			};
		}
	}

	private final Roster roster;
	private final URI uri;
	private final List<Member> members;
	private final Map<String, Total> totals;

	Rollup(Roster roster, URI uri, List<Member> members, Map<String, Total> totals) {
		this.roster = roster;
		this.uri = uri;
		this.members = Collections.unmodifiableList(members);
		this.totals = Collections.unmodifiableMap(totals);
	}

	public Roster getRoster() {
		return roster;
	}

	/** The roster file. */
	public URI getUri() {
		return uri;
	}

	public List<Member> getMembers() {
		return members;
	}

	public List<Member> summed() {
		return members.stream().filter(m -> m.status().summed()).toList();
	}

	/** Members the roll-up leaves out because they could not be summed (not those the roster excludes). */
	public List<Member> leftOut() {
		return members.stream().filter(m -> !m.status().summed() && m.status() != Status.DUPLICATE).toList();
	}

	/** The roll-up of a cell of the roster's format, or null for a cell no summed member has. */
	public Total total(String table, String row, String column) {
		return totals.get(MemberReports.key(table, row, column));
	}
}
