package org.gpr.importer;

import java.math.BigDecimal;

import org.gpr.validation.IssueCodes;

/**
 * A number the narrative states, compared with the tables.
 *
 * @param statement the words of the statement ("予以公开258件")
 * @param stated the narrative's number
 * @param computed the tables' number (null when the tables cannot give one)
 * @param expression the cells the statement is about, in gpr ({@code 申请.予以公开.总计})
 * @param derived whether the tables' number includes blanks whose value the identities determine
 * @param wording the finding in words when it is not a number against a number (an outcome claim,
 *        a percentage, a split), else null
 * @param code the finding's code ({@link IssueCodes}{@code .NARRATIVE_*}), null for the default:
 *        {@link IssueCodes#NARRATIVE_MISMATCH}, or {@link IssueCodes#NARRATIVE_UNCHECKED} when the
 *        tables give no number
 */
public record NarrativeFinding(int line, String statement, BigDecimal stated, BigDecimal computed, String expression,
		boolean percent, boolean derived, String wording, String code) {

	public NarrativeFinding(int line, String statement, BigDecimal stated, BigDecimal computed, String expression,
			boolean percent, boolean derived) {
		this(line, statement, stated, computed, expression, percent, derived, null, null);
	}

	public NarrativeFinding(int line, String statement, BigDecimal stated, BigDecimal computed, String expression,
			boolean percent, boolean derived, String wording) {
		this(line, statement, stated, computed, expression, percent, derived, wording, null);
	}

	/** A finding in words with its own code, that never matches. */
	static NarrativeFinding worded(int line, String statement, BigDecimal stated, BigDecimal computed, String expression,
			String wording, String code) {
		return new NarrativeFinding(line, statement, stated, computed, expression, false, false, wording, code);
	}

	public boolean matches() {
		if (wording != null && code != null) {
			return false; // a finding in words is a contradiction (or a note) by itself
		}
		return computed != null && stated.compareTo(computed) == 0;
	}

	/** The finding's code in {@link IssueCodes}. */
	public String issueCode() {
		if (code != null) {
			return code;
		}
		return computed == null ? IssueCodes.NARRATIVE_UNCHECKED : IssueCodes.NARRATIVE_MISMATCH;
	}

	/** "info" for what cannot be checked and for a percentage cut off instead of rounded, else "warning". */
	public String severity() {
		String c = issueCode();
		return IssueCodes.NARRATIVE_UNCHECKED.equals(c) || IssueCodes.NARRATIVE_PERCENT_TRUNCATED.equals(c) ? "info"
				: "warning";
	}

	/** The warning for a statement that does not match, stating both numbers. */
	public String message() {
		if (wording != null) {
			return wording;
		}
		String sign = percent ? "%" : "";
		return computed == null ? ImportMessages.get("narrative.unknown", statement, expression)
				: ImportMessages.get(derived ? "narrative.mismatch.derived" : "narrative.mismatch", statement,
						stated.toPlainString() + sign, computed.toPlainString() + sign, expression);
	}
}
