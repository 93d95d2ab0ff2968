package org.gpr.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.gpr.eval.Rollup;
import org.gpr.eval.RollupEvaluator;
import org.gpr.eval.RollupMessages;
import org.gpr.eval.Rosters;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Roster;
import org.gpr.gpr.RosterMember;

import com.google.inject.Inject;

/**
 * Checks a roster: its own (本级) report named once, and every member that the roll-up cannot
 * sum (missing, unreadable, of another year or another format, listed twice) or sums with a
 * caveat (errors of its own, another body's name) as a warning on its entry.
 */
public class RosterValidator extends GprCheck {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private RollupEvaluator rollups;

	@Check
	public void checkOwn(Roster roster) {
		List<RosterMember> own = Rosters.members(roster).stream().filter(RosterMember::isOwn).toList();
		if (own.isEmpty()) {
			warning(RollupMessages.get("roster.own.none"), P.getRoster_Body(), IssueCodes.ROSTER_OWN_COUNT);
		} else {
			for (RosterMember extra : own.subList(1, own.size())) {
				error(RollupMessages.get("roster.own.many", own.size()), extra, P.getRosterMember_Own(),
						IssueCodes.ROSTER_OWN_COUNT);
			}
		}
	}

	@Check
	public void checkMembers(Roster roster) {
		Rollup rollup = rollups.rollup(roster, true);
		for (Rollup.Member member : rollup.getMembers()) {
			RosterMember entry = member.entry();
			String file = member.file();
			switch (member.status()) {
			case MISSING -> warn(entry, RollupMessages.get("roster.member.missing", file), IssueCodes.ROSTER_MEMBER_MISSING);
			case UNPARSABLE -> warn(entry, RollupMessages.get("roster.member.unparsable", file),
					IssueCodes.ROSTER_MEMBER_UNPARSABLE);
			case NOT_A_REPORT -> warn(entry, RollupMessages.get("roster.member.notAReport", file),
					IssueCodes.ROSTER_MEMBER_NOT_A_REPORT);
			case WRONG_YEAR -> warn(entry, RollupMessages.get("roster.member.wrongYear", file, member.summary().year(),
					roster.getYear()), IssueCodes.ROSTER_MEMBER_WRONG_YEAR);
			case WRONG_FORMAT -> warn(entry, RollupMessages.get("roster.member.wrongFormat", file,
					member.summary().format(), roster.getFormat() == null || roster.getFormat().eIsProxy() ? "?"
							: roster.getFormat().getName()),
					IssueCodes.ROSTER_MEMBER_WRONG_FORMAT);
			case CYCLE -> warn(entry, RollupMessages.get("roster.member.cycle", file), IssueCodes.ROSTER_MEMBER_CYCLE);
			case DUPLICATE -> error(RollupMessages.get("roster.member.duplicate", file), entry,
					P.getRosterMember_File(), IssueCodes.ROSTER_DUPLICATE_MEMBER);
			case HAS_ERRORS -> warn(entry, RollupMessages.get("roster.member.errors", file, member.errors()),
					IssueCodes.ROSTER_MEMBER_ERRORS);
			default -> {
			}
			}
			if (member.status().summed() && member.summary().body() != null
					&& !Rosters.sameBody(member.summary().body(), member.body())) {
				warning(RollupMessages.get("roster.member.otherBody", file, member.summary().body(), member.body()), entry,
						P.getRosterEntry_Body(), IssueCodes.ROSTER_MEMBER_OTHER_BODY);
			}
		}
	}

	private void warn(RosterMember entry, String message, String code) {
		warning(message, entry, P.getRosterMember_File(), code);
	}
}
