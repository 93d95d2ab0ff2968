package org.gpr.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gpr.generator.DocumentRenderer;
import org.gpr.generator.OutputKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The report as an editable Word document in the style of GB/T 9704-2012: A4, margins 37/35/28/26
 * mm (top/bottom/left/right), title 二号方正小标宋简体, body 三号仿宋_GB2312 at 22 lines a page,
 * level-1 headings 黑体, level-2 楷体_GB2312, page numbers “— 1 —” at the outer edge (odd pages
 * right, even left). Every table is a Word table laid out from the report's HTML page (so from the
 * same {@link org.gpr.generator.TableLayout} as the web page): its header cells merged as in the
 * official form (gridSpan, vMerge), its header rows repeated on every page, no row split.
 * The tables are set in 宋体 10 pt, as in the template of the 2021 format circulated to bodies.
 * East Asian fonts are set on every run; Word and WPS use the official fonts where installed.
 */
public final class DocxRenderer implements DocumentRenderer {

	static {
		// POI logs through log4j-api, which without an implementation complains on stderr (as XlsxRenderer)
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
	}

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;
	/** The width of the text on A4 with the margins of GB/T 9704: 210 − 28 − 26 mm. */
	static final int TEXT_WIDTH = twips(156);

	static final String TITLE_FONT = FontRole.TITLE.officialName();
	static final String HEI_FONT = FontRole.HEI.officialName();
	static final String KAI_FONT = FontRole.KAI.officialName();
	static final String FANG_FONT = FontRole.FANG.officialName();
	static final String TABLE_FONT = "宋体";

	@Override
	public OutputKind kind() {
		return OutputKind.DOCX;
	}

	static int twips(double mm) {
		return (int) Math.round(mm * TWIPS_PER_MM);
	}

	@Override
	public byte[] render(Input input) {
		Document page = Jsoup.parse(input.html());
		// POI finds its XML schemas (xmlbeans) through the context class loader
		Thread thread = Thread.currentThread();
		ClassLoader saved = thread.getContextClassLoader();
		thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
		XWPFDocument doc = new XWPFDocument();
		try {
			pageSetup(doc);
			doc.getProperties().getCoreProperties().setTitle(page.title());
			doc.getProperties().getCoreProperties().setCreator(input.report().getBody());
			doc.getProperties().getCoreProperties().setSubjectProperty(page.title());
			doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("gpr");
			doc.createStyles().setEastAsia("zh-CN");
			doc.getStyles().setSpellingLanguage("zh-CN");
			Element main = page.selectFirst("main");
			if (main != null) {
				Cells cells = new Cells();
				for (Element element : main.children()) {
					block(doc, element, cells);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
			doc.write(bytes);
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			// not close(): for a package made in memory, POI's close() saves the whole package a
			// second time (into a buffer of its own) after write() has given the bytes
			doc.getPackage().revert();
			thread.setContextClassLoader(saved);
		}
	}

	private static void pageSetup(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(37)));
		margins.setBottom(BigInteger.valueOf(twips(35)));
		margins.setLeft(BigInteger.valueOf(twips(28)));
		margins.setRight(BigInteger.valueOf(twips(26)));
		margins.setHeader(BigInteger.valueOf(twips(15)));
		margins.setFooter(BigInteger.valueOf(twips(28) - 300));
		margins.setGutter(BigInteger.ZERO);
		doc.setEvenAndOddHeadings(true);
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	/** “— 1 —” in 四号宋体, one character in from the outer edge. */
	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			paragraph.setIndentationRight(280);
		} else {
			paragraph.setIndentationLeft(280);
		}
		font(paragraph.createRun(), "宋体", 14).setText("— ");
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		XWPFRun number = new XWPFRun(field.addNewR(), paragraph);
		font(number, "宋体", 14).setText("1");
		font(paragraph.createRun(), "宋体", 14).setText(" —");
	}

	private void block(XWPFDocument doc, Element element, Cells cells) {
		switch (element.tagName()) {
		case "h1" -> {
			XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 0);
			p.setSpacingAfter(578);
			p.setSpacingBetween(36, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
			font(p.createRun(), TITLE_FONT, 22).setText(element.text());
		}
		case "h2" -> font(paragraph(doc, ParagraphAlignment.BOTH, 2).createRun(), HEI_FONT, 16).setText(element.text());
		case "h3" -> font(paragraph(doc, ParagraphAlignment.BOTH, 2).createRun(), KAI_FONT, 16).setText(element.text());
		case "p" -> {
			if (element.hasClass("caption")) {
				font(paragraph(doc, ParagraphAlignment.CENTER, 0).createRun(), HEI_FONT, 12).setText(element.text());
			} else if (element.hasClass("table-note")) {
				// the reason the author gave for an accepted warning, under its table
				XWPFParagraph note = doc.createParagraph();
				note.setAlignment(ParagraphAlignment.BOTH);
				note.setSpacingBetween(20, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
				font(note.createRun(), FANG_FONT, 12).setText(element.text());
			} else if (!element.hasClass("downloads")) {
				font(paragraph(doc, ParagraphAlignment.BOTH, 2).createRun(), FANG_FONT, 16).setText(element.text());
			}
		}
		case "ol" -> {
			int n = 1;
			for (Element li : element.select("> li")) {
				font(paragraph(doc, ParagraphAlignment.BOTH, 2).createRun(), FANG_FONT, 16).setText(n++ + ". " + li.text());
			}
		}
		case "table" -> {
			if (element.hasClass("form")) {
				table(doc, element, cells);
			} else if (element.hasClass("figures")) {
				figures(doc, element, cells);
			}
		}
		case "figure" -> chart(doc, element);
		default -> {
			for (Element child : element.children()) {
				block(doc, child, cells);
			}
		}
		}
	}

	/** The figures at a glance (数说年报): their caption, then a Word table of name, value (and change), its header repeated. */
	private void figures(XWPFDocument doc, Element html, Cells cells) {
		Element caption = html.selectFirst("> caption");
		if (caption != null) {
			XWPFParagraph line = paragraph(doc, ParagraphAlignment.CENTER, 0);
			line.setKeepNext(true);
			font(line.createRun(), HEI_FONT, 12).setText(caption.text());
		}
		List<Element> rows = new ArrayList<>(html.select("> thead > tr"));
		int headerRows = rows.size();
		rows.addAll(html.select("> tbody > tr"));
		int width = rows.stream().mapToInt(r -> r.children().size()).max().orElse(0);
		if (rows.isEmpty() || width == 0) {
			return;
		}
		int[] widths = new int[width];
		widths[0] = width == 1 ? TEXT_WIDTH : TEXT_WIDTH / 2;
		for (int c = 1; c < width; c++) {
			widths[c] = (TEXT_WIDTH - widths[0]) / (width - 1);
		}
		XWPFTable table = doc.createTable();
		table.setTableAlignment(TableRowAlign.CENTER);
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.insertNewTableRow(r + 1);
			row.setCantSplitRow(true);
			if (r < headerRows) {
				row.setRepeatHeader(true);
			}
			List<Element> htmlCells = rows.get(r).children();
			for (int c = 0; c < width; c++) {
				Element cell = c < htmlCells.size() ? htmlCells.get(c) : null;
				cells.add(row, widths[c], 1, null, cell, c == 0 && r >= headerRows);
			}
		}
		table.removeRow(0);
		XWPFParagraph after = doc.createParagraph();
		after.setSpacingBetween(12, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
	}

	/**
	 * A chart of the figures (an SVG in the web page, which Word cannot take from it): its title and
	 * its caption, which gives every bar's value as text.
	 */
	private static void chart(XWPFDocument doc, Element figure) {
		Element title = figure.selectFirst("svg > text");
		if (title != null) {
			XWPFParagraph line = paragraph(doc, ParagraphAlignment.CENTER, 0);
			line.setKeepNext(true);
			font(line.createRun(), HEI_FONT, 12).setText(title.text());
		}
		Element caption = figure.selectFirst("figcaption");
		if (caption != null) {
			XWPFParagraph p = doc.createParagraph();
			p.setAlignment(ParagraphAlignment.BOTH);
			p.setSpacingBetween(20, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
			font(p.createRun(), FANG_FONT, 12).setText(caption.text());
		}
	}

	/** A paragraph of the body: 28.9 pt exact line spacing (22 lines a page), first line indented by chars. */
	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int indentChars) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingBetween(28.9, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		if (indentChars > 0) {
			p.setFirstLineIndent(indentChars * 320);
			p.getCTPPr().getInd().setFirstLineChars(BigInteger.valueOf(indentChars * 100L));
		}
		return p;
	}

	/** The font of a run for every script (ASCII, high ANSI, East Asian, complex), and its size. */
	static XWPFRun font(XWPFRun run, String family, double points) {
		run.setFontFamily(family, FontCharRange.ascii);
		run.setFontFamily(family, FontCharRange.hAnsi);
		run.setFontFamily(family, FontCharRange.eastAsia);
		run.setFontFamily(family, FontCharRange.cs);
		run.setFontSize(points);
		return run;
	}

	/** One cell of the HTML table placed on the grid. */
	private record Placed(Element cell, int row, int column, int rowSpan, int colSpan, boolean header) {
	}

	private void table(XWPFDocument doc, Element html, Cells cells) {
		List<Element> rows = new ArrayList<>(html.select("> thead > tr"));
		int headerRows = rows.size();
		rows.addAll(html.select("> tbody > tr"));
		int width = html.select("> colgroup > col").size();
		if (rows.isEmpty() || width == 0) {
			return;
		}
		Placed[][] grid = new Placed[rows.size()][width];
		for (int r = 0; r < rows.size(); r++) {
			int c = 0;
			for (Element cell : rows.get(r).children()) {
				while (c < width && grid[r][c] != null) {
					c++;
				}
				if (c >= width) {
					break;
				}
				int rowSpan = Math.max(1, parse(cell.attr("rowspan")));
				int colSpan = Math.min(width - c, Math.max(1, parse(cell.attr("colspan"))));
				Placed placed = new Placed(cell, r, c, Math.min(rowSpan, rows.size() - r), colSpan, r < headerRows);
				for (int dr = 0; dr < placed.rowSpan(); dr++) {
					for (int dc = 0; dc < colSpan; dc++) {
						grid[r + dr][c + dc] = placed;
					}
				}
				c += colSpan;
			}
		}
		Element caption = html.selectFirst("> caption");
		if (caption != null && !caption.hasClass("visually-hidden")) {
			XWPFParagraph line = paragraph(doc, ParagraphAlignment.CENTER, 0);
			line.setKeepNext(true);
			font(line.createRun(), HEI_FONT, 12).setText(caption.text());
		}
		int[] widths = widths(html, width);
		XWPFTable table = doc.createTable();
		table.setTableAlignment(TableRowAlign.CENTER);
		CTTblWidth tableWidth = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
				: table.getCTTbl().getTblPr().addNewTblW();
		tableWidth.setType(STTblWidth.DXA);
		tableWidth.setW(BigInteger.valueOf(TEXT_WIDTH));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(
				org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
		var tblGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		while (tblGrid.sizeOfGridColArray() > 0) {
			tblGrid.removeGridCol(0);
		}
		for (int w : widths) {
			tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.insertNewTableRow(r + 1);
			row.setCantSplitRow(true);
			if (r < headerRows) {
				row.setRepeatHeader(true);
			}
			for (int c = 0; c < width;) {
				Placed placed = grid[r][c];
				if (placed == null) {
					cells.add(row, widths[c], 1, null, null, false);
					c++;
					continue;
				}
				int span = placed.colSpan();
				int cellWidth = 0;
				for (int k = c; k < c + span; k++) {
					cellWidth += widths[k];
				}
				boolean continued = placed.row() < r;
				cells.add(row, cellWidth, span, placed.rowSpan() > 1 ? (continued ? STMerge.CONTINUE : STMerge.RESTART) : null,
						continued ? null : placed.cell(),
						placed.cell().tagName().equals("th") && !placed.header() && !placed.cell().hasClass("group"));
				c += span;
			}
		}
		table.removeRow(0);
		// a paragraph after the table, so that two tables do not merge into one
		XWPFParagraph after = doc.createParagraph();
		after.setSpacingBetween(12, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
	}

	/** The grid columns' widths in twips: value columns 13.5 mm (22 % in a block of 二), row-group labels 17 mm, the row labels the rest. */
	private static int[] widths(Element html, int width) {
		List<Element> cols = html.select("> colgroup > col");
		boolean block = html.parents().stream().anyMatch(p -> p.hasClass("block"));
		int[] widths = new int[width];
		int fixed = 0;
		int free = 0;
		for (int i = 0; i < width; i++) {
			Element col = cols.get(i);
			if (col.hasClass("v")) {
				widths[i] = block ? (int) (TEXT_WIDTH * 0.22) : twips(13.5);
				fixed += widths[i];
			} else if (col.hasClass("g")) {
				widths[i] = twips(17);
				fixed += widths[i];
			} else {
				free++;
			}
		}
		int rest = Math.max(twips(20), TEXT_WIDTH - fixed);
		for (int i = 0; i < width; i++) {
			if (widths[i] == 0) {
				widths[i] = free == 0 ? twips(20) : rest / free;
			}
		}
		return widths;
	}

	/**
	 * The table cells of one document. A cell is its properties (width, span, merge, centred
	 * vertically), one paragraph (aligned, single spacing) and a run of 宋体 (10 pt, 9 pt in a note)
	 * holding its text. The first cell of each kind (alignment, font size, empty) is built through
	 * POI; every further one is a copy of it (XmlObject.set, one copy in the XML store instead of a
	 * dozen schema look-ups per cell) given its own width, span, merge and text: the same XML, a
	 * fraction of the work for the few hundred cells of a report. One instance per document, so no
	 * XML is shared between threads.
	 */
	private static final class Cells {
		private final Map<String, CTTc> prototypes = new HashMap<>();

		void add(XWPFTableRow row, int width, int span, STMerge.Enum merge, Element content, boolean rowLabel) {
			boolean note = content != null && content.hasClass("note");
			ParagraphAlignment alignment = rowLabel || note ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
			double points = note ? 9 : 10;
			String kind = alignment + "/" + (content == null ? "empty" : points);
			CTTc tc = row.getCtRow().addNewTc();
			CTTc prototype = prototypes.get(kind);
			if (prototype == null) {
				XWPFTableCell cell = new XWPFTableCell(tc, row, row.getTable().getBody());
				CTTcPr properties = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
				properties.addNewTcW().setType(STTblWidth.DXA);
				properties.addNewVAlign().setVal(STVerticalJc.CENTER);
				XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
				p.setAlignment(alignment);
				p.setSpacingBetween(1.0);
				if (content != null) {
					// the tables of the template circulated to bodies (2021) are set in 宋体 10 pt
					font(p.createRun(), TABLE_FONT, points);
				}
				prototypes.put(kind, (CTTc) tc.copy());
			} else {
				tc.set(prototype);
			}
			CTTcPr properties = tc.getTcPr();
			properties.getTcW().setW(BigInteger.valueOf(width));
			if (span > 1) {
				properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
			}
			if (merge != null) {
				properties.addNewVMerge().setVal(merge);
			}
			if (content != null) {
				String text = content.text();
				CTText t = tc.getPArray(0).getRArray(0).addNewT();
				t.setStringValue(text);
				if (!text.equals(text.strip())) {
					t.setSpace(SpaceAttribute.Space.PRESERVE);
				}
			}
		}
	}

	private static int parse(String number) {
		try {
			return number.isEmpty() ? 1 : Integer.parseInt(number.trim());
		} catch (NumberFormatException e) {
			return 1;
		}
	}
}
