package org.gpr.validation;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.gpr.Messages;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.format.NumberText;
import org.gpr.gpr.CellType;
import org.gpr.gpr.Column;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.InvalidCell;
import org.gpr.gpr.NumberCell;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;
import org.gpr.gpr.Cell;
import org.gpr.gpr.Percent;

import com.google.inject.Inject;

/**
 * Checks each number against the kind of its column: counts are whole and not negative (signed
 * counts may be negative), money is exact to the 分 (2 decimals in 元, 6 in 万元, 10 in 亿元), no count is beyond a {@code long}.
 */
public class CellValidator extends GprCheck {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private FormatModel formats;

	/** Each row once: its cells are matched to the columns by position. */
	@Check
	public void checkNumbers(TableRow row) {
		EffectiveTable table = formats.of(EcoreUtil2.getContainerOfType(row, Table.class));
		if (table == null) {
			return;
		}
		List<Column> columns = table.getLeafColumns();
		List<Cell> cells = row.getCells();
		for (int i = 0; i < cells.size() && i < columns.size(); i++) {
			if (cells.get(i) instanceof NumberCell number) {
				checkNumber(number, columns.get(i));
			}
		}
	}

	private void checkNumber(NumberCell cell, Column column) {
		if (!cell.isNegative() && NumberText.isPlainWhole(cell.getValue())) {
			// the usual cell: whole, without a unit, not negative and within a long, which every
			// kind of column accepts (no rule below can fire), so it is not read into a number here
			// as well as where the identities read it (CellValue.of)
			return;
		}
		NumberText number = NumberText.parse(cell.getValue(), cell.isNegative());
		if (number == null) {
			return;
		}
		String written = (cell.isNegative() ? "-" : "") + cell.getValue();
		String label = column.getLabel();
		if (column.getType() == CellType.MONEY) {
			if (number.value().signum() < 0) {
				error(Messages.get("cell.negativeAmount", label, written), cell, null, IssueCodes.NEGATIVE_AMOUNT);
			}
			// to the 分 in the amount's unit: 2 decimals in 元, 6 in 万元 (a published 5949.088667 万元), 10 in 亿元
			String unit = number.unit() != null ? number.unit() : column.getUnit() != null ? column.getUnit() : "元";
			// (the unit's size in 元 is 1, 10^4 or 10^8: its digits after the first are the extra decimals)
			BigDecimal yuanPerUnit = NumberText.yuanPer(unit);
			int allowed = 2 + (yuanPerUnit == null ? 0 : yuanPerUnit.precision() - 1);
			if (number.decimals() > allowed) {
				error(Messages.get("cell.moneyPrecision", written, unit, allowed, number.decimals(), number.decimals() - allowed),
						cell, P.getNumberCell_Value(), IssueCodes.MONEY_PRECISION);
			}
			return;
		}
		if (number.unit() != null) {
			error(Messages.get("cell.unitOnCount", label, written), cell, P.getNumberCell_Value(),
					IssueCodes.UNIT_ON_COUNT);
			return;
		}
		if (!number.isWhole()) {
			error(Messages.get("cell.fraction", label, written), cell, null, IssueCodes.FRACTIONAL_COUNT);
		} else if (!number.fitsLong()) {
			error(Messages.get("cell.tooLarge", written, Long.MAX_VALUE), cell, null, IssueCodes.NUMBER_TOO_LARGE);
		} else if (column.getType() == CellType.COUNT && number.value().signum() < 0) {
			error(Messages.get("cell.negative", label, written), cell, null, IssueCodes.NEGATIVE_COUNT);
		}
	}

	@Check
	public void checkInvalid(InvalidCell cell) {
		error(Messages.get("cell.invalid", cell.getText()), cell, null, IssueCodes.INVALID_CELL);
	}

	@Check
	public void checkPercentDigits(Percent percent) {
		String digits = percent.getDigits();
		if (digits != null && !(digits.matches("\\d") && Integer.parseInt(digits) <= 6)) {
			error(Messages.get("percent.digits", digits), P.getPercent_Digits(), IssueCodes.PERCENT_DIGITS);
		}
	}
}
