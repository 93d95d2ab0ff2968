package org.gpr.publish.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The customs example's Word document opens in LibreOffice (headless, Debian's
 * libreoffice-writer-nogui) and converts to a PDF that holds every number of the tables in order:
 * a document Word and WPS would reject fails here. In CI (CI=true) LibreOffice must be there.
 */
class LibreOfficeTest {

	private static String soffice() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			for (String name : new String[] { "soffice", "libreoffice" }) {
				if (Files.isExecutable(Path.of(dir, name))) {
					return Path.of(dir, name).toString();
				}
			}
		}
		return null;
	}

	@Test
	void theWordDocumentConvertsAndHoldsEveryNumber() throws Exception {
		String soffice = soffice();
		if (soffice == null) {
			assertTrue(!"true".equals(System.getenv("CI")), "CI installs libreoffice-writer-nogui (.ci/run)");
			Assumptions.abort("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");
		}
		Path out = Generate.customs();
		Path converted = out.resolve("libreoffice");
		Files.createDirectories(converted);
		Path profile = Files.createTempDirectory("gpr-lo-profile");
		Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", converted.toString(), out.resolve("customs-2020.docx").toString())
				.redirectErrorStream(true).redirectOutput(converted.resolve("soffice.log").toFile()).start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice converts within 3 minutes");
		assertEquals(0, process.exitValue(), Files.readString(converted.resolve("soffice.log")));
		Path pdf = converted.resolve("customs-2020.pdf");
		assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote " + pdf + ": " + Files.readString(converted.resolve("soffice.log")));
		List<String> numbers = Generate.tableNumbers(out.resolve("customs-2020.html"));
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			text = stripper.getText(document);
			assertTrue(document.getNumberOfPages() >= 5, document.getNumberOfPages() + " pages");
		}
		assertTrue(numbers.size() > 150, numbers.size() + " values");
		int missing = Generate.firstMissingInOrder(text, numbers);
		assertEquals(-1, missing, () -> "value " + missing + " (" + numbers.get(missing) + ") not in order in:\n" + text);
		assertTrue(text.replaceAll("\\s", "").contains("海关总署(本级机关)2020年政府信息公开工作年度报告"), "the title");
	}
}
