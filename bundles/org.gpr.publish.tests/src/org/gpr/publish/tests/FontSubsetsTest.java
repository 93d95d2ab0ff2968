package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.gpr.publish.FontSubsets;
import org.gpr.publish.Fonts;
import org.junit.jupiter.api.Test;

/**
 * A face cut down to a page's characters ({@link FontSubsets}, so that PDFBox's work per document is
 * in proportion to the report, not to the 27,000–45,000 glyphs of a CJK face) has, for every one of
 * those characters, the glyph, the advance width and the font-wide metrics of the whole face, and
 * its PostScript name; where PDFBox would substitute glyphs (a ligature of the face) or the cut face
 * could not map a character (beyond the BMP), there is no cut face and the whole one is embedded.
 */
class FontSubsetsTest {

	/** Characters of a report: its title, digits, full-width punctuation, ①, ×, ≤, quotes. */
	private static final String TEXT = "海关总署2020年政府信息公开工作年度报告（一）收到和处理政府信息公开申请情况①②×≤“”，。、；：ABCxyz 0123456789";

	private static Set<Integer> codePoints(String text) {
		Set<Integer> set = new TreeSet<>();
		text.codePoints().forEach(set::add);
		return set;
	}

	private static List<Fonts.Face> faces() {
		List<Fonts.Face> faces = Fonts.resolve(null).all();
		assumeTrue(!faces.isEmpty(), "no TrueType face on this machine (Debian: fonts-arphic-uming, fonts-wqy-zenhei)");
		return faces;
	}

	@Test
	void aCutFaceHasTheGlyphsWidthsMetricsAndNameOfTheWholeFace() throws IOException {
		int cut = 0;
		for (Fonts.Face face : faces()) {
			TrueTypeFont whole = Fonts.load(face);
			TrueTypeFont part = FontSubsets.cut(face, codePoints(TEXT));
			if (part == null) {
				continue; // a face with a ligature of these letters (DejaVu's fi): embedded whole
			}
			cut++;
			String name = face.describe();
			assertEquals(whole.getName(), part.getName(), name);
			assertEquals(whole.getUnitsPerEm(), part.getUnitsPerEm(), name);
			assertEquals(whole.getHorizontalHeader().getAscender(), part.getHorizontalHeader().getAscender(), name);
			assertEquals(whole.getHorizontalHeader().getDescender(), part.getHorizontalHeader().getDescender(), name);
			assertEquals(whole.getHorizontalHeader().getLineGap(), part.getHorizontalHeader().getLineGap(), name);
			assertEquals(whole.getOS2Windows().getTypoAscender(), part.getOS2Windows().getTypoAscender(), name);
			assertEquals(whole.getOS2Windows().getTypoDescender(), part.getOS2Windows().getTypoDescender(), name);
			assertEquals(whole.getOS2Windows().getWinAscent(), part.getOS2Windows().getWinAscent(), name);
			assertEquals(whole.getOS2Windows().getFsType(), part.getOS2Windows().getFsType(), name);
			assertEquals(whole.getPostScript().getItalicAngle(), part.getPostScript().getItalicAngle(), name);
			assertEquals(whole.getPostScript().getUnderlinePosition(), part.getPostScript().getUnderlinePosition(), name);
			assertEquals(whole.getHeader().getXMin(), part.getHeader().getXMin(), name);
			assertEquals(whole.getHeader().getYMax(), part.getHeader().getYMax(), name);
			assertTrue(part.getNumberOfGlyphs() < whole.getNumberOfGlyphs() / 10,
					name + ": " + part.getNumberOfGlyphs() + " glyphs of " + whole.getNumberOfGlyphs());
			var wholeMap = whole.getUnicodeCmapLookup(false);
			var partMap = part.getUnicodeCmapLookup(false);
			for (int cp : codePoints(TEXT)) {
				int wholeGid = wholeMap.getGlyphId(cp);
				int partGid = partMap.getGlyphId(cp);
				String what = name + " " + new String(Character.toChars(cp));
				assertEquals(wholeGid > 0, partGid > 0, what + ": has a glyph");
				if (wholeGid > 0) {
					assertEquals(whole.getAdvanceWidth(wholeGid), part.getAdvanceWidth(partGid), what + ": advance width");
					GlyphData a = whole.getGlyph().getGlyph(wholeGid);
					GlyphData b = part.getGlyph().getGlyph(partGid);
					assertEquals(a == null, b == null, what + ": outline");
					if (a != null) {
						assertEquals(a.getBoundingBox().toString(), b.getBoundingBox().toString(), what + ": bounding box");
						assertEquals(a.getPath().getBounds2D(), b.getPath().getBounds2D(), what + ": outline's bounds");
						assertEquals(a.getNumberOfContours(), b.getNumberOfContours(), what + ": contours");
					}
				}
			}
		}
		assertTrue(cut > 0, "at least one face is cut down");
	}

	@Test
	void aFaceWhoseLigatureThePageCouldFormIsEmbeddedWhole() throws IOException {
		// AR PL UMing's liga joins 招財進寶 into one glyph (fontbox's GsubWorkerForLatin applies it)
		Fonts.Face uming = faces().stream().filter(f -> f.file().getFileName().toString().equalsIgnoreCase("uming.ttc"))
				.findFirst().orElse(null);
		assumeTrue(uming != null, "AR PL UMing (fonts-arphic-uming) is not on this machine");
		assertNotNull(FontSubsets.cut(uming, codePoints("招财进宝")), "simplified: no ligature");
		assertNull(FontSubsets.cut(uming, codePoints("恭喜发财，招財進寶")), "the four characters of the ligature");
	}

	@Test
	void aPageWithACharacterBeyondTheBmpEmbedsTheFaceWhole() throws IOException {
		int beyond = 0x20BB7; // 𠮷, CJK Extension B
		for (Fonts.Face face : faces()) {
			if (Fonts.covers(face, beyond)) {
				assertNull(FontSubsets.cut(face, codePoints(TEXT + new String(Character.toChars(beyond)))), face.describe());
				return;
			}
		}
		// no face has it: the page's other characters are still cut
		assertFalse(faces().stream().allMatch(f -> {
			try {
				return FontSubsets.cut(f, codePoints(TEXT)) == null;
			} catch (IOException e) {
				return true;
			}
		}), "some face is cut");
	}

	private static void assertTrue(boolean condition, String message) {
		org.junit.jupiter.api.Assertions.assertTrue(condition, message);
	}
}
