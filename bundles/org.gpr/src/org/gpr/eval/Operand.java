package org.gpr.eval;

import org.gpr.gpr.Column;
import org.gpr.gpr.Row;

/**
 * One cell in one side of an identity, with the sign it is added with.
 *
 * @param left whether it stands on the left-hand side
 * @param negative whether it is subtracted
 * @param previous whether it is a cell of last year's report
 */
public record Operand(Row row, Column column, boolean left, boolean negative, boolean previous, CellValue value) {

	/** Whether this is the same cell of this year's report as the other operand. */
	public boolean sameCell(Operand other) {
		return !previous && !other.previous && row == other.row && column == other.column;
	}
}
