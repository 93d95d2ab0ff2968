package org.gpr.importer.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gpr.importer.DocumentReader;
import org.gpr.importer.GridBuilder;
import org.gpr.importer.ImportException;
import org.gpr.importer.SourceDocument;
import org.gpr.importer.TextReader;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document ({@code .docx}, and {@code .doc} through {@link OldWordReader}) with Apache POI XWPF: paragraphs become lines, tables the
 * grid model the HTML reader builds — horizontal spans ({@code gridSpan}, legacy {@code hMerge}),
 * vertical merges ({@code vMerge}, where a merge without a value continues the cell above) and
 * the cells a row skips ({@code gridBefore}/{@code gridAfter}). A place is a paragraph, or a table
 * and its row. The unpacked size and the compression ratio are bounded (POI's {@link ZipSecureFile}),
 * so a zip bomb is refused; an encrypted document gets one sentence. An old {@code .doc} (an OLE2
 * container with a {@code WordDocument} stream, whatever the file is named) is read by
 * {@link OldWordReader} into the same model.
 */
public final class WordReader implements DocumentReader {

	static {
		Quiet.logging();
	}

	/** Places of a table's rows are numbered table × this + row. */
	static final int PER_TABLE = 1_000_000;
	/** No part of a report's document is near this size unpacked. */
	private static final long MAX_ENTRY = 64L * 1024 * 1024;
	/** Cells of one table row beyond this are not a report's. */
	private static final int MAX_COLUMNS = 64;

	@Override
	public boolean reads(String fileName, byte[] head) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".docx") || name.endsWith(".doc");
	}

	@Override
	public String kind() {
		return "Word";
	}

	@Override
	public SourceDocument read(byte[] bytes, String display) throws ImportException {
		boolean ole2 = bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf
				&& (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xe0;
		if (ole2) {
			// an old .doc is an OLE2 container by nature, an encrypted .docx is one too (whatever either is named)
			return ole2(bytes, display);
		}
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<SourceDocument.Block> blocks = new ArrayList<>();
			int paragraph = 0;
			int tableIndex = 0;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph p) {
					paragraph++;
					// a paragraph or cell of only no-break spaces (a page's &nbsp; kept by a converter) is empty, as in HTML
					String text = TextReader.strip(p.getText().replaceAll("[\\r\\n\\t]+", ""));
					if (!text.isEmpty()) {
						blocks.add(new SourceDocument.Line(text, paragraph));
					}
				} else if (element instanceof XWPFTable table) {
					tableIndex++;
					blocks.add(grid(table, tableIndex));
				}
			}
			return new SourceDocument(blocks, false, WordReader::place);
		} catch (IOException | RuntimeException e) {
			String message = PdfReader.message(e);
			if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceeds the maximum")
					|| message.contains("max entry size")) {
				throw new ImportException(DocumentMessages.get("word.tooLarge", display));
			}
			throw new ImportException(DocumentMessages.get("word.corrupt", display, message));
		} catch (StackOverflowError | OutOfMemoryError e) {
			throw new ImportException(DocumentMessages.get("word.tooLarge", display));
		}
	}

	/** An OLE2 container: a Word 97–2003 document (HWPF), an encrypted Word document, or something else. */
	private static SourceDocument ole2(byte[] bytes, String display) throws ImportException {
		POIFSFileSystem filesystem;
		try {
			filesystem = new POIFSFileSystem(new ByteArrayInputStream(bytes));
		} catch (IOException | RuntimeException e) {
			throw new ImportException(DocumentMessages.get("word.corrupt", display, PdfReader.message(e)));
		} catch (StackOverflowError | OutOfMemoryError e) {
			throw new ImportException(DocumentMessages.get("word.tooLarge", display));
		}
		try (filesystem) {
			DirectoryNode root = filesystem.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw new ImportException(DocumentMessages.get("word.encrypted", display));
			}
			if (!root.hasEntry("WordDocument")) {
				throw new ImportException(DocumentMessages.get("word.notWord", display));
			}
			return OldWordReader.read(filesystem, display);
		} catch (IOException e) {
			throw new ImportException(DocumentMessages.get("word.corrupt", display, PdfReader.message(e)));
		}
	}

	static String place(int code) {
		return code >= PER_TABLE ? DocumentMessages.get("word.place.table", code / PER_TABLE, code % PER_TABLE)
				: DocumentMessages.get("word.place.paragraph", code);
	}

	private record Source(String text, int span, boolean continuesDown) {
	}

	private static SourceDocument.Grid grid(XWPFTable table, int index) {
		List<XWPFTableRow> rows = table.getRows();
		GridBuilder builder = new GridBuilder(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = rows.get(r);
			builder.line(r, index * PER_TABLE + r + 1);
			List<Source> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = properties != null && properties.getGridSpan() != null ? number(properties.getGridSpan(), 1) : 1;
				boolean continuesDown = properties != null && properties.getVMerge() != null
						&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
				boolean continuesLeft = properties != null && properties.getHMerge() != null
						&& (properties.getHMerge().getVal() == null || properties.getHMerge().getVal() == STMerge.CONTINUE);
				if (continuesLeft && !cells.isEmpty()) {
					Source previous = cells.remove(cells.size() - 1);
					cells.add(new Source(previous.text(), previous.span() + span, previous.continuesDown()));
					continue;
				}
				cells.add(new Source(text(cell), span, continuesDown));
			}
			int column = before(row);
			for (Source cell : cells) {
				if (column >= MAX_COLUMNS) {
					break;
				}
				int span = Math.min(cell.span(), MAX_COLUMNS - column);
				if (!(cell.continuesDown() && builder.continueDown(r, column, span))) {
					builder.place(r, column, 1, span, cell.text());
				}
				column += span;
			}
		}
		return builder.build(index * PER_TABLE + 1);
	}

	/** A cell's paragraphs (and their line breaks) joined: a label wrapped in the cell is one label. */
	private static String text(XWPFTableCell cell) {
		StringBuilder text = new StringBuilder();
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			text.append(TextReader.strip(paragraph.getText().replaceAll("[\\r\\n\\t]+", "")));
		}
		return TextReader.strip(text.toString());
	}

	/** The grid columns a row skips before its first cell. */
	private static int before(XWPFTableRow row) {
		CTTrPr properties = row.getCtRow().getTrPr();
		if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
			return 0;
		}
		return Math.min(number(properties.getGridBeforeArray(0), 0), MAX_COLUMNS);
	}

	private static int number(CTDecimalNumber value, int fallback) {
		BigInteger number = value.getVal();
		return number == null ? fallback : Math.max(0, Math.min(number.intValue(), MAX_COLUMNS));
	}
}
