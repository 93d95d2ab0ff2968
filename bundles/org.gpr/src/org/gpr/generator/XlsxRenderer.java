package org.gpr.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gpr.eval.CellValue;
import org.gpr.eval.ReportData;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.gpr.Report;

/**
 * A report's tables as one XLSX workbook: a sheet per table, its title in the first row, then the
 * header of the official form with merged cells (the same {@link TableLayout} as the HTML), then
 * the rows. Numbers are numeric cells; blanks are empty; not applicable is "/". Text is never a
 * formula: cells are string cells, and text starting with =, +, -, @ is quote-prefixed.
 */
public final class XlsxRenderer {

	static {
		// POI logs through log4j-api, which without an implementation on the class path complains on
		// stderr; its own simple logger (errors only) is enough
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
	}

	private XlsxRenderer() {
	}

	public static byte[] render(Report report, EffectiveFormat format, ReportData data) {
		// POI finds its XML schemas (xmlbeans) through the context class loader; under OSGi that
		// is not the POI bundle's loader, so set it for the duration of the call
		Thread thread = Thread.currentThread();
		ClassLoader saved = thread.getContextClassLoader();
		thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Set<String> names = new HashSet<>();
			if (format != null) {
				for (EffectiveFormat.Section section : format.getSections()) {
					for (EffectiveTable table : section.getTables()) {
						if (data != null && data.table(table.getName()) != null) {
							sheet(workbook, styles, names, table, data);
						}
					}
				}
			}
			if (workbook.getNumberOfSheets() == 0) {
				workbook.createSheet(safeSheetName(report.getTitle() == null ? "report" : report.getTitle(), names));
			}
			workbook.getProperties().getCoreProperties().setTitle(report.getTitle());
			workbook.getProperties().getCoreProperties().setCreator("gpr");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
			workbook.write(bytes);
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			thread.setContextClassLoader(saved);
		}
	}

	private static final class Styles {
		final CellStyle title;
		final CellStyle titleQuoted;
		final CellStyle header;
		final CellStyle headerQuoted;
		final CellStyle label;
		final CellStyle labelQuoted;
		final CellStyle number;
		final CellStyle text;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			title = workbook.createCellStyle();
			title.setFont(bold);
			title.setAlignment(HorizontalAlignment.CENTER);
			titleQuoted = workbook.createCellStyle();
			titleQuoted.cloneStyleFrom(title);
			titleQuoted.setQuotePrefixed(true);
			header = bordered(workbook, HorizontalAlignment.CENTER);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			headerQuoted = workbook.createCellStyle();
			headerQuoted.cloneStyleFrom(header);
			headerQuoted.setQuotePrefixed(true);
			label = bordered(workbook, HorizontalAlignment.LEFT);
			labelQuoted = workbook.createCellStyle();
			labelQuoted.cloneStyleFrom(label);
			labelQuoted.setQuotePrefixed(true);
			number = bordered(workbook, HorizontalAlignment.CENTER);
			text = bordered(workbook, HorizontalAlignment.CENTER);
		}

		private static CellStyle bordered(XSSFWorkbook workbook, HorizontalAlignment alignment) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			return style;
		}
	}

	/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
	static String safeSheetName(String wanted, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "sheet" : wanted.strip(), '_');
		if (base.startsWith("'")) {
			base = "_" + base.substring(1);
		}
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase()); i++) {
			String suffix = "(" + i + ")";
			name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
		}
		return name;
	}

	private static void sheet(XSSFWorkbook workbook, Styles styles, Set<String> names, EffectiveTable table,
			ReportData data) {
		String label = table.getLabel() != null ? table.getLabel() : table.getName();
		XSSFSheet sheet = workbook.createSheet(safeSheetName(Cells.neutralise(label), names));
		TableLayout layout = new TableLayout(table, data);
		int width = Math.max(1, layout.getWidth());
		XSSFRow titleRow = sheet.createRow(0);
		text(titleRow.createCell(0), label, styles.title, styles.titleQuoted);
		if (width > 1) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
		}
		int offset = 1;
		for (int r = 0; r < layout.getHeaderRows() + layout.getBody().size(); r++) {
			XSSFRow row = sheet.createRow(offset + r);
			for (int c = 0; c < width; c++) {
				row.createCell(c).setCellStyle(r < layout.getHeaderRows() ? styles.header : styles.number);
			}
		}
		for (TableLayout.Cell cell : layout.getHeader()) {
			place(sheet, offset, cell, styles.header, styles.headerQuoted);
		}
		for (List<TableLayout.Cell> row : layout.getBody()) {
			for (TableLayout.Cell cell : row) {
				if (cell.kind() == TableLayout.Kind.VALUE) {
					XSSFCell target = sheet.getRow(offset + cell.row()).getCell(cell.column());
					CellValue value = cell.value();
					if (value.isNumber()) {
						target.setCellValue(value.value().doubleValue());
						if (value.unit() != null) {
							text(target, Cells.text(value), styles.text, styles.text);
						}
					} else if (value.kind() == CellValue.Kind.NOT_APPLICABLE) {
						target.setCellValue("/");
					}
				} else {
					place(sheet, offset, cell, styles.label, styles.labelQuoted);
				}
			}
		}
		for (int c = 0; c < width; c++) {
			sheet.setColumnWidth(c, c < layout.getLabelColumns() ? (c == layout.getLabelColumns() - 1 ? 40 : 14) * 256
					: 12 * 256);
		}
		sheet.createFreezePane(layout.getLabelColumns(), offset + layout.getHeaderRows());
	}

	private static void place(XSSFSheet sheet, int offset, TableLayout.Cell cell, CellStyle style, CellStyle quoted) {
		int top = offset + cell.row();
		text(sheet.getRow(top).getCell(cell.column()), cell.text(), style, quoted);
		if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
			sheet.addMergedRegion(new CellRangeAddress(top, top + cell.rowSpan() - 1, cell.column(),
					cell.column() + cell.colSpan() - 1));
		}
	}

	/** A string cell; text a spreadsheet would read as a formula gets a quote prefix (shown as typed, never run). */
	private static void text(XSSFCell cell, String text, CellStyle style, CellStyle quoted) {
		String value = text == null ? "" : text;
		cell.setCellValue(value);
		cell.setCellStyle(Cells.risky(value) ? quoted : style);
	}
}
