package org.gpr.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds the fonts of the {@link FontRole}s: in the folder the author names (--fonts), then in the
 * usual font folders of Linux, Windows and macOS. Only TrueType outlines (glyf) are taken, because
 * they are what PDFBox embeds. Folders are searched once per JVM, and each face is parsed once per
 * JVM and shared by every thread ({@link Parsed}): the set of code points it covers (immutable) and
 * the parsed font the documents embed ({@link #load}). FontBox 3.0 reads a parsed font's tables and
 * glyphs under its own locks and gives every reader of the file's bytes a stream of its own, so
 * documents rendered on several threads embed (and PDFBox subsets at save) the same font; a font
 * per thread kept a copy of every CJK collection's bytes per thread (about 135 MB each).
 */
public final class Fonts {

	/** A face found for a role: its file and, in a collection, its family. */
	public record Face(FontRole role, Path file, String family) {

		/** The name shown in messages and in the README: the file and the face. */
		public String describe() {
			return file.getFileName() + (family == null ? "" : "（" + family + "）");
		}

		/** The face's identity: its file and family (roles may share a face; a PDF embeds it once). */
		public String key() {
			return file + "#" + family;
		}

		/** Whether this is an official font of the author's machine, not one of the free substitutes. */
		public boolean official() {
			return !FontRole.isFree(file.getFileName().toString().toLowerCase(Locale.ROOT));
		}
	}

	/** The faces of every role (FALLBACK: all found, in order), and whether any was found at all. */
	public record Resolved(Map<FontRole, List<Face>> faces) {

		public List<Face> of(FontRole role) {
			return faces.getOrDefault(role, List.of());
		}

		public boolean isEmpty() {
			return faces.values().stream().allMatch(List::isEmpty);
		}

		/** Every face, each once, in role order. */
		public List<Face> all() {
			Map<String, Face> unique = new LinkedHashMap<>();
			for (List<Face> list : faces.values()) {
				for (Face face : list) {
					unique.putIfAbsent(face.key(), face);
				}
			}
			return new ArrayList<>(unique.values());
		}
	}

	private static final Map<List<Path>, Map<String, Path>> INDEX = new ConcurrentHashMap<>();
	private static final Map<List<Path>, Resolved> RESOLVED = new ConcurrentHashMap<>();
	private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

	/**
	 * A face parsed once per JVM and shared: the code points it has a glyph for (immutable, read
	 * without a lock) and the parsed font, opened when a document first embeds the face.
	 */
	static final class Parsed {
		private final Face face;
		private final BitSet covered;
		private volatile TrueTypeFont font;

		Parsed(Face face, TrueTypeFont font) throws IOException {
			this.face = face;
			this.covered = new BitSet();
			CmapLookup cmap = font.getUnicodeCmapLookup(false);
			if (cmap != null) {
				for (int cp = 0; cp <= LAST_CODE_POINT; cp++) {
					if (cmap.getGlyphId(cp) > 0) {
						covered.set(cp);
					}
				}
			}
		}

		boolean covers(int codePoint) {
			return codePoint >= 0 && codePoint <= LAST_CODE_POINT && covered.get(codePoint);
		}

		/**
		 * The glyph sequences PDFBox would replace when it writes text in this face: the inputs of
		 * the features it applies (ccmp, liga, clig: {@code GsubWorkerForLatin}), looked up once.
		 */
		private volatile Set<List<Integer>> substituted;

		/**
		 * Whether some substitution of the face could apply to text of these glyphs: all glyphs of
		 * one of its input sequences are among them (uming's 招財進寶 ligature, DejaVu's fi).
		 */
		boolean maySubstitute(Set<Integer> glyphs) throws IOException {
			Set<List<Integer>> sequences = substituted;
			if (sequences == null) {
				sequences = new HashSet<>();
				GsubData gsub = font().getGsubData();
				if (gsub != null && gsub != GsubData.NO_DATA_FOUND) {
					for (String feature : SUBSTITUTING_FEATURES) {
						if (gsub.isFeatureSupported(feature)) {
							sequences.addAll(gsub.getFeature(feature).getAllGlyphIdsForSubstitution());
						}
					}
				}
				substituted = sequences;
			}
			for (List<Integer> sequence : sequences) {
				if (glyphs.containsAll(sequence)) {
					return true;
				}
			}
			return false;
		}

		/** The parsed font, opened once (only faces a document embeds are kept open). */
		TrueTypeFont font() throws IOException {
			TrueTypeFont open = font;
			if (open == null) {
				synchronized (this) {
					open = font;
					if (open == null) {
						open = parse(face);
						font = open;
					}
				}
			}
			return open;
		}
	}

	/** The GSUB features PDFBox 3.0 applies to text in a Latin-script font ({@code GsubWorkerForLatin}). */
	private static final List<String> SUBSTITUTING_FEATURES = List.of("ccmp", "liga", "clig");

	/** Code points above this (the supplementary ideographic plane's end) are not looked up. */
	private static final int LAST_CODE_POINT = 0x2FFFF;

	private Fonts() {
	}

	/**
	 * Set to {@code false}, only the given folder is searched: not GPR_FONTS nor the machine's font
	 * folders (a build that must give the same PDF on every machine, or a test of a machine without fonts).
	 */
	public static final String SYSTEM_PROPERTY = "gpr.fonts.system";

	/** The folders searched, in order: the given one first (may be null). */
	public static List<Path> folders(Path first) {
		List<Path> folders = new ArrayList<>();
		if (first != null) {
			folders.add(first);
		}
		if ("false".equalsIgnoreCase(System.getProperty(SYSTEM_PROPERTY))) {
			return folders;
		}
		String env = System.getenv("GPR_FONTS");
		if (env != null && !env.isBlank()) {
			folders.add(Paths.get(env));
		}
		String home = System.getProperty("user.home", "");
		String windir = System.getenv("WINDIR");
		String local = System.getenv("LOCALAPPDATA");
		if (windir != null) {
			folders.add(Paths.get(windir, "Fonts"));
		}
		if (local != null) {
			folders.add(Paths.get(local, "Microsoft", "Windows", "Fonts"));
		}
		for (String folder : new String[] { home + "/.fonts", home + "/.local/share/fonts", "/usr/local/share/fonts",
				"/usr/share/fonts", home + "/Library/Fonts", "/Library/Fonts", "/System/Library/Fonts" }) {
			folders.add(Paths.get(folder));
		}
		return folders;
	}

	/** The faces for every role, from the given folder and the usual ones (searched once). */
	public static Resolved resolve(Path first) {
		List<Path> folders = folders(first);
		return RESOLVED.computeIfAbsent(folders, Fonts::resolve);
	}

	private static Resolved resolve(List<Path> folders) {
		Map<String, Path> index = INDEX.computeIfAbsent(folders, Fonts::index);
		Map<FontRole, List<Face>> faces = new EnumMap<>(FontRole.class);
		for (FontRole role : FontRole.values()) {
			List<Face> found = new ArrayList<>();
			for (FontRole.Candidate candidate : role.candidates()) {
				Path file = index.get(candidate.file());
				if (file == null) {
					continue;
				}
				Face face = new Face(role, file, candidate.family());
				try {
					parsed(face);
				} catch (IOException | RuntimeException e) {
					continue; // not a TrueType font PDFBox can read: try the next
				}
				found.add(face);
				if (role != FontRole.FALLBACK) {
					break;
				}
			}
			faces.put(role, List.copyOf(found));
		}
		return new Resolved(faces);
	}

	/** Lower-case file name to the first file of that name in the folders (searched four levels deep). */
	private static Map<String, Path> index(List<Path> folders) {
		Map<String, Path> index = new HashMap<>();
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder, 4)) {
				files.filter(Files::isRegularFile).forEach(file -> {
					String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
					if (name.endsWith(".ttf") || name.endsWith(".ttc")) {
						index.putIfAbsent(name, file);
					}
				});
			} catch (IOException | RuntimeException e) {
				// an unreadable folder has no fonts for us
			}
		}
		return index;
	}

	/** The face, parsed once per JVM; only TrueType outlines are accepted. */
	static Parsed parsed(Face face) throws IOException {
		String key = face.key();
		Parsed parsed = PARSED.get(key);
		if (parsed != null) {
			return parsed;
		}
		synchronized (PARSED) {
			parsed = PARSED.get(key);
			if (parsed == null) {
				TrueTypeFont font = parse(face);
				try {
					parsed = new Parsed(face, font);
				} finally {
					font.close();
				}
				PARSED.put(key, parsed);
			}
			return parsed;
		}
	}

	private static TrueTypeFont parse(Face face) throws IOException {
		File file = face.file().toFile();
		TrueTypeFont font;
		if (face.family() == null) {
			font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
		} else {
			TrueTypeCollection collection = new TrueTypeCollection(file);
			TrueTypeFont[] match = new TrueTypeFont[1];
			collection.processAllFonts(candidate -> {
				if (match[0] == null && candidate.getNaming() != null
						&& face.family().equalsIgnoreCase(candidate.getNaming().getFontFamily())) {
					match[0] = candidate;
				}
			});
			if (match[0] == null) {
				collection.close();
				throw new IOException("no face " + face.family() + " in " + file);
			}
			font = match[0];
		}
		if (!font.getTableMap().containsKey("glyf")) {
			font.close();
			throw new IOException("not TrueType outlines: " + file);
		}
		return font;
	}

	/** The parsed face the documents embed: one per JVM, shared by every thread. */
	public static TrueTypeFont load(Face face) throws IOException {
		return parsed(face).font();
	}

	/** Whether the face has a glyph for the code point. */
	public static boolean covers(Face face, int codePoint) {
		try {
			return parsed(face).covers(codePoint);
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Whether some face covers the code point. */
	public static boolean covered(Resolved fonts, int codePoint) {
		for (Face face : fonts.all()) {
			if (covers(face, codePoint)) {
				return true;
			}
		}
		return false;
	}
}
