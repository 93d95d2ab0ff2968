package org.gpr.importer;

import java.math.BigDecimal;

/**
 * A number the narrative states, compared with the tables.
 *
 * @param statement the words of the statement ("予以公开258件")
 * @param stated the narrative's number
 * @param computed the tables' number (null when the tables cannot give one)
 * @param expression the cells the statement is about, in gpr ({@code 申请.予以公开.总计})
 * @param derived whether the tables' number includes blanks whose value the identities determine
 * @param wording the finding in words when it is not a number against a number (an outcome claim), else null
 */
public record NarrativeFinding(int line, String statement, BigDecimal stated, BigDecimal computed, String expression,
		boolean percent, boolean derived, String wording) {

	public NarrativeFinding(int line, String statement, BigDecimal stated, BigDecimal computed, String expression,
			boolean percent, boolean derived) {
		this(line, statement, stated, computed, expression, percent, derived, null);
	}

	public boolean matches() {
		return computed != null && stated.compareTo(computed) == 0;
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
