package org.gpr.publish;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.gpr.generator.DocumentRenderer;
import org.gpr.generator.OutputKind;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The report as a PDF on A4, laid out from the report's HTML page (the same layout as the web
 * page), with the style sheet of an official document ({@link PdfPage}): the fonts of
 * {@link FontRole}, page numbers "— 1 —", table headers repeated on every page, no row split, the
 * six sections as bookmarks, title, author (the body) and language zh-CN in the document
 * properties. PDF/A-2u and PDF/UA-1 (tagged, every font embedded), by openhtmltopdf on PDFBox.
 */
public final class PdfRenderer implements DocumentRenderer {

	static {
		XRLog.setLoggingEnabled(false);
	}

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	@Override
	public OutputKind kind() {
		return OutputKind.PDF;
	}

	@Override
	public byte[] render(Input input) {
		Fonts.Resolved fonts = Fonts.resolve(input.fontFolder());
		if (fonts.isEmpty()) {
			throw new PublishException(PublishMessages.get("pdf.noFonts"));
		}
		Document page = Jsoup.parse(input.html());
		PdfPage.prepare(page, input.report(), fonts);
		Set<Integer> text = textCodePoints(page);
		for (String missing : missingGlyphs(text, fonts)) {
			input.warnings().accept(missing);
		}
		org.w3c.dom.Document dom = W3CDom.convert(page);
		// openhtmltopdf and PDFBox find their resources through the context class loader
		Thread thread = Thread.currentThread();
		ClassLoader saved = thread.getContextClassLoader();
		thread.setContextClassLoader(PdfRendererBuilder.class.getClassLoader());
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFastMode();
			builder.usePageSupplier(MarkedContentProperties.PAGES);
			// one embedded font per face, made when the layout first needs it (a face may serve several
			// roles), cut down first to the characters of the page it may draw (FontSubsets)
			Map<String, Set<Integer>> faceTexts = PdfPage.faceTexts(page, fonts, text);
			Map<String, PDFont> embedded = new HashMap<>();
			for (FontRole role : FontRole.values()) {
				List<Fonts.Face> faces = fonts.of(role);
				for (int i = 0; i < faces.size(); i++) {
					Fonts.Face face = faces.get(i);
					String family = role == FontRole.FALLBACK ? role.cssFamily() + "-" + (i + 1) : role.cssFamily();
					PDFontSupplier supplier = new PDFontSupplier(null) {
						@Override
						public PDFont supply() {
							return embedded.computeIfAbsent(face.key(), key -> {
								try {
									return FontSubsets.load(document, face, faceTexts.getOrDefault(key, Set.of()));
								} catch (IOException e) {
									throw new UncheckedIOException(e);
								}
							});
						}
					};
					builder.useFont(supplier, family, 400, FontStyle.NORMAL, true);
				}
			}
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
			builder.usePdfUaAccessibility(true);
			builder.useColorProfile(SRGB);
			builder.withProducer("gpr");
			builder.withW3cDocument(dom, null);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
				renderer.getPdfDocument().save(bytes);
			}
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			thread.setContextClassLoader(saved);
		}
	}

	/** The code points of the page's title, text and bookmarks. */
	static Set<Integer> textCodePoints(Document page) {
		StringBuilder text = new StringBuilder(page.title()).append(page.body().text());
		for (Element bookmark : page.select("bookmark")) {
			text.append(bookmark.attr("name"));
		}
		Set<Integer> codePoints = new TreeSet<>();
		text.codePoints().forEach(codePoints::add);
		return codePoints;
	}

	/** A warning for each character of the page that no font has, naming it. */
	static List<String> missingGlyphs(Document page, Fonts.Resolved fonts) {
		return missingGlyphs(textCodePoints(page), fonts);
	}

	private static List<String> missingGlyphs(Set<Integer> codePoints, Fonts.Resolved fonts) {
		Set<Integer> missing = new TreeSet<>();
		for (int cp : codePoints) {
			if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)
					&& !Fonts.covered(fonts, cp)) {
				missing.add(cp);
			}
		}
		List<String> warnings = new ArrayList<>();
		for (int cp : missing) {
			warnings.add(PublishMessages.get("pdf.missingGlyph", new String(Character.toChars(cp)),
					String.format("U+%04X", cp)));
		}
		return warnings;
	}
}
