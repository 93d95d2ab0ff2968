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
				String unicode = text.getUnicode();
				if (unicode != null && !unicode.isBlank()) {
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

	/** Collects the ruling lines of a page from its graphics operators. */
	private static final class Rulings extends PDFGraphicsStreamEngine {

		private final List<Segment> into;
		private final float originX;
		private final float originY;
		private final float height;
		private final List<float[]> lines = new ArrayList<>();
		private final List<float[]> rectangles = new ArrayList<>();
		private Point2D current = new Point2D.Float();
		private Point2D start = new Point2D.Float();

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

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			rectangles.add(new float[] { x(Math.min(p0.getX(), p2.getX())), y(Math.max(p0.getY(), p2.getY())),
					x(Math.max(p0.getX(), p2.getX())), y(Math.min(p0.getY(), p2.getY())) });
			start = p0;
			current = p0;
		}

		@Override
		public void moveTo(float x, float y) {
			current = new Point2D.Float(x, y);
			start = current;
		}

		@Override
		public void lineTo(float x, float y) {
			lines.add(new float[] { x((float) current.getX()), y((float) current.getY()), x(x), y(y) });
			current = new Point2D.Float(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			current = new Point2D.Float(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return current;
		}

		@Override
		public void closePath() {
			if (!current.equals(start)) {
				lines.add(new float[] { x(current.getX()), y(current.getY()), x(start.getX()), y(start.getY()) });
			}
			current = start;
		}

		@Override
		public void endPath() {
			clear();
		}

		@Override
		public void strokePath() {
			for (float[] line : lines) {
				line(line[0], line[1], line[2], line[3]);
			}
			for (float[] r : rectangles) {
				line(r[0], r[1], r[2], r[1]);
				line(r[0], r[3], r[2], r[3]);
				line(r[0], r[1], r[0], r[3]);
				line(r[2], r[1], r[2], r[3]);
			}
			clear();
		}

		@Override
		public void fillPath(int windingRule) {
			for (float[] r : rectangles) {
				float w = r[2] - r[0];
				float h = r[3] - r[1];
				if (h <= THIN && w > SHORT) {
					add(new Segment(true, (r[1] + r[3]) / 2, r[0], r[2]));
				} else if (w <= THIN && h > SHORT) {
					add(new Segment(false, (r[0] + r[2]) / 2, r[1], r[3]));
				}
			}
			clear();
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			strokePath();
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
			lines.clear();
			rectangles.clear();
		}

		private void line(float x1, float y1, float x2, float y2) {
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
