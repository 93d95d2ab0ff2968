package org.gpr.review;

import java.util.HashMap;
import java.util.Map;

/**
 * How much of two texts is the same, measured for Chinese: the texts are compared as multisets
 * of character pairs (bigrams, the usual unit for Chinese text, which has no spaces between
 * words), after dropping spaces and punctuation and folding full-width letters and digits. The
 * similarity is Dice's coefficient, 2·|A∩B| / (|A| + |B|): 1 for the same text, 0 for texts
 * without a pair in common. Linear in the length of the texts.
 */
public final class Similarity {

	/** The bigrams of one text, counted. */
	public static final class Bigrams {
		private final Map<Integer, Integer> counts = new HashMap<>();
		private final int size;
		private final int length;

		public Bigrams(String text) {
			String normal = normalize(text);
			length = normal.length();
			for (int i = 0; i + 1 < normal.length(); i++) {
				counts.merge((normal.charAt(i) << 16) | normal.charAt(i + 1), 1, Integer::sum);
			}
			size = Math.max(0, normal.length() - 1);
		}

		/** The number of characters compared (without spaces and punctuation). */
		public int length() {
			return length;
		}
	}

	private Similarity() {
	}

	/** Dice's coefficient of the two texts' bigrams, 0 when either has none. */
	public static double of(Bigrams a, Bigrams b) {
		if (a.size == 0 || b.size == 0) {
			return 0;
		}
		Bigrams small = a.counts.size() <= b.counts.size() ? a : b;
		Bigrams large = small == a ? b : a;
		long common = 0;
		for (Map.Entry<Integer, Integer> entry : small.counts.entrySet()) {
			Integer other = large.counts.get(entry.getKey());
			if (other != null) {
				common += Math.min(entry.getValue(), other);
			}
		}
		return 2.0 * common / (a.size + b.size);
	}

	/** Letters, digits and ideographs only; full-width letters and digits as half-width. */
	public static String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}
}
