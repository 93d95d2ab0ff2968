package org.gpr.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.gpr.format.BuiltinFormats;

/**
 * The shipped formats ({@code gov2019}, {@code gov2021}) as files a client can open: they live
 * inside the runtime's jar under the URI {@code gpr-builtin:/formats/NAME.gpr}, which no editor
 * opens, so a definition or reference into one points to a read-only copy of its text, written on
 * the first such request to {@code FOLDER/CONTENT-HASH/NAME.gpr} (the folder: the system property
 * {@code gpr.lsp.formatsCache}, else {@code $XDG_CACHE_HOME/gpr/formats}, else
 * {@code ~/.cache/gpr/formats}). The hash of the text names the subfolder, so two versions of gpr
 * never share a copy, and the copy is the very text the server parsed: ranges in it are right.
 */
final class ShippedFormatFiles {

	private final Path folder;

	/** {@code gpr-builtin:} URI → {@code file:} URI of its copy, once written. */
	private final Map<String, String> copies = new ConcurrentHashMap<>();

	ShippedFormatFiles(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	static Path defaultFolder() {
		String configured = System.getProperty("gpr.lsp.formatsCache");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		String cache = System.getenv("XDG_CACHE_HOME");
		Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("gpr").resolve("formats");
	}

	/**
	 * The {@code file:} URI of the copy of the shipped format at {@code uri}, written if need be, or
	 * null if {@code uri} is not a shipped format's (or its copy cannot be written).
	 */
	String fileUri(String uri) {
		if (uri == null || !uri.startsWith(BuiltinFormats.SCHEME + ":")) {
			return null;
		}
		String name = URI.createURI(uri).trimFileExtension().lastSegment();
		if (name == null || !BuiltinFormats.NAMES.contains(name)) {
			return null;
		}
		return copies.computeIfAbsent(uri, key -> write(name));
	}

	/** Whether {@code uri} is the copy of a shipped format (kept out of the workspace when opened). */
	boolean isCopy(URI uri) {
		if (uri == null || !uri.isFile()) {
			return false;
		}
		try {
			return Path.of(uri.toFileString()).toAbsolutePath().normalize().startsWith(folder);
		} catch (RuntimeException e) {
			return false;
		}
	}

	private String write(String name) {
		try (InputStream in = BuiltinFormats.class.getResourceAsStream("/org/gpr/formats/" + name + ".gpr")) {
			if (in == null) {
				return null;
			}
			byte[] text = in.readAllBytes();
			String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text), 0, 6);
			Path target = folder.resolve(hash).resolve(name + ".gpr");
			if (!Files.isRegularFile(target)) {
				Files.createDirectories(target.getParent());
				Path partial = Files.createTempFile(target.getParent(), name, ".part");
				Files.write(partial, text);
				partial.toFile().setReadOnly();
				try {
					Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
				} catch (IOException e) {
					Files.deleteIfExists(partial);
					if (!Files.isRegularFile(target)) {
						throw e;
					}
				}
			}
			return target.toUri().toString();
		} catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
			System.err.println("gpr lsp: cannot write the copy of the shipped format " + name + ": " + e.getMessage());
			return null;
		}
	}
}
