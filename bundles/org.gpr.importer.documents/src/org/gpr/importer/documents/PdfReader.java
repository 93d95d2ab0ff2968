package org.gpr.importer.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gpr.importer.DocumentReader;
import org.gpr.importer.ImportException;
import org.gpr.importer.SourceDocument;

/**
 * Reads a text-layer PDF with Apache PDFBox: the position of every glyph and the ruling lines of
 * every page ({@link PdfPageReader}), tables rebuilt from the rulings as grids with their merged
 * cells ({@link PdfTables}), the rest as paragraphs; page numbers and footers ({@code -3-}) are
 * left out, and so are the running headers and footers a browser prints on every page (date, title,
 * address, {@code 2/5}: {@link RunningLines}). A place is a page and a line on it. A scanned PDF (no text layer), a password, a
 * corrupt file or a document far longer than a report each get one sentence.
 */
public final class PdfReader implements DocumentReader {

	/** Annual reports have a few pages; a document far longer is not one (and would take long). */
	public static final int MAX_PAGES = 80;

	/** Page numbers and footers: -3-, — 3 —, 第 3 页, 3/6, a lone number. */
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"^[-—–－\\s]*\\d{1,3}[-—–－\\s]*$|^第\\s*\\d+\\s*页(\\s*[/，,共]\\s*\\d+\\s*页?)?$|^\\d+\\s*/\\s*\\d+$");

	/** The end of a sentence (or of a lead-in to a list). */
	private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：:;!?]\\s*$");
	/** An item's number: 1. 2、 3． (a digit after the mark is a decimal number, not an item). */
	private static final Pattern ITEM = Pattern.compile("^\\d{1,2}[.．、](?!\\d)");

	/** Places are numbered page × this + line on the page. */
	static final int PER_PAGE = 10_000;

	static {
		// PDFBox logs through commons-logging, which would find log4j-api on the command line's class
		// path and complain that it has no implementation; a report's reader has nothing to log
		if (System.getProperty("org.apache.commons.logging.Log") == null) {
			System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
		}
		Quiet.logging();
	}

	@Override
	public boolean reads(String fileName, byte[] head) {
		String start = new String(head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
		return start.contains("%PDF-") || fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
	}

	@Override
	public String kind() {
		return "PDF";
	}

	@Override
	public SourceDocument read(byte[] bytes, String display) throws ImportException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
			int pages = document.getNumberOfPages();
			if (pages > MAX_PAGES) {
				throw new ImportException(DocumentMessages.get("pdf.tooManyPages", display, pages, MAX_PAGES));
			}
			// a document whose permissions forbid copying but allow reading is read: reading is what gpr does
			List<PdfTables> read = new ArrayList<>();
			int glyphs = 0;
			for (int p = 0; p < pages; p++) {
				PDPage page = document.getPage(p);
				PdfPageReader.Page content = new PdfPageReader(document, page, p + 1).read();
				glyphs += content.glyphs().size();
				PdfTables tables = new PdfTables(content, PER_PAGE * (p + 1));
				int cut = tables.cutAtEdge();
				if (cut >= 0) {
					throw new ImportException(DocumentMessages.get("pdf.tableCut", display, place(cut)));
				}
				read.add(tables);
			}
			float right = median(read.stream().map(t -> t.textRight(PAGE_NUMBER)).filter(r -> !r.isNaN()).toList());
			List<List<Object>> perPage = new ArrayList<>();
			for (PdfTables tables : read) {
				perPage.add(new ArrayList<>(tables.blocks(PAGE_NUMBER, right)));
			}
			RunningLines.strip(perPage);
			List<Object> blocks = new ArrayList<>();
			perPage.forEach(blocks::addAll);
			if (glyphs == 0) {
				throw new ImportException(DocumentMessages.get("pdf.noText", display, pages));
			}
			return new SourceDocument(joinParagraphs(blocks), false, PdfReader::place);
		} catch (InvalidPasswordException e) {
			throw new ImportException(DocumentMessages.get("pdf.password", display));
		} catch (IOException | RuntimeException e) {
			throw new ImportException(DocumentMessages.get("pdf.corrupt", display, message(e)));
		} catch (StackOverflowError | OutOfMemoryError e) {
			throw new ImportException(DocumentMessages.get("pdf.corrupt", display, e.getClass().getSimpleName()));
		}
	}

	/** The median of some values, or NaN when there are none. */
	private static float median(List<Float> values) {
		if (values.isEmpty()) {
			return Float.NaN;
		}
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	static String message(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.split("\n")[0];
	}

	/** How a place reads: 第 3 页第 12 行. */
	static String place(int code) {
		return DocumentMessages.get("pdf.place", code / PER_PAGE, code % PER_PAGE);
	}

	/**
	 * Joins the lines of a paragraph that the page's width wrapped (also over a page break):
	 * a line continues the one before when that one ran to the right margin, this one is not
	 * indented and both are set in the same font size.
	 */
	private static List<SourceDocument.Block> joinParagraphs(List<Object> blocks) {
		List<SourceDocument.Block> joined = new ArrayList<>();
		PdfTables.TextLine open = null;
		for (Object block : blocks) {
			if (block instanceof PdfTables.TextLine line) {
				if (open != null && open.full() && !line.indented() && !startsNew(line.text()) && !startsItem(open.text(), line.text())
						&& sameSize(open, line)) {
					open = new PdfTables.TextLine(open.text() + line.text(), open.line(), line.full(), open.indented(), line.size());
					joined.set(joined.size() - 1, open.asLine());
					continue;
				}
				open = line;
				joined.add(line.asLine());
			} else {
				open = null;
				joined.add((SourceDocument.Block) block);
			}
		}
		return joined;
	}

	/** Whether two lines are set in one font size: a title in a larger font is not continued by the text under it. */
	private static boolean sameSize(PdfTables.TextLine a, PdfTables.TextLine b) {
		return a.size() <= b.size() * 1.25f && b.size() <= a.size() * 1.25f;
	}

	/**
	 * A numbered item (1. 2、 3．, not a number such as 2.5) after a line that ends a sentence starts a
	 * block of its own: a printer that does not indent paragraphs (LibreOffice) leaves no other mark
	 * of it when the sentence before ran to the margin.
	 */
	private static boolean startsItem(String before, String text) {
		return SENTENCE_END.matcher(before).find() && ITEM.matcher(text).lookingAt();
	}

	/** A heading or numbered item starts a block of its own even when not indented. */
	private static boolean startsNew(String text) {
		return text.matches("^[一二三四五六七八九十]+、.*") || text.matches("^[（(][一二三四五六七八九十]+[）)].*");
	}
}
