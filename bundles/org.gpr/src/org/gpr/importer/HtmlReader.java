package org.gpr.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Reads a report's web page with jsoup: paragraphs and headings become lines, tables become
 * grids ({@link HtmlTableReader}); a layout table that holds other tables is read through. The
 * page's charset comes from its meta tag (GBK pages are common). A page cut off inside a tag or
 * inside a table is refused: what it would give is not the published report.
 */
public final class HtmlReader {

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "select", "button",
			"head", "iframe", "object", "svg", "input", "textarea");
	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"section", "article", "header", "footer", "nav", "main", "aside", "blockquote", "pre", "center", "dd", "dt",
			"dl", "form", "hr", "address", "figure", "figcaption", "caption", "tr", "td", "th", "tbody", "thead", "body");
	private static final Pattern TABLE_TAG = Pattern.compile("<(/?)table\\b", Pattern.CASE_INSENSITIVE);

	private final HtmlTableReader tables = new HtmlTableReader();

	/**
	 * @throws ImportException when the page is cut off (inside a tag, or with a table left open)
	 */
	public SourceDocument read(byte[] bytes, String display) throws ImportException {
		Parser parser = Parser.htmlParser().setTrackErrors(500).setTrackPosition(true);
		Document document;
		try {
			document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
		} catch (IOException e) {
			throw new ImportException(ImportMessages.get("import.unreadable", display, e.getMessage()));
		}
		for (ParseError error : parser.getErrors()) {
			if (error.getErrorMessage().contains("(EOF)")) {
				throw new ImportException(ImportMessages.get("import.malformed.eof", display));
			}
		}
		String raw = new String(bytes, StandardCharsets.ISO_8859_1);
		int open = 0;
		int line = 1;
		int firstOpenLine = 0;
		Matcher m = TABLE_TAG.matcher(raw);
		int counted = 0;
		while (m.find()) {
			line += count(raw, counted, m.start());
			counted = m.start();
			if (m.group(1).isEmpty()) {
				if (open == 0) {
					firstOpenLine = line;
				}
				open++;
			} else if (open > 0) {
				open--;
			}
		}
		if (open > 0) {
			throw new ImportException(ImportMessages.get("import.malformed.table", display, firstOpenLine));
		}
		List<SourceDocument.Block> blocks = new ArrayList<>();
		StringBuilder buffer = new StringBuilder();
		int[] bufferLine = { 0 };
		Element body = document.body();
		walk(body, blocks, buffer, bufferLine);
		flush(blocks, buffer, bufferLine);
		String title = document.title();
		if (!title.isBlank()) {
			blocks.add(0, new SourceDocument.Line(TextReader.strip(title), 1));
		}
		return new SourceDocument(blocks, true);
	}

	private static int count(String text, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				n++;
			}
		}
		return n;
	}

	private void walk(Node node, List<SourceDocument.Block> blocks, StringBuilder buffer, int[] bufferLine) {
		for (Node child : node.childNodes()) {
			if (child instanceof TextNode text) {
				if (!text.isBlank()) {
					if (buffer.length() == 0) {
						bufferLine[0] = lineOf(child);
					}
					buffer.append(text.getWholeText());
				}
			} else if (child instanceof Element element) {
				String name = element.normalName();
				if (SKIPPED.contains(name) || hidden(element)) {
					continue;
				}
				if (name.equals("br")) {
					flush(blocks, buffer, bufferLine);
				} else if (name.equals("table")) {
					flush(blocks, buffer, bufferLine);
					if (element.selectFirst("table table") != null || !element.select("> * > tr > td > table, > tr > td > table").isEmpty()) {
						walk(element, blocks, buffer, bufferLine);
					} else {
						blocks.add(tables.read(element, lineOf(element)));
					}
					flush(blocks, buffer, bufferLine);
				} else if (BLOCKS.contains(name)) {
					flush(blocks, buffer, bufferLine);
					walk(element, blocks, buffer, bufferLine);
					flush(blocks, buffer, bufferLine);
				} else {
					walk(element, blocks, buffer, bufferLine);
				}
			}
		}
	}

	private static boolean hidden(Element element) {
		String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
		return style.contains("display:none") || element.hasAttr("hidden");
	}

	private static int lineOf(Node node) {
		int line = node.sourceRange().start().lineNumber();
		return Math.max(line, 0);
	}

	private static void flush(List<SourceDocument.Block> blocks, StringBuilder buffer, int[] bufferLine) {
		String text = TextReader.strip(buffer.toString().replaceAll("[\\s\\u00a0\\u3000]*\\n[\\s\\u00a0\\u3000]*", ""));
		if (!text.isEmpty()) {
			blocks.add(new SourceDocument.Line(text, bufferLine[0]));
		}
		buffer.setLength(0);
	}
}
