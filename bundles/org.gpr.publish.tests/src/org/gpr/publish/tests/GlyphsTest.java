package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.gpr.cli.Main;
import org.gpr.publish.Fonts;
import org.junit.jupiter.api.Test;

/**
 * Every character of the rendered reports has a glyph in a registered font; a report with a
 * character that no font has gets a warning naming it, and its PDF is still written.
 */
class GlyphsTest {

	/** Characters official reports use beyond the examples: circled numbers, quotes, ×, ≤, full-width punctuation. */
	static final String EXTRA = "①②③④⑤⑥⑦⑧⑨⑩“”‘’×≤≥±÷—…·、。，；：？！（）《》〈〉【】〔〕％＋－／０１２３４５６７８９ＡＢＣａｂｃ";

	@Test
	void everyCharacterOfTheRenderedReportsHasAGlyph() throws IOException {
		Path out = Files.createTempDirectory("gpr-glyphs");
		Run run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "examples/synthetic-2021", "--out",
				out.toString(), "--formats", "html");
		assertEquals(Main.OK, run.exit, run.toString());
		StringBuilder text = new StringBuilder(EXTRA);
		for (String name : new String[] { "customs-2020.html", "synthetic-2021.html" }) {
			var page = Run.html(out.resolve(name));
			text.append(page.title()).append(page.body().text());
		}
		Fonts.Resolved fonts = Fonts.resolve(null);
		assertFalse(fonts.isEmpty(), "a Chinese TrueType font is installed (.ci/run installs Debian's fonts-arphic-uming, "
				+ "fonts-arphic-ukai, fonts-wqy-zenhei, fonts-droid-fallback)");
		Set<String> missing = new TreeSet<>();
		int[] checked = { 0 };
		text.codePoints().distinct().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(cp -> {
			checked[0]++;
			if (!Fonts.covered(fonts, cp)) {
				missing.add(new String(Character.toChars(cp)) + String.format(" U+%04X", cp));
			}
		});
		assertTrue(checked[0] > 500, checked[0] + " distinct characters");
		assertEquals(Set.of(), missing, "characters no registered font covers");
	}

	@Test
	void aCharacterNoFontHasGetsAWarningThatNamesIt() throws IOException {
		Path dir = Run.copyExample("customs-2020");
		Path report = dir.resolve("customs-2020.gpr");
		String text = Files.readString(report, StandardCharsets.UTF_8);
		// U+100000 is a private use character of plane 16: no font has it
		text = text.replaceFirst("paragraph \"2019年", "paragraph \"\uDBC0\uDC00 2019年");
		Files.writeString(report, text, StandardCharsets.UTF_8);
		Path out = dir.resolve("out");
		Run run = Run.gpr(dir, "generate", "customs-2020.gpr", "--out", "out", "--formats", "pdf");
		assertEquals(Main.OK, run.exit, run.toString());
		assertTrue(run.err.contains("U+100000"), run.toString());
		assertTrue(run.err.contains("警告"), run.toString());
		assertEquals(1, run.err.lines().filter(l -> l.contains("U+100000")).count(), run.toString());
		assertTrue(Files.size(out.resolve("customs-2020.pdf")) > 10_000);
	}
}
