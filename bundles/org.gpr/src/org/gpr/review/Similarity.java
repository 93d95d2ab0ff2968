package org.gpr.review;


/**
 * How much of two texts is the same, measured for Chinese: the texts are compared as multisets
 * of character pairs (bigrams, the usual unit for Chinese text, which has no spaces between
 * words), after dropping spaces and punctuation and folding full-width letters and digits. The
 * similarity is Dice's coefficient, 2·|A∩B| / (|A| + |B|): 1 for the same text, 0 for texts
 * without a pair in common. Linear in the length of the texts.
 */
public final class Similarity {

	/** The bigrams of one text, as an array of pairs of characters (a multiset). */
	public static final class Bigrams {
		private final int[] pairs;
		private final int length;

		public Bigrams(String text) {
			this(normalize(text), true);
		}

		private Bigrams(String normal, boolean normalized) {
			length = normal.length();
			pairs = new int[Math.max(0, length - 1)];
			for (int i = 0; i + 1 < length; i++) {
				pairs[i] = (normal.charAt(i) << 16) | normal.charAt(i + 1);
			}
		}

		/** The bigrams of a text already {@link Similarity#normalize normalized}. */
		public static Bigrams ofNormalized(String normal) {
			return new Bigrams(normal, true);
		}

		/** The number of characters compared (without spaces and punctuation). */
		public int length() {
			return length;
		}
	}

	private Similarity() {
	}

	/**
	 * Whether the two texts can be at least this similar, judged from their lengths alone: at
	 * most min(|A|, |B|) pairs are common, so Dice's coefficient is at most 2·min / (|A| + |B|).
	 * A caller that only wants similarities above a threshold skips the count when this is false.
	 */
	public static boolean canReach(Bigrams a, Bigrams b, double threshold) {
		int x = a.pairs.length;
		int y = b.pairs.length;
		if (x == 0 || y == 0) {
			return threshold <= 0;
		}
		return 2.0 * Math.min(x, y) / (x + y) >= threshold;
	}

	/** Dice's coefficient of the two texts' bigrams, 0 when either has none. */
	public static double of(Bigrams a, Bigrams b) {
		int[] x = a.pairs.length <= b.pairs.length ? a.pairs : b.pairs;
		int[] y = x == a.pairs ? b.pairs : a.pairs;
		if (x.length == 0) {
			return 0;
		}
		// the smaller multiset counted in an open-addressing table, the larger one taken from it
		int capacity = Integer.highestOneBit(x.length * 2 + 1) << 1;
		int mask = capacity - 1;
		int[] keys = new int[capacity];
		int[] counts = new int[capacity];
		for (int pair : x) {
			int slot = mix(pair) & mask;
			while (counts[slot] != 0 && keys[slot] != pair) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = pair;
			counts[slot]++;
		}
		long common = 0;
		for (int pair : y) {
			int slot = mix(pair) & mask;
			while (counts[slot] != 0 || keys[slot] != 0) {
				if (keys[slot] == pair) {
					if (counts[slot] > 0) {
						counts[slot]--;
						common++;
					}
					break;
				}
				slot = (slot + 1) & mask;
			}
		}
		return 2.0 * common / (x.length + y.length);
	}

	private static int mix(int key) {
		int h = key * 0x9E3779B9;
		return h ^ (h >>> 16);
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
