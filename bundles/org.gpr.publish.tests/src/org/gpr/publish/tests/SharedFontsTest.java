package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Every face is parsed once per JVM and shared by the threads that render documents
 * ({@code Fonts.load}): PDFs made on four threads at once hold the same text and byte for byte
 * the same embedded font programs (the subsets PDFBox cuts from the shared face) as a PDF made
 * alone.
 */
class SharedFontsTest {

	@Test
	void pdfsMadeOnSeveralThreadsAtOnceEmbedTheSameFontsAsOneMadeAlone() throws Exception {
		Path alone = Files.createTempDirectory("gpr-shared-fonts");
		Run reference = Run.gpr(Run.root(), "generate", "examples/synthetic-2021", "--out", alone.toString(), "--formats",
				"pdf");
		assertEquals(Main.OK, reference.exit, reference.toString());
		Path referencePdf = alone.resolve("synthetic-2021.pdf");
		String text = Run.pdfText(referencePdf);
		Map<String, byte[]> fonts = fontPrograms(referencePdf);
		assertFalse(fonts.isEmpty(), "the reference PDF embeds its fonts");

		int threads = 4;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Path>> made = new ArrayList<>();
			for (int i = 0; i < threads * 2; i++) {
				made.add(pool.submit(() -> {
					Path out = Files.createTempDirectory("gpr-shared-fonts");
					Run run = Run.gpr(Run.root(), "generate", "examples/synthetic-2021", "--out", out.toString(),
							"--formats", "pdf");
					assertEquals(Main.OK, run.exit, run.toString());
					return out.resolve("synthetic-2021.pdf");
				}));
			}
			for (Future<Path> future : made) {
				Path pdf = future.get();
				assertEquals(text, Run.pdfText(pdf), "the text of a PDF made beside others");
				Map<String, byte[]> embedded = fontPrograms(pdf);
				assertEquals(fonts.keySet(), embedded.keySet(), "the fonts of a PDF made beside others");
				for (Map.Entry<String, byte[]> font : fonts.entrySet()) {
					assertEquals(java.util.Arrays.hashCode(font.getValue()), java.util.Arrays.hashCode(embedded.get(font.getKey())),
							"the embedded program of " + font.getKey() + " (" + font.getValue().length + " bytes alone, "
									+ embedded.get(font.getKey()).length + " beside others)");
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** The embedded TrueType program (FontFile2) of every font of the PDF, by font name. */
	private static Map<String, byte[]> fontPrograms(Path file) throws IOException {
		Map<String, byte[]> programs = new TreeMap<>();
		try (PDDocument document = Run.pdf(file)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					PDFontDescriptor descriptor = font instanceof PDType0Font type0 ? type0.getDescendantFont().getFontDescriptor()
							: font.getFontDescriptor();
					if (descriptor != null && descriptor.getFontFile2() != null) {
						try (InputStream in = descriptor.getFontFile2().createInputStream()) {
							programs.put(font.getName(), in.readAllBytes());
						}
					}
				}
			}
		}
		return programs;
	}
}
