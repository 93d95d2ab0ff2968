package org.gpr.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds the fonts of the {@link FontRole}s: in the folder the author names (--fonts), then in the
 * usual font folders of Linux, Windows and macOS. Only TrueType outlines (glyf) are taken, because
 * they are what PDFBox embeds. Folders are searched once per JVM; parsed fonts are kept per thread,
 * because a PDFBox font is not meant to be shared between threads.
 */
public final class Fonts {

	/** A face found for a role: its file and, in a collection, its family. */
	public record Face(FontRole role, Path file, String family) {

		/** The name shown in messages and in the README: the file and the face. */
		public String describe() {
			return file.getFileName() + (family == null ? "" : "（" + family + "）");
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
					unique.putIfAbsent(face.file() + "#" + face.family(), face);
				}
			}
			return new ArrayList<>(unique.values());
		}
	}

	private static final Map<List<Path>, Map<String, Path>> INDEX = new ConcurrentHashMap<>();
	private static final Map<List<Path>, Resolved> RESOLVED = new ConcurrentHashMap<>();
	private static final ThreadLocal<Map<String, TrueTypeFont>> LOADED = ThreadLocal.withInitial(HashMap::new);
	private static final ThreadLocal<Map<String, CmapLookup>> CMAPS = ThreadLocal.withInitial(HashMap::new);

	private Fonts() {
	}

	/** The folders searched, in order: the given one first (may be null). */
	public static List<Path> folders(Path first) {
		List<Path> folders = new ArrayList<>();
		if (first != null) {
			folders.add(first);
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
					load(face);
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

	/** The parsed face (kept for the thread); only TrueType outlines are accepted. */
	public static TrueTypeFont load(Face face) throws IOException {
		String key = face.file() + "#" + face.family();
		Map<String, TrueTypeFont> loaded = LOADED.get();
		TrueTypeFont font = loaded.get(key);
		if (font != null) {
			return font;
		}
		File file = face.file().toFile();
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
			throw new IOException("not TrueType outlines: " + file);
		}
		loaded.put(key, font);
		return font;
	}

	/** Whether the face has a glyph for the code point. */
	public static boolean covers(Face face, int codePoint) {
		try {
			String key = face.file() + "#" + face.family();
			Map<String, CmapLookup> cmaps = CMAPS.get();
			CmapLookup cmap = cmaps.get(key);
			if (cmap == null) {
				cmap = load(face).getUnicodeCmapLookup(false);
				cmaps.put(key, cmap);
			}
			return cmap != null && cmap.getGlyphId(codePoint) > 0;
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
