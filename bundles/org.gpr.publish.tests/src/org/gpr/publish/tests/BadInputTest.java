package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;

/** The font folder option and outputs that cannot be written: one sentence, exit 2, no half-written file. */
class BadInputTest {

	private static long files(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> list = Files.list(dir)) {
			return list.count();
		}
	}

	@Test
	void aFontFolderThatDoesNotExistIsBadUsage() throws IOException {
		Path out = Files.createTempDirectory("gpr-fonts-missing").resolve("out");
		Run run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", out.toString(), "--fonts",
				"/no/such/fonts");
		assertEquals(Main.USAGE, run.exit, run.toString());
		assertEquals(1, run.err.strip().lines().count(), run.toString());
		assertTrue(run.err.contains("字体目录 /no/such/fonts 不存在"), run.toString());
		assertEquals(0, files(out));
	}

	@Test
	void aMachineWithoutAnyChineseFontGetsOneSentenceAndNoPdf() throws IOException {
		// an empty --fonts folder, and the machine's font folders out of reach (gpr.fonts.system=false)
		Path fonts = Files.createTempDirectory("gpr-no-fonts");
		Path out = Files.createTempDirectory("gpr-no-fonts-out").resolve("out");
		String saved = System.getProperty(org.gpr.publish.Fonts.SYSTEM_PROPERTY);
		System.setProperty(org.gpr.publish.Fonts.SYSTEM_PROPERTY, "false");
		try {
			Run run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", out.toString(), "--formats", "pdf",
					"--fonts", fonts.toString());
			assertEquals(Main.USAGE, run.exit, run.toString());
			assertEquals(1, run.err.strip().lines().count(), run.toString());
			assertTrue(run.err.contains("找不到可嵌入 PDF 的中文 TrueType 字体"), run.toString());
			assertFalse(Files.exists(out.resolve("customs-2020.pdf")), "no PDF");
			if (Files.isDirectory(out)) {
				try (Stream<Path> list = Files.list(out)) {
					assertFalse(list.anyMatch(p -> p.getFileName().toString().endsWith(".pdf")
							|| p.getFileName().toString().startsWith(".gpr-")), "nothing half-written");
				}
			}
		} finally {
			if (saved == null) {
				System.clearProperty(org.gpr.publish.Fonts.SYSTEM_PROPERTY);
			} else {
				System.setProperty(org.gpr.publish.Fonts.SYSTEM_PROPERTY, saved);
			}
		}
	}

	@Test
	void fontsMustBeFollowedByAFolder() throws IOException {
		Path out = Files.createTempDirectory("gpr-fonts-value").resolve("out");
		Run run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", out.toString(), "--fonts");
		assertEquals(Main.USAGE, run.exit, run.toString());
		assertEquals("gpr: 选项 --fonts 后缺少 DIR（用 gpr generate --help 查看用法）", run.err.strip(), run.toString());
	}

	@Test
	void theFontFolderIsSearchedFirst() throws IOException {
		Path droid = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(droid), "Debian's fonts-droid-fallback is installed");
		Path fonts = Files.createTempDirectory("gpr-fonts");
		// stands in for the official 黑体 of a Windows machine
		Files.copy(droid, fonts.resolve("SimHei.ttf"));
		Path out = Files.createTempDirectory("gpr-fonts-out");
		Run run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", out.toString(), "--formats", "pdf",
				"--fonts", fonts.toString());
		assertEquals(Main.OK, run.exit, run.toString());
		boolean found = false;
		try (PDDocument document = Run.pdf(out.resolve("customs-2020.pdf"))) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					found |= page.getResources().getFont(name).getName().contains("DroidSansFallback");
				}
			}
		}
		assertTrue(found, "the headings are set in the font of the --fonts folder");
	}

	@Test
	void anOutputFolderThatIsAFileWritesNothing() throws IOException {
		Path file = Files.createTempFile("gpr-out", ".txt");
		Run run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", file.toString(), "--formats", "pdf,docx");
		assertEquals(Main.USAGE, run.exit, run.toString());
		assertEquals(1, run.err.strip().lines().count(), run.toString());
		assertEquals(0, Files.size(file));
	}

	@Test
	void noTemporaryFileIsLeftBehind() throws IOException {
		Path out = Files.createTempDirectory("gpr-clean");
		Run run = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", out.toString(), "--formats", "pdf,docx");
		assertEquals(Main.OK, run.exit, run.toString());
		try (Stream<Path> list = Files.list(out)) {
			assertFalse(list.anyMatch(p -> p.getFileName().toString().startsWith(".gpr-")), "no temporary file");
		}
		assertEquals(2, files(out));
	}
}
