package org.gpr.publish.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gpr.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Runs {@code gpr generate} in-process for the tests and reads back what it wrote. */
final class Run {

	final int exit;
	final String out;
	final String err;

	private Run(int exit, String out, String err) {
		this.exit = exit;
		this.out = out;
		this.err = err;
	}

	static Run gpr(Path workingDirectory, String... args) {
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory).run(args);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
	}

	/** The repository's root (the folder holding examples/customs-2020). */
	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isDirectory(dir.resolve("examples/customs-2020"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath());
	}

	/** Copies an example folder into a temporary folder, so that a test can change it. */
	static Path copyExample(String name) throws IOException {
		Path dir = Files.createTempDirectory("gpr-publish-example");
		try (var files = Files.list(root().resolve("examples").resolve(name))) {
			for (Path file : files.toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
		return dir;
	}

	static Document html(Path file) throws IOException {
		return Jsoup.parse(file.toFile(), "UTF-8");
	}

	static PDDocument pdf(Path file) throws IOException {
		return Loader.loadPDF(file.toFile());
	}

	/** The PDF's text as PDFBox reads it, in reading order. */
	static String pdfText(Path file) throws IOException {
		try (PDDocument document = pdf(file)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

	/** Opens a Word document (XMLBeans finds its types through the context class loader, under OSGi POI's). */
	static XWPFDocument docx(Path file) throws IOException {
		Thread thread = Thread.currentThread();
		ClassLoader saved = thread.getContextClassLoader();
		thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		} finally {
			thread.setContextClassLoader(saved);
		}
	}

	/** The value cells of the HTML's tables, in document order, as the form shows them (blank ones left out). */
	static List<String> tableNumbers(Document html) {
		List<String> numbers = new ArrayList<>();
		for (Element td : html.select("table.form td")) {
			if (!td.text().isBlank()) {
				numbers.add(td.text().trim());
			}
		}
		return numbers;
	}

	private static final Pattern TOKEN = Pattern.compile("[^\\s]+");

	/**
	 * The index in the expected list of the first value that the text does not hold in order (as a
	 * whitespace-separated token after those before it), or -1 when it holds all in order.
	 */
	static int firstMissingInOrder(String text, List<String> expected) {
		Matcher tokens = TOKEN.matcher(text);
		int next = 0;
		while (next < expected.size() && tokens.find()) {
			if (tokens.group().equals(expected.get(next))) {
				next++;
			}
		}
		return next == expected.size() ? -1 : next;
	}
}
