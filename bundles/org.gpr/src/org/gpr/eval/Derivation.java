package org.gpr.eval;

import java.math.BigDecimal;

import org.gpr.gpr.Cell;

/**
 * The value the identities of a table determine for one of its blank cells: the sum of its parts
 * when the blank is a total, the total minus the other parts when it is a part.
 *
 * @param cell the blank cell
 * @param value the value it takes
 * @param check the equality it was solved from (its other cells all known)
 * @param operand the blank as an operand of that check
 * @param total whether the blank stands alone on its side of the equality (a total)
 */
public record Derivation(Cell cell, BigDecimal value, Check check, Operand operand, boolean total) {
}
