package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gpr.cli.Main;
import org.gpr.importer.DocumentReaders;
import org.gpr.importer.ImportException;
import org.gpr.importer.SourceDocument;
import org.gpr.importer.documents.WordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The customs example's Word document, as gpr generates it, saved as an old .doc (Word 97–2003) by
 * LibreOffice headless: read with POI HWPF it gives every paragraph, cell, merged header cell and
 * place that the .docx gives (POI XWPF), and {@code gpr import} writes the same report from either.
 * Skipped, saying so, where LibreOffice is not installed.
 */
class OldWordTest {

	@Test
	@Timeout(300)
	void theCustomsWordDocumentSavedAsDocReadsAsTheDocx() throws IOException, InterruptedException, ImportException {
		Path soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").map(Path::of).filter(Files::isExecutable).findFirst()
				.orElse(null);
		assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the .doc test was skipped");
		Path out = Files.createTempDirectory("gpr-doc-customs");
		Run generated = Run.gpr(Run.root(), "generate", "examples/customs-2020", "--out", out.toString(), "--formats", "docx");
		assertEquals(Main.OK, generated.exit, generated.toString());
		Path docx = out.resolve("customs-2020.docx");
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + out.resolve("profile"), "--headless",
				"--convert-to", "doc", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true)
				.redirectOutput(out.resolve("soffice.log").toFile()).start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish in 3 minutes");
		Path doc = out.resolve("customs-2020.doc");
		assertTrue(Files.isRegularFile(doc), () -> "LibreOffice wrote no .doc: " + out.resolve("soffice.log"));

		SourceDocument fromDocx = new WordReader().read(Files.readAllBytes(docx), "customs-2020.docx");
		SourceDocument fromDoc = new WordReader().read(Files.readAllBytes(doc), "customs-2020.doc");
		// the same paragraphs and grids: texts, source cells (merges) at the same positions, places
		assertEquals(fromDocx.blocks(), fromDoc.blocks());
		List<SourceDocument.Grid> grids = fromDoc.blocks().stream().filter(SourceDocument.Grid.class::isInstance)
				.map(SourceDocument.Grid.class::cast).toList();
		assertTrue(grids.size() >= 4, grids.size() + " tables");

		// under OSGi, ServiceLoader does not see the documents bundle's registration; the CLI's class path does
		DocumentReaders.register(new WordReader());
		Run fromDocxRun = Run.gpr(out, "import", "customs-2020.docx", "--out", "from-docx");
		Run fromDocRun = Run.gpr(out, "import", "customs-2020.doc", "--out", "from-doc");
		assertEquals(Main.OK, fromDocxRun.exit, fromDocxRun.toString());
		assertEquals(Main.OK, fromDocRun.exit, fromDocRun.toString());
		assertEquals(fromDocxRun.err.replace("customs-2020.docx", "customs-2020.doc").replace("from-docx/", "from-doc/"),
				fromDocRun.err);
		String a = Files.readString(out.resolve("from-docx/customs-2020.gpr"));
		String b = Files.readString(out.resolve("from-doc/customs-2020.gpr"));
		// all but the first line, which names the file imported
		assertEquals(a.substring(a.indexOf('\n')), b.substring(b.indexOf('\n')));
		assertTrue(b.contains("report \"海关总署(本级机关)\" year 2020"), b);
	}
}
