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
		private final String normal;
		/** The pairs counted in an open-addressing table, when {@link #indexed()} made it. */
		private int[] keys;
		private int[] counts;

		public Bigrams(String text) {
			this(normalize(text), true);
		}

		private Bigrams(String normal, boolean normalized) {
			this.normal = normal;
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

		/**
		 * The same bigrams with their counts in a table made now, so that each comparison with
		 * them only looks the other text's pairs up: for a text compared many times (last year's).
		 */
		public Bigrams indexed() {
			if (keys == null && pairs.length > 0) {
				int capacity = capacity(pairs.length);
				int[] k = new int[capacity];
				int[] c = new int[capacity];
				count(pairs, k, c, capacity - 1);
				keys = k;
				counts = c;
			}
			return this;
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
		if (a.pairs.length == 0 || b.pairs.length == 0) {
			return 0;
		}
		if (a.normal.equals(b.normal)) {
			// the same pairs: every one in common
			return 1;
		}
		int[] x;
		int[] y;
		int[] keys;
		int[] counts;
		if (b.keys != null || a.keys != null) {
			// one text's table made in advance: the other's pairs taken from a copy of its counts
			Bigrams indexed = b.keys != null ? b : a;
			x = indexed.pairs;
			y = indexed == b ? a.pairs : b.pairs;
			keys = indexed.keys;
			counts = indexed.counts.clone();
		} else {
			// the smaller multiset counted in an open-addressing table, the larger one taken from it
			x = a.pairs.length <= b.pairs.length ? a.pairs : b.pairs;
			y = x == a.pairs ? b.pairs : a.pairs;
			int capacity = capacity(x.length);
			keys = new int[capacity];
			counts = new int[capacity];
			count(x, keys, counts, capacity - 1);
		}
		int mask = keys.length - 1;
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

	private static int capacity(int pairs) {
		return Integer.highestOneBit(pairs * 2 + 1) << 1;
	}

	private static void count(int[] pairs, int[] keys, int[] counts, int mask) {
		for (int pair : pairs) {
			int slot = mix(pair) & mask;
			while (counts[slot] != 0 && keys[slot] != pair) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = pair;
			counts[slot]++;
		}
	}

	private static int mix(int key) {
		int h = key * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	/** Letters, digits and ideographs only; full-width letters and digits as half-width. */
	public static String normalize(String text) {
		int length = text.length();
		char[] out = null;
		int kept = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
			boolean keep = isLetterOrDigit(folded);
			if (out == null) {
				if (keep && folded == c) {
					continue;
				}
				// the first character dropped or folded: copy what was kept so far
				out = new char[length];
				text.getChars(0, i, out, 0);
				kept = i;
			}
			if (keep) {
				out[kept++] = folded;
			}
		}
		return out == null ? text : new String(out, 0, kept);
	}

	/** {@link Character#isLetterOrDigit(char)}, answered at once for ASCII and the ideographs of U+4E00–U+9FEF (letters in every Unicode version Java 17 and later know). */
	private static boolean isLetterOrDigit(char c) {
		if (c < 0x80) {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
		}
		if (c >= '\u4E00' && c <= '\u9FEF') {
			return true;
		}
		return Character.isLetterOrDigit(c);
	}
}
