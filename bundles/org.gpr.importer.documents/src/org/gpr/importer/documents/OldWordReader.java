package org.gpr.importer.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gpr.importer.GridBuilder;
import org.gpr.importer.ImportException;
import org.gpr.importer.SourceDocument;
import org.gpr.importer.TextReader;

/**
 * Reads an old Word document (Word 97–2003, {@code .doc}) with Apache POI HWPF into the grid model
 * the {@code .docx} reader builds: paragraphs outside tables become lines, tables grids. A binary
 * Word table has no grid of its own: each cell has a left edge and a width, so the table's columns
 * are the distinct cell edges of all its rows, and a cell spans the columns between its edges
 * (what {@code gridSpan} says in a {@code .docx}); a vertical merge ({@code fVertMerge} without
 * {@code fVertRestart}) continues the cell above, the legacy horizontal merge ({@code fMerged}
 * without {@code fFirstMerged}) the cell to the left. Places are numbered as in a {@code .docx}
 * (paragraph, or table and row), see {@link WordReader#place}.
 */
final class OldWordReader {

	static {
		Quiet.logging();
	}

	/** Cell edges closer than this (in twips, 1/20 pt) are one column edge: Word rounds widths. */
	private static final int SAME_EDGE = 30;
	/** A report is a few hundred paragraphs (every table cell is one); far beyond this is not a report. */
	static final int MAX_PARAGRAPHS = 20_000;
	/** Cells of one table row beyond this are not a report's. */
	private static final int MAX_COLUMNS = 64;

	private OldWordReader() {
	}

	/**
	 * @param filesystem the document's OLE2 container, which holds a {@code WordDocument} stream
	 */
	static SourceDocument read(POIFSFileSystem filesystem, String display) throws ImportException {
		try (HWPFDocument document = new HWPFDocument(filesystem)) {
			Range range = document.getRange();
			int count = range.numParagraphs();
			if (count > MAX_PARAGRAPHS) {
				throw new ImportException(DocumentMessages.get("word.tooLong", display, count, MAX_PARAGRAPHS));
			}
			List<SourceDocument.Block> blocks = new ArrayList<>();
			int paragraph = 0;
			int tableIndex = 0;
			for (int i = 0; i < count; i++) {
				Paragraph p = range.getParagraph(i);
				if (p.isInTable()) {
					Table table = range.getTable(p);
					tableIndex++;
					blocks.add(grid(table, tableIndex));
					i += Math.max(1, table.numParagraphs()) - 1;
				} else {
					paragraph++;
					String text = clean(p.text());
					if (!text.isEmpty()) {
						blocks.add(new SourceDocument.Line(text, paragraph));
					}
				}
			}
			return new SourceDocument(blocks, false, WordReader::place);
		} catch (OldFileFormatException e) {
			throw new ImportException(DocumentMessages.get("word.word95", display));
		} catch (EncryptedDocumentException e) {
			throw new ImportException(DocumentMessages.get("word.encrypted", display));
		} catch (IOException | RuntimeException e) {
			throw new ImportException(DocumentMessages.get("word.corrupt", display, PdfReader.message(e)));
		} catch (StackOverflowError | OutOfMemoryError e) {
			throw new ImportException(DocumentMessages.get("word.tooLarge", display));
		}
	}

	/** A paragraph's text without field codes (the result kept), marks and line breaks, stripped. */
	private static String clean(String text) {
		return TextReader.strip(Range.stripFields(text).replaceAll("[\\x00-\\x1f]+", ""));
	}

	private static SourceDocument.Grid grid(Table table, int index) {
		int rows = table.numRows();
		// the table's columns: the distinct edges of every cell of every row, near ones taken as one
		TreeSet<Integer> edges = new TreeSet<>();
		for (int r = 0; r < rows; r++) {
			TableRow row = table.getRow(r);
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				edges.add(cell.getLeftEdge());
				edges.add(cell.getLeftEdge() + cell.getWidth());
			}
		}
		List<Integer> columns = new ArrayList<>();
		for (int edge : edges) {
			if (columns.isEmpty() || edge - columns.get(columns.size() - 1) > SAME_EDGE) {
				columns.add(edge);
			}
		}
		GridBuilder builder = new GridBuilder(rows);
		for (int r = 0; r < rows; r++) {
			TableRow row = table.getRow(r);
			builder.line(r, index * WordReader.PER_TABLE + r + 1);
			int c = 0;
			while (c < row.numCells()) {
				TableCell cell = row.getCell(c);
				int right = cell.getLeftEdge() + cell.getWidth();
				int next = c + 1;
				// the legacy horizontal merge: the cells after the first merged one are part of it
				while (cell.isFirstMerged() && next < row.numCells() && row.getCell(next).isMerged()
						&& !row.getCell(next).isFirstMerged()) {
					right = row.getCell(next).getLeftEdge() + row.getCell(next).getWidth();
					next++;
				}
				int start = column(columns, cell.getLeftEdge());
				int end = column(columns, right);
				if (start < MAX_COLUMNS) {
					int span = Math.max(1, Math.min(end, MAX_COLUMNS) - start);
					boolean continuesDown = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
					if (!(continuesDown && builder.continueDown(r, start, span))) {
						builder.place(r, start, 1, span, text(cell));
					}
				}
				c = next;
			}
		}
		return builder.build(index * WordReader.PER_TABLE + 1);
	}

	/** The column an edge starts: the last column edge at or before it (within {@link #SAME_EDGE}). */
	private static int column(List<Integer> columns, int edge) {
		int found = 0;
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i) <= edge + SAME_EDGE) {
				found = i;
			}
		}
		return found;
	}

	/** A cell's paragraphs joined, each stripped: a label wrapped in the cell is one label (as in a .docx). */
	private static String text(TableCell cell) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < cell.numParagraphs(); i++) {
			text.append(clean(cell.getParagraph(i).text()));
		}
		return TextReader.strip(text.toString());
	}
}
