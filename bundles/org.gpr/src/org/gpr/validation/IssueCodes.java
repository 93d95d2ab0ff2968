package org.gpr.validation;

/** Every issue code gpr reports. Quick fixes and tests refer to these. */
public interface IssueCodes {

	String PREFIX = "org.gpr.";

	// --- names that do not resolve (linking) -------------------------------
	String UNKNOWN_FORMAT = PREFIX + "unknownFormat";
	String UNKNOWN_SECTION = PREFIX + "unknownSection";
	String UNKNOWN_TABLE = PREFIX + "unknownTable";
	String UNKNOWN_ROW = PREFIX + "unknownRow";
	String UNKNOWN_COLUMN = PREFIX + "unknownColumn";
	String UNKNOWN_NAME = PREFIX + "unknownName";

	// --- structure of a report ---------------------------------------------
	String INVALID_YEAR = PREFIX + "invalidYear";
	String FORMAT_YEAR_MISMATCH = PREFIX + "formatYearMismatch";
	String MISSING_SECTION = PREFIX + "missingSection";
	String DUPLICATE_SECTION = PREFIX + "duplicateSection";
	String SECTION_ORDER = PREFIX + "sectionOrder";
	String MISSING_TABLE = PREFIX + "missingTable";
	String DUPLICATE_TABLE = PREFIX + "duplicateTable";
	String MISSING_ROWS = PREFIX + "missingRows";
	String DUPLICATE_ROW = PREFIX + "duplicateRow";
	String WRONG_CELL_COUNT = PREFIX + "wrongCellCount";

	// --- cells -------------------------------------------------------------
	String NEGATIVE_COUNT = PREFIX + "negativeCount";
	String FRACTIONAL_COUNT = PREFIX + "fractionalCount";
	String NUMBER_TOO_LARGE = PREFIX + "numberTooLarge";
	String NEGATIVE_AMOUNT = PREFIX + "negativeAmount";
	String MONEY_PRECISION = PREFIX + "moneyPrecision";
	String UNIT_ON_COUNT = PREFIX + "unitOnCount";
	String INVALID_CELL = PREFIX + "invalidCell";
	String PERCENT_DIGITS = PREFIX + "percentDigits";

	// --- identities (勾稽关系) -----------------------------------------------
	/** A hard identity is broken; issue data: the value the cell should have. */
	String IDENTITY_BROKEN = PREFIX + "identityBroken";
	/** A cross-year rule is broken; issue data: the value from last year's report. */
	String CROSS_YEAR_MISMATCH = PREFIX + "crossYearMismatch";
	/** A plausibility (soft) check fails. */
	String SOFT_CHECK = PREFIX + "softCheck";
	/** A blank cell takes part in an identity; issue data: the value the identity computes for it, or 0. */
	String BLANK_IN_IDENTITY = PREFIX + "blankInIdentity";
	/** A blank cell whose value the table's identities determine; issue data: that value. */
	String BLANK_DERIVED = PREFIX + "blankDerived";
	/** A table's blanks that identities need, once per table: how many, derived or counted as 0, and where. */
	String BLANKS_IN_TABLE = PREFIX + "blanksInTable";

	/** Whether a code is one of the blanks' (a blank cell, derived or counted as 0, or a table's blanks). */
	static boolean isBlank(String code) {
		return BLANK_IN_IDENTITY.equals(code) || BLANK_DERIVED.equals(code) || BLANKS_IN_TABLE.equals(code);
	}

	// --- the previous year's report --------------------------------------------
	String PREVIOUS_MISSING = PREFIX + "previousMissing";
	String PREVIOUS_UNPARSABLE = PREFIX + "previousUnparsable";
	String PREVIOUS_OTHER_BODY = PREFIX + "previousOtherBody";
	String PREVIOUS_WRONG_YEAR = PREFIX + "previousWrongYear";

	// --- roll-ups (全市 / 全县 / 全系统) and their rosters --------------------
	/** A cell of an aggregate report is not the sum of its members' cells; issue data: the sum as a cell text. */
	String ROLLUP_MISMATCH = PREFIX + "rollupMismatch";
	String ROLLUP_ROSTER_MISSING = PREFIX + "rollupRosterMissing";
	String ROLLUP_ROSTER_UNPARSABLE = PREFIX + "rollupRosterUnparsable";
	/** The roster is of another body, year or format than the aggregate report. */
	String ROLLUP_ROSTER_MISMATCH = PREFIX + "rollupRosterMismatch";
	/** Members of the roster could not be summed. */
	String ROLLUP_MEMBERS_LEFT_OUT = PREFIX + "rollupMembersLeftOut";
	String ROSTER_MEMBER_MISSING = PREFIX + "rosterMemberMissing";
	String ROSTER_MEMBER_UNPARSABLE = PREFIX + "rosterMemberUnparsable";
	String ROSTER_MEMBER_NOT_A_REPORT = PREFIX + "rosterMemberNotAReport";
	String ROSTER_MEMBER_WRONG_YEAR = PREFIX + "rosterMemberWrongYear";
	String ROSTER_MEMBER_WRONG_FORMAT = PREFIX + "rosterMemberWrongFormat";
	String ROSTER_MEMBER_OTHER_BODY = PREFIX + "rosterMemberOtherBody";
	String ROSTER_MEMBER_ERRORS = PREFIX + "rosterMemberErrors";
	String ROSTER_MEMBER_CYCLE = PREFIX + "rosterMemberCycle";
	String ROSTER_DUPLICATE_MEMBER = PREFIX + "rosterDuplicateMember";
	/** A roster names no own (本级) report, or more than one. */
	String ROSTER_OWN_COUNT = PREFIX + "rosterOwnCount";

	// --- formats -----------------------------------------------------------
	String CYCLIC_FORMAT = PREFIX + "cyclicFormat";
	String DUPLICATE_NAME = PREFIX + "duplicateName";
	/** A magnitude rule's cell is in a column whose unit is not 万元 or 亿元. */
	String MAGNITUDE_UNIT = PREFIX + "magnitudeUnit";

	// --- what a reviewer checks beyond the sums (issue 13) ---------------------
	/** The published date is not a date of the calendar (2024-02-30). */
	String INVALID_DATE = PREFIX + "invalidDate";
	/** Published after the format's deadline for the kind of body. */
	String PUBLISHED_LATE = PREFIX + "publishedLate";
	/** Published before the statistics period ended. */
	String PUBLISHED_EARLY = PREFIX + "publishedEarly";
	/** The title's year is not the report year; issue data: the report year. */
	String TITLE_YEAR = PREFIX + "titleYear";
	/** The title's year is not written in digits (二〇二〇年). */
	String TITLE_YEAR_INVALID = PREFIX + "titleYearInvalid";
	/** The contact paragraph's statistics period is not 1月1日–12月31日 of the report year; issue data: the year. */
	String PERIOD_MISMATCH = PREFIX + "periodMismatch";
	/** The contact paragraph states no statistics period; issue data: the sentence to add. */
	String PERIOD_MISSING = PREFIX + "periodMissing";
	/** A section's text is nearly the same as last year's. */
	String COPIED_SECTION = PREFIX + "copiedSection";
	/** A paragraph is nearly the same as one of last year's. */
	String COPIED_PARAGRAPH = PREFIX + "copiedParagraph";
	/** A table equals last year's cell for cell. */
	String COPIED_TABLE = PREFIX + "copiedTable";
	/** The previous link names the report's own file. */
	String PREVIOUS_SAME_FILE = PREFIX + "previousSameFile";
	/** A section that must have content is empty or only says 无. */
	String EMPTY_SECTION = PREFIX + "emptySection";
	/** A section does not mention a topic the format requires. */
	String MISSING_TOPIC = PREFIX + "missingTopic";
	/** An instruction of the template is left in the text; issue data: "remove" (safe to remove). */
	String LEFTOVER_INSTRUCTION = PREFIX + "leftoverInstruction";
	/** A placeholder of the template is left in the text. */
	String LEFTOVER_PLACEHOLDER = PREFIX + "leftoverPlaceholder";
	/** A 万元 amount that looks like it was written in 元; issue data: the amount read as 元, in 万元. */
	String MONEY_UNIT = PREFIX + "moneyUnit";
	/** A body reports something it has no power to make (规章 of a township). */
	String BODY_POWER = PREFIX + "bodyPower";
	/** A warning the author accepted with a reason (shown as information, not counted). */
	String ACCEPTED = PREFIX + "accepted";
	/** An acceptance whose rule no longer fires at its place (the quick fix removes it). */
	String STALE_ACCEPTANCE = PREFIX + "staleAcceptance";
	/** An acceptance names no rule gpr knows. */
	String UNKNOWN_ACCEPTED_RULE = PREFIX + "unknownAcceptedRule";
	/** An acceptance names a hard identity (an error), which cannot be accepted. */
	String UNACCEPTABLE_RULE = PREFIX + "unacceptableRule";
	/** A change() in the narrative has no last year's value to compare with. */
	String CHANGE_UNKNOWN = PREFIX + "changeUnknown";
	// --- input a client cannot have checked (the language server) -----------
	/** A document over 16 MB or a binary one, not parsed (as {@code gpr check} refuses it). */
	String UNREADABLE_INPUT = PREFIX + "unreadableInput";
	// --- the narrative audit of imported reports (gpr import, gpr audit) -----
	/** A count the narrative states differs from what the tables give (or imply for their blanks). */
	String NARRATIVE_MISMATCH = PREFIX + "narrativeMismatch";
	/** A statement of the narrative the tables do not determine (无法核对): no number to compare with. */
	String NARRATIVE_UNCHECKED = PREFIX + "narrativeUnchecked";
	/** A percentage differs from the tables' (or the text's own) part over whole, rounded to the digits written. */
	String NARRATIVE_PERCENT = PREFIX + "narrativePercent";
	/** A percentage is the tables' ratio cut off after the digits written, not rounded. */
	String NARRATIVE_PERCENT_TRUNCATED = PREFIX + "narrativePercentTruncated";
	/** The parts the narrative states (其中, the kinds of reply) do not add up to the whole it states. */
	String NARRATIVE_SPLIT = PREFIX + "narrativeSplit";
	/** An outcome claim (均获维持, 无被纠错, 零败诉, 未发生行政复议) contradicts table 四. */
	String NARRATIVE_OUTCOME = PREFIX + "narrativeOutcome";
	/** A change from last year (较上年增长/减少 x%, 同比, 回落) differs from last year's report. */
	String NARRATIVE_CHANGE = PREFIX + "narrativeChange";
}
