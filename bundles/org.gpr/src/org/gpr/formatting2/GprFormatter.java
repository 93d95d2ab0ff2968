package org.gpr.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.gpr.gpr.Cell;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;
import org.gpr.gpr.TableRow;

/**
 * The formatter of gpr: aligns the columns of every table of a report. Row names are
 * left-aligned, cells and the {@code |} separators right-aligned, one space at least between
 * them; widths are display widths, CJK characters counting double. Only the spaces inside a row
 * are touched: a row broken over several lines or holding a comment is left as written, and so
 * is everything outside the tables.
 */
public class GprFormatter extends AbstractJavaFormatter {

	private static final GprPackage P = GprPackage.eINSTANCE;

	protected void format(Report report, IFormattableDocument doc) {
		for (ReportSection section : report.getSections()) {
			for (SectionItem item : section.getItems()) {
				if (item instanceof Table table) {
					formatTable(table, doc);
				}
			}
		}
	}

	private void formatTable(Table table, IFormattableDocument doc) {
		List<List<Item>> rows = new ArrayList<>();
		for (TableRow row : table.getRows()) {
			List<Item> items = items(row);
			if (items != null) {
				rows.add(items);
			}
		}
		List<Integer> widths = new ArrayList<>();
		for (List<Item> items : rows) {
			for (int i = 0; i < items.size(); i++) {
				int width = width(items.get(i).text());
				if (widths.size() <= i) {
					widths.add(width);
				} else if (widths.get(i) < width) {
					widths.set(i, width);
				}
			}
		}
		for (List<Item> items : rows) {
			for (int i = 1; i < items.size(); i++) {
				int pad = 1 + widths.get(i) - width(items.get(i).text());
				if (i == 1) {
					pad += widths.get(0) - width(items.get(0).text());
				}
				String space = " ".repeat(pad);
				doc.prepend(items.get(i).first(), f -> f.setSpace(space));
			}
		}
	}

	/** A name, a cell or a separator: its first token and its whole text. */
	private record Item(ISemanticRegion first, String text) {
	}

	/** The row's name, cells and separators in order; null when the row spans lines or holds comments. */
	private List<Item> items(TableRow row) {
		List<Item> items = new ArrayList<>();
		ISemanticRegion name = regionFor(row).feature(P.getTableRow_Row());
		if (name == null) {
			return null;
		}
		items.add(new Item(name, name.getText()));
		for (Cell cell : row.getCells()) {
			var region = textRegionExtensions.regionForEObject(cell);
			if (region == null) {
				return null;
			}
			ISemanticRegion first = region.getPreviousHiddenRegion().getNextSemanticRegion();
			ISemanticRegion last = region.getNextHiddenRegion().getPreviousSemanticRegion();
			if (first == null || last == null) {
				return null;
			}
			if (first != last) {
				IHiddenRegion inside = first.getNextHiddenRegion();
				if (inside.containsComment() || inside.getText().contains("\n")) {
					return null;
				}
			}
			items.add(new Item(first, region.getText()));
		}
		for (ISemanticRegion bar : regionFor(row).keywords("|")) {
			items.add(new Item(bar, "|"));
		}
		items.sort(Comparator.comparingInt(item -> item.first().getOffset()));
		for (int i = 1; i < items.size(); i++) {
			IHiddenRegion hidden = items.get(i).first().getPreviousHiddenRegion();
			if (hidden == null || hidden.containsComment() || hidden.getText().contains("\n")) {
				return null;
			}
		}
		return items;
	}

	/** Display width: East Asian wide and full-width characters count two columns. */
	public static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			width += wide(c) ? 2 : 1;
		}
		return width;
	}

	private static boolean wide(int c) {
		return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F || c >= 0xAC00 && c <= 0xD7A3
				|| c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
				|| c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD);
	}
}
