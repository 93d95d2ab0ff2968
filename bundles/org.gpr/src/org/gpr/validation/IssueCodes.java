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

	// --- formats -----------------------------------------------------------
	String CYCLIC_FORMAT = PREFIX + "cyclicFormat";
	String DUPLICATE_NAME = PREFIX + "duplicateName";
}
