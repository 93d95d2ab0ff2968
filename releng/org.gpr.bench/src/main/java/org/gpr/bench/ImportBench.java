package org.gpr.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gpr.GprStandaloneSetup;
import org.gpr.cli.Main;
import org.gpr.importer.ReportImporter;

import com.google.inject.Injector;

/**
 * {@code ./bench import}: the median wall time of importing one report, warm, per kind of source
 * (HTML pages, a text scrape, the Huaian PDF, a Word report, and the same as an old .doc when
 * LibreOffice can convert it), and the throughput of
 * {@code gpr audit} over 1,000 mixed files (copies of those), in-process. The HTML pages are the
 * hand-written test fixtures; the PDF is the real one of the shared corpus (left out when the
 * corpus is absent); the Word report is the corpus's blank template filled with synthetic numbers.
 */
public final class ImportBench {

	private final Path root;
	private final Injector injector = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();

	public ImportBench(Path root) {
		this.root = root;
	}

	private record Source(String kind, Path file) {
	}

	public void run(PrintStream out, int files) throws IOException {
		Path work = Files.createTempDirectory("gpr-bench-import");
		try {
			List<Source> sources = sources(work);
			ReportImporter importer = injector.getInstance(ReportImporter.class);
			out.println("gpr import benchmark (median wall time of warm imports, in-process)");
			out.printf("%-6s %-32s %10s %6s %12s%n", "kind", "file", "bytes", "runs", "median ms");
			for (Source source : sources) {
				int runs = source.kind().equals("PDF") ? 40 : 100;
				for (int i = 0; i < 20; i++) {
					importOnce(importer, source.file());
				}
				long[] times = new long[runs];
				for (int i = 0; i < runs; i++) {
					long start = System.nanoTime();
					importOnce(importer, source.file());
					times[i] = System.nanoTime() - start;
				}
				Arrays.sort(times);
				out.printf("%-6s %-32s %10d %6d %12.1f%n", source.kind(), source.file().getFileName(), Files.size(source.file()),
						runs, times[runs / 2] / 1e6);
			}
			audit(out, work, sources, files);
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void importOnce(ReportImporter importer, Path file) {
		try {
			importer.read(file, file.getFileName().toString(), "bench");
		} catch (Exception e) {
			throw new IllegalStateException(file + ": " + e.getMessage(), e);
		}
	}

	private void audit(PrintStream out, Path work, List<Source> sources, int files) throws IOException {
		Path folder = work.resolve("audit-in");
		Files.createDirectories(folder);
		for (int i = 0; i < files; i++) {
			Source source = sources.get(i % sources.size());
			String name = source.file().getFileName().toString();
			Files.copy(source.file(), folder.resolve(String.format("%04d-%s", i, name)));
		}
		OutputStream sink = OutputStream.nullOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		long start = System.nanoTime();
		int code = new Main(new PrintStream(sink, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8),
				work).run("audit", "audit-in", "--out", "audit-out");
		double seconds = (System.nanoTime() - start) / 1e9;
		out.printf("gpr audit over %d mixed files (%s): %.1f s, %.0f reports/s (exit code %d)%n", files,
				String.join(", ", sources.stream().map(s -> s.kind() + " " + s.file().getFileName()).toList()), seconds,
				files / seconds, code);
	}

	private List<Source> sources(Path work) throws IOException {
		List<Source> sources = new ArrayList<>();
		Path fixtures = root.resolve("bundles/org.gpr.tests/resources/import");
		sources.add(new Source("HTML", fixtures.resolve("hubei-2020.html")));
		sources.add(new Source("HTML", fixtures.resolve("regulatory-2021.html")));
		sources.add(new Source("text", root.resolve("bundles/org.gpr.tests/resources/seeds/customs-2020-report.txt")));
		Path corpus = corpus();
		if (corpus != null && Files.isRegularFile(corpus.resolve("huaian-gov-2024.pdf"))) {
			sources.add(new Source("PDF", corpus.resolve("huaian-gov-2024.pdf")));
		}
		if (corpus != null && Files.isRegularFile(corpus.resolve("template-2021-blank.docx"))) {
			Path docx = filledTemplate(corpus.resolve("template-2021-blank.docx"), work);
			sources.add(new Source("Word", docx));
			Path doc = oldWord(docx, work);
			if (doc != null) {
				sources.add(new Source("doc", doc));
			}
		}
		return sources;
	}

	/** The .docx saved as an old .doc (Word 97–2003) by LibreOffice headless, or null when LibreOffice is not here. */
	private static Path oldWord(Path docx, Path work) throws IOException {
		Path soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").map(Path::of).filter(Files::isExecutable).findFirst()
				.orElse(null);
		if (soffice == null) {
			return null;
		}
		try {
			Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + work.resolve("profile"),
					"--headless", "--convert-to", "doc", "--outdir", work.toString(), docx.toString()).redirectErrorStream(true)
					.redirectOutput(work.resolve("soffice.log").toFile()).start();
			if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return null;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		Path doc = work.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".doc"));
		return Files.isRegularFile(doc) ? doc : null;
	}

	private Path corpus() {
		for (Path at = root; at != null; at = at.getParent()) {
			if (Files.isDirectory(at.resolve("shared/corpus"))) {
				return at.resolve("shared/corpus");
			}
		}
		return null;
	}

	/** The real blank template with synthetic numbers in table 三 (row i, column j: i + j). */
	private static Path filledTemplate(Path template, Path work) throws IOException {
		Path file = work.resolve("synthetic-2023.docx");
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(template))) {
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				if (paragraph.getText().startsWith("政府信息公开工作年度报告格式模板")) {
					paragraph.getRuns().forEach(r -> r.setText("", 0));
					paragraph.getRuns().get(0).setText("示例县文化局2023年政府信息公开工作年度报告", 0);
				}
			}
			XWPFTable table = document.getTables().get(1);
			for (int r = 3; r < table.getRows().size(); r++) {
				List<XWPFTableCell> cells = table.getRow(r).getTableCells();
				for (int j = 0; j < 7; j++) {
					cells.get(cells.size() - 7 + j).getParagraphs().get(0).createRun().setText(String.valueOf(r + j));
				}
			}
			try (OutputStream stream = Files.newOutputStream(file)) {
				document.write(stream);
			}
		}
		return file;
	}
}
