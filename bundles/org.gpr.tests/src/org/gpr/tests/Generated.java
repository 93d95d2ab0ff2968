package org.gpr.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Runs {@code gpr generate} for tests and reads what it wrote. */
final class Generated {

	final int exit;
	final String out;
	final String err;

	private Generated(int exit, String out, String err) {
		this.exit = exit;
		this.out = out;
		this.err = err;
	}

	static Generated run(Path workingDirectory, String... args) {
		CliRun cli = new CliRun(() -> workingDirectory);
		int exit = cli.run(args);
		return new Generated(exit, cli.out(), cli.err());
	}

	@Override
	public String toString() {
		return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
	}

	/**
	 * Opens a workbook. XMLBeans (under POI) finds its schema types through the thread's context
	 * class loader; under OSGi that must be the POI bundle's class loader.
	 */
	static XSSFWorkbook workbook(Path file) throws IOException {
		Thread thread = Thread.currentThread();
		ClassLoader saved = thread.getContextClassLoader();
		thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		} finally {
			thread.setContextClassLoader(saved);
		}
	}

	/** The content of a workbook as text: sheets, merged regions, and every cell's type and value. */
	static String dump(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = workbook(file)) {
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				XSSFSheet sheet = workbook.getSheetAt(s);
				text.append("sheet ").append(sheet.getSheetName()).append('\n');
				List<String> merged = new ArrayList<>();
				for (CellRangeAddress range : sheet.getMergedRegions()) {
					merged.add(range.formatAsString());
				}
				merged.sort(null);
				text.append("merged ").append(merged).append('\n');
				for (Row row : sheet) {
					for (Cell cell : row) {
						String value = switch (cell.getCellType()) {
						case NUMERIC -> "n:" + cell.getNumericCellValue();
						case STRING -> cell.getStringCellValue().isEmpty() ? null : "s:" + cell.getStringCellValue();
						case FORMULA -> "f:" + cell.getCellFormula();
						case BOOLEAN -> "b:" + cell.getBooleanCellValue();
						default -> null;
						};
						if (value != null) {
							text.append(cell.getAddress().formatAsString()).append(' ').append(value)
									.append(cell.getCellStyle().getQuotePrefixed() ? " quoted" : "").append('\n');
						}
					}
				}
			}
		}
		return text.toString();
	}
}
