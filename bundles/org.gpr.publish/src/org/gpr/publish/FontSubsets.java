package org.gpr.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts one document embeds, cut down first to the characters the document can draw.
 * PDFBox makes a CJK face ready for a document in work proportional to all its glyphs, not to those
 * used: at load it writes the widths of every glyph (uming 27,123, wqy-zenhei 44,960) and reads them
 * back into a map, and at save, after the subset is made, it walks every glyph again for the
 * ToUnicode map, the CIDToGIDMap and the CIDSet. Given a face holding only the code points of the
 * page (plus those openhtmltopdf draws itself), all of that is in proportion to the report, and the
 * document is still subset by PDFBox at save as before: the same glyphs, widths, metrics and
 * Unicode mapping (the font's hhea, OS/2, post, head, glyf and hmtx entries are copied unchanged).
 * <p>
 * A cut-down face has no GSUB table, so PDFBox writes the text without substitutions. That is the
 * same text only where no substitution of the face would apply, so the whole face is embedded
 * instead when the document has all glyphs of one of its substitution inputs
 * ({@link Fonts.Parsed#maySubstitute}), when it has a character beyond the BMP (the cut-down cmap is
 * format 4), or when the cut-down face would not carry the face's PostScript name.
 */
public final class FontSubsets {

	/**
	 * What openhtmltopdf may draw that is not in the page's text: printable ASCII (list numbers,
	 * page numbers), the dashes of the page numbers “— 1 —”, the quotes and bullets of its default
	 * style sheet.
	 */
	private static final Set<Integer> DRAWN_BY_LAYOUT;

	static {
		Set<Integer> drawn = new TreeSet<>();
		for (int cp = 0x20; cp <= 0x7E; cp++) {
			drawn.add(cp);
		}
		for (int cp : new int[] { 0x00A0, 0x2014, 0x2013, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x25E6, 0x25AA }) {
			drawn.add(cp);
		}
		DRAWN_BY_LAYOUT = Set.copyOf(drawn);
	}

	/** The tables a cut-down face keeps: those PDFBox's subset keeps, and those PDFBox reads at load. */
	private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
			"fpgm", "gasp", "name", "OS/2", "post", "cmap");

	private FontSubsets() {
	}

	/** The face as a font of the document, cut down to the given code points where that keeps the text the same. */
	static PDType0Font load(PDDocument document, Fonts.Face face, Set<Integer> text) throws IOException {
		Fonts.Parsed parsed = Fonts.parsed(face);
		TrueTypeFont font = parsed.font();
		TrueTypeFont cut = cut(parsed, font, text);
		return PDType0Font.load(document, cut == null ? font : cut, true);
	}

	/**
	 * The face cut down to the code points of a page's text (and those the layout draws itself), or
	 * null where the whole face must be embedded to keep the text the same.
	 */
	public static TrueTypeFont cut(Fonts.Face face, Set<Integer> text) throws IOException {
		Fonts.Parsed parsed = Fonts.parsed(face);
		return cut(parsed, parsed.font(), text);
	}

	private static TrueTypeFont cut(Fonts.Parsed parsed, TrueTypeFont font, Set<Integer> text) throws IOException {
		Set<Integer> codePoints = new TreeSet<>();
		for (Set<Integer> source : List.of(text, DRAWN_BY_LAYOUT)) {
			for (int cp : source) {
				if (parsed.covers(cp)) {
					if (cp > 0xFFFF) {
						return null;
					}
					codePoints.add(cp);
				}
			}
		}
		if (codePoints.isEmpty()) {
			return null;
		}
		CmapLookup cmap = font.getUnicodeCmapLookup(false);
		Set<Integer> glyphs = new HashSet<>();
		for (int cp : codePoints) {
			glyphs.add(cmap.getGlyphId(cp));
		}
		if (parsed.maySubstitute(glyphs)) {
			return null;
		}
		TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
		subsetter.addAll(codePoints);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		subsetter.writeToStream(bytes);
		TrueTypeFont cut = new TTFParser().parse(new RandomAccessReadBuffer(bytes.toByteArray()));
		if (!Objects.equals(cut.getName(), font.getName())) {
			cut.close();
			return null;
		}
		return cut;
	}
}
