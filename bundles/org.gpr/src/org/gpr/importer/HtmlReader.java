package org.gpr.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
	private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern TABLE_TAG = Pattern.compile("<(/?)table\\b", Pattern.CASE_INSENSITIVE);

	/** A page with a line longer than this (a page written on one line) is placed by line and column. */
	private static final int LONG_LINE = 2000;

	private final HtmlTableReader tables = new HtmlTableReader();
	/** For a page of long lines, the line and column of each place handed out (place n at n - 1); else null. */
	private List<int[]> positions;

	/**
	 * @throws ImportException when the page is cut off (inside a tag, or with a table left open)
	 */
	public SourceDocument read(byte[] bytes, String display) throws ImportException {
		String raw = decode(bytes, display);
		if (endsInsideTag(raw)) {
			throw new ImportException(ImportMessages.get("import.malformed.eof", display));
		}
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
		// parsed from the decoded text: jsoup's stream parsing stopped part-way through some complete pages
		Parser parser = Parser.htmlParser().setTrackPosition(true);
		Document document = Jsoup.parse(raw, "", parser);
		positions = longestLine(raw) > LONG_LINE ? new ArrayList<>() : null;
		List<SourceDocument.Block> blocks = new ArrayList<>();
		StringBuilder buffer = new StringBuilder();
		int[] bufferLine = { 0 };
		Element body = document.body();
		walk(body, blocks, buffer, bufferLine);
		flush(blocks, buffer, bufferLine);
		String title = document.title();
		if (!title.isBlank()) {
			Element titleElement = document.selectFirst("title");
			int titleLine = titleElement == null ? 1 : lineOf(titleElement);
			blocks.add(0, new SourceDocument.Line(TextReader.strip(title), titleLine > 0 ? titleLine : 1));
		}
		SourceDocument.Places places = SourceDocument.Places.LINES;
		if (positions != null) {
			List<int[]> at = positions;
			places = place -> place >= 1 && place <= at.size() ? at.get(place - 1)[0] + ":" + at.get(place - 1)[1]
					: String.valueOf(place);
		}
		positions = null;
		return new SourceDocument(blocks, true, places, PublicationDate.ofMeta(document));
	}

	/**
	 * The page's text, in the charset its byte-order mark or its meta tag names (UTF-8 when it names
	 * none and the bytes are UTF-8, else GB18030, which GBK and GB2312 pages are).
	 */
	static String decode(byte[] bytes, String display) throws ImportException {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
		Matcher meta = META_CHARSET.matcher(head);
		List<Charset> candidates = new ArrayList<>();
		if (meta.find()) {
			try {
				Charset named = Charset.forName(meta.group(1).trim());
				String name = named.name().toLowerCase(Locale.ROOT);
				candidates.add(name.startsWith("gb") ? Charset.forName("GB18030") : named);
			} catch (IllegalArgumentException e) {
				// an unknown charset name: guess
			}
		}
		candidates.add(StandardCharsets.UTF_8);
		candidates.add(Charset.forName("GB18030"));
		for (Charset charset : candidates) {
			try {
				return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			} catch (CharacterCodingException e) {
				// try the next
			}
		}
		throw new ImportException(ImportMessages.get("import.encoding", display));
	}

	/**
	 * Whether the file ends inside a tag or a comment ({@code <td cla}, {@code <!-- …}): the file is
	 * cut off. A complete page, however the parser fares with it, does not.
	 */
	static boolean endsInsideTag(String text) {
		int comment = text.lastIndexOf("<!--");
		if (comment >= 0 && text.indexOf("-->", comment + 4) < 0) {
			return true;
		}
		int lastOpen = text.lastIndexOf('<');
		int lastClose = text.lastIndexOf('>');
		return lastOpen > lastClose && lastOpen + 1 < text.length() && isTagStart(text.charAt(lastOpen + 1));
	}

	private static boolean isTagStart(char c) {
		return c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
						blocks.add(tables.read(element, lineOf(element), this::lineOf));
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

	/**
	 * The place of a node: its line; on a page of long lines (the whole report on line 1, as some
	 * sites serve it) a number standing for its line and column, which {@link SourceDocument#places}
	 * names "1:5230".
	 */
	private int lineOf(Node node) {
		int line = Math.max(node.sourceRange().start().lineNumber(), 0);
		if (positions == null || line == 0) {
			return line;
		}
		positions.add(new int[] { line, node.sourceRange().start().columnNumber() });
		return positions.size();
	}

	private static int longestLine(String text) {
		int longest = 0;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				longest = Math.max(longest, i - start);
				start = i + 1;
			}
		}
		return longest;
	}

	private static void flush(List<SourceDocument.Block> blocks, StringBuilder buffer, int[] bufferLine) {
		String text = TextReader.strip(buffer.toString().replaceAll("[\\s\\u00a0\\u3000]*\\n[\\s\\u00a0\\u3000]*", ""));
		if (!text.isEmpty()) {
			blocks.add(new SourceDocument.Line(text, bufferLine[0]));
		}
		buffer.setLength(0);
	}
}
