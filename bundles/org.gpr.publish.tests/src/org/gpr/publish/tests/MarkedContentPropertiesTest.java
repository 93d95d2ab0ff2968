package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.gpr.publish.MarkedContentProperties;
import org.junit.jupiter.api.Test;

/**
 * The pages of gpr's PDFs keep their marked-content property lists in a
 * {@link MarkedContentProperties}: PDFBox's {@code PDResources.add} then names each list as it
 * does with a plain dictionary (Prop1, Prop2, … in order, the same name for a list added twice),
 * and the page's /Properties holds the same entries in the same order.
 */
class MarkedContentPropertiesTest {

	private static PDPropertyList list(int mcid) {
		COSDictionary dictionary = new COSDictionary();
		dictionary.setItem(COSName.MCID, COSInteger.get(mcid));
		return PDPropertyList.create(dictionary);
	}

	@Test
	void namesEveryListAsPdfboxDoesWithAPlainDictionary() throws Exception {
		{
			PDResources fast = new PDResources();
			fast.getCOSObject().setItem(COSName.PROPERTIES, new MarkedContentProperties());
			PDResources plain = new PDResources();
			List<PDPropertyList> lists = new ArrayList<>();
			for (int i = 0; i < 700; i++) {
				lists.add(list(i));
			}
			PDOptionalContentGroup group = new PDOptionalContentGroup("layer");
			for (int i = 0; i < lists.size(); i++) {
				assertEquals(plain.add(lists.get(i)), fast.add(lists.get(i)), "list " + i);
				if (i % 97 == 3) {
					// a list added again keeps its name
					PDPropertyList again = lists.get(i / 2);
					COSName name = plain.add(again);
					assertEquals(name, fast.add(again), "list " + i / 2 + " again");
				}
				if (i == 350) {
					assertEquals(plain.add(group), fast.add(group), "an optional content group");
				}
			}
			COSDictionary a = plain.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
			COSDictionary b = fast.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
			assertNotSame(a, b);
			assertEquals(new ArrayList<>(a.keySet()), new ArrayList<>(b.keySet()), "the same names in the same order");
			for (Map.Entry<COSName, COSBase> entry : a.entrySet()) {
				assertSame(entry.getValue(), b.getItem(entry.getKey()), entry.getKey().getName());
			}
			// after a removal the names given are still PDFBox's
			a.removeItem(COSName.getPDFName("Prop5"));
			b.removeItem(COSName.getPDFName("Prop5"));
			PDPropertyList late = list(9999);
			assertEquals(plain.add(late), fast.add(late), "a list added after a removal");
			assertEquals(plain.add(lists.get(10)), fast.add(lists.get(10)), "a list held before the removal");
			assertEquals(new ArrayList<>(a.keySet()), new ArrayList<>(b.keySet()));
			// and it is written as a plain dictionary
			assertEquals(written(a), written(b));
		}
	}

	private static String written(COSDictionary dictionary) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
			entry.getKey().writePDF(out);
			out.write(' ');
			out.write(String.valueOf(((COSDictionary) entry.getValue()).getInt(COSName.MCID)).getBytes());
			out.write('\n');
		}
		return out.toString();
	}
}
