package org.gpr.importer.documents;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What one PDF page holds for reading its tables: every glyph with its position (top-down page
 * coordinates, as PDFBox's text stripper gives them) and every ruling line — stroked lines and
 * the edges of stroked rectangles, and filled rectangles thin enough to be lines — as horizontal
 * and vertical segments in the same coordinates.
 */
final class PdfPageReader {

	/** One glyph: its text, left edge, baseline, width and height. */
	record Glyph(String text, float x, float y, float width, float height) {
		float centerX() {
			return x + width / 2;
		}

		/** The middle of the glyph's height, above its baseline. */
		float centerY() {
			return y - height / 2;
		}
	}

	/** A horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2) ruling. */
	record Segment(boolean horizontal, float at, float from, float to) {
	}

	record Page(int number, float width, float height, List<Glyph> glyphs, List<Segment> segments) {
	}

	/** Filled rectangles thinner than this are lines. */
	private static final float THIN = 2.5f;
	/** Rulings shorter than this are decoration (ticks, underlines of a glyph). */
	private static final float SHORT = 4f;

	private final PDDocument document;
	private final PDPage page;
	private final int number;

	PdfPageReader(PDDocument document, PDPage page, int number) {
		this.document = document;
		this.page = page;
		this.number = number;
	}

	Page read() throws IOException {
		float height = page.getCropBox().getHeight();
		float width = page.getCropBox().getWidth();
		float originY = page.getCropBox().getLowerLeftY();
		float originX = page.getCropBox().getLowerLeftX();
		List<Glyph> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				String unicode = ligatures(text.getUnicode());
				// spaces are no glyphs of the text, nor are the no-break spaces a printed &nbsp; leaves
				if (unicode != null && !unicode.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ').isBlank()) {
					glyphs.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
							Math.max(text.getHeightDir(), 1f)));
				}
			}
		};
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		stripper.setSuppressDuplicateOverlappingText(true);
		stripper.writeText(document, new StringWriter());

		List<Segment> segments = new ArrayList<>();
		new Rulings(page, segments, originX, originY, height).processPage(page);
		return new Page(number, width, height, glyphs, segments);
	}

	/**
	 * A Latin ligature's letters: a browser's font sets "fi" of the {@code file://} address it prints
	 * in its footer as one glyph (U+FB01), which PDFBox gives as that character. Only U+FB00–U+FB06
	 * are decomposed; the report's own full-width characters are kept as printed.
	 */
	static String ligatures(String unicode) {
		if (unicode == null || unicode.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
			return unicode;
		}
		StringBuilder letters = new StringBuilder();
		unicode.codePoints().forEach(c -> letters.append(c >= 0xFB00 && c <= 0xFB06
				? java.text.Normalizer.normalize(Character.toString(c), java.text.Normalizer.Form.NFKC)
				: Character.toString(c)));
		return letters.toString();
	}

	/**
	 * Collects the ruling lines of a page from its graphics operators. A path is kept as its
	 * subpaths, each the polygon of its points; a stroked subpath gives its straight edges, a filled
	 * one a ruling when the polygon is thin and long. Printers draw a table's borders either way:
	 * LibreOffice strokes lines, Chromium (Skia) fills each border as a one-pixel rectangle
	 * ({@code re f}) or, for a vertical border whose ends are mitred, as a thin quadrilateral
	 * ({@code m l l l f}).
	 */
	private static final class Rulings extends PDFGraphicsStreamEngine {

		/** One subpath in page coordinates: its points in order, closed or not, with curves or not. */
		private static final class Subpath {
			final List<float[]> points = new ArrayList<>();
			boolean closed;
			boolean curved;
		}

		private final List<Segment> into;
		private final float originX;
		private final float originY;
		private final float height;
		private final List<Subpath> subpaths = new ArrayList<>();
		private Subpath open;
		private Point2D current = new Point2D.Float();

		Rulings(PDPage page, List<Segment> into, float originX, float originY, float height) {
			super(page);
			this.into = into;
			this.originX = originX;
			this.originY = originY;
			this.height = height;
		}

		private float x(double x) {
			return (float) x - originX;
		}

		private float y(double y) {
			return height - ((float) y - originY);
		}

		private float[] point(double px, double py) {
			return new float[] { x(px), y(py) };
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			Subpath rectangle = new Subpath();
			for (Point2D p : new Point2D[] { p0, p1, p2, p3 }) {
				rectangle.points.add(point(p.getX(), p.getY()));
			}
			rectangle.closed = true;
			subpaths.add(rectangle);
			open = null;
			current = p0;
		}

		@Override
		public void moveTo(float x, float y) {
			open = new Subpath();
			open.points.add(point(x, y));
			subpaths.add(open);
			current = new Point2D.Float(x, y);
		}

		private Subpath open() {
			if (open == null) {
				open = new Subpath();
				open.points.add(point(current.getX(), current.getY()));
				subpaths.add(open);
			}
			return open;
		}

		@Override
		public void lineTo(float x, float y) {
			open().points.add(point(x, y));
			current = new Point2D.Float(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			Subpath subpath = open();
			subpath.curved = true;
			subpath.points.add(point(x3, y3));
			current = new Point2D.Float(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return current;
		}

		@Override
		public void closePath() {
			if (open != null) {
				open.closed = true;
				float[] first = open.points.get(0);
				current = new Point2D.Float(first[0] + originX, height - first[1] + originY);
				open = null;
			}
		}

		@Override
		public void endPath() {
			clear();
		}

		@Override
		public void strokePath() {
			stroke();
			clear();
		}

		/** The straight edges of every subpath (a curved subpath's chords are no rulings). */
		private void stroke() {
			for (Subpath subpath : subpaths) {
				if (subpath.curved) {
					continue;
				}
				List<float[]> points = subpath.points;
				for (int i = 0; i + 1 < points.size(); i++) {
					line(points.get(i), points.get(i + 1));
				}
				if (subpath.closed && points.size() > 2) {
					line(points.get(points.size() - 1), points.get(0));
				}
			}
		}

		@Override
		public void fillPath(int windingRule) {
			fill();
			clear();
		}

		/** Every filled straight-edged subpath thin enough to be a line is a ruling along its length. */
		private void fill() {
			for (Subpath subpath : subpaths) {
				if (subpath.curved || subpath.points.size() < 2) {
					continue;
				}
				float left = Float.MAX_VALUE;
				float right = -Float.MAX_VALUE;
				float top = Float.MAX_VALUE;
				float bottom = -Float.MAX_VALUE;
				for (float[] p : subpath.points) {
					left = Math.min(left, p[0]);
					right = Math.max(right, p[0]);
					top = Math.min(top, p[1]);
					bottom = Math.max(bottom, p[1]);
				}
				float w = right - left;
				float h = bottom - top;
				if (h <= THIN && w > SHORT) {
					add(new Segment(true, (top + bottom) / 2, left, right));
				} else if (w <= THIN && h > SHORT) {
					add(new Segment(false, (left + right) / 2, top, bottom));
				}
			}
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			stroke();
			fill();
			clear();
		}

		@Override
		public void clip(int windingRule) {
			// a clip draws nothing; its path is ended by the endPath that follows
		}

		@Override
		public void drawImage(PDImage pdImage) {
			// images are no rulings
		}

		@Override
		public void shadingFill(COSName shadingName) {
			// nor are shadings
		}

		private void clear() {
			subpaths.clear();
			open = null;
		}

		private void line(float[] from, float[] to) {
			float x1 = from[0];
			float y1 = from[1];
			float x2 = to[0];
			float y2 = to[1];
			if (Math.abs(y1 - y2) < 1f && Math.abs(x2 - x1) > SHORT) {
				add(new Segment(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
			} else if (Math.abs(x1 - x2) < 1f && Math.abs(y2 - y1) > SHORT) {
				add(new Segment(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
			}
		}

		private void add(Segment segment) {
			if (into.size() < 20_000) {
				into.add(segment);
			}
		}
	}
}
