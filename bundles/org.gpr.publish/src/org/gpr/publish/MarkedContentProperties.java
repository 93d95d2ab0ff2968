package org.gpr.publish;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import com.openhtmltopdf.pdfboxout.PageSupplier;

/**
 * The /Properties dictionary of a page's resources, which also knows the key of each value. In a
 * tagged PDF openhtmltopdf opens a marked-content sequence (BDC) with a new property list for
 * every piece of text and every background it paints, and PDFBox's
 * {@code PDResources.add(PDPropertyList)} first asks the page's /Properties whether it holds the
 * list already ({@link #containsValue}, a scan of all lists of the page) before it names the new
 * one, so a page of a few hundred table cells cost comparisons quadratic in them. Here the answer
 * comes from an identity map kept beside the entries; every entry, its key and its order are
 * those PDFBox writes, so the page and its content stream are the same, byte for byte.
 * ({@code PDResources} is final, so the dictionary, not the resources, is what is replaced.)
 */
public final class MarkedContentProperties extends COSDictionary {

	/** openhtmltopdf's page (a new page of the given size, added to the document), with this /Properties. */
	public static final PageSupplier PAGES = (PDDocument document, float width, float height, int pageNumber,
			int shadowPageNumber) -> {
		PDPage page = new PDPage(new PDRectangle(width, height));
		document.addPage(page);
		// set where PDPageContentStream would set it, after the page's /Parent
		PDResources resources = new PDResources();
		resources.getCOSObject().setItem(COSName.PROPERTIES, new MarkedContentProperties());
		page.setResources(resources);
		return page;
	};

	/** Each value held directly, to the first key holding it. */
	private final Map<COSBase, COSName> direct = new IdentityHashMap<>();
	/** Each value held directly or through a reference (COSObject), to the first key holding it. */
	private final Map<COSBase, COSName> any = new IdentityHashMap<>();

	@Override
	public void setItem(COSName key, COSBase value) {
		boolean replaced = getItem(key) != null;
		super.setItem(key, value);
		if (replaced || value == null) {
			reindex();
		} else {
			index(key, getItem(key));
		}
	}

	@Override
	public void removeItem(COSName key) {
		super.removeItem(key);
		reindex();
	}

	@Override
	public void clear() {
		super.clear();
		direct.clear();
		any.clear();
	}

	@Override
	public void addAll(COSDictionary dict) {
		super.addAll(dict);
		reindex();
	}

	/**
	 * As {@link COSDictionary#containsValue}: for a dictionary (which is equal only to itself)
	 * from the map, for anything else by the scan.
	 */
	@Override
	public boolean containsValue(Object value) {
		if (value instanceof COSDictionary) {
			return direct.containsKey(value);
		}
		return super.containsValue(value);
	}

	/** As {@link COSDictionary#getKeyForValue}, the first key, from the map for a dictionary. */
	@Override
	public COSName getKeyForValue(Object value) {
		if (value instanceof COSDictionary) {
			return any.get(value);
		}
		return super.getKeyForValue(value);
	}

	private void index(COSName key, COSBase stored) {
		direct.putIfAbsent(stored, key);
		any.putIfAbsent(stored, key);
		if (stored instanceof COSObject reference && reference.getObject() != null) {
			any.putIfAbsent(reference.getObject(), key);
		}
	}

	private void reindex() {
		direct.clear();
		any.clear();
		for (Map.Entry<COSName, COSBase> entry : entrySet()) {
			index(entry.getKey(), entry.getValue());
		}
	}
}
