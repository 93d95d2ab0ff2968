package org.gpr.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The {@link DocumentReader}s at hand: those registered with {@link java.util.ServiceLoader}
 * (the command line's flat class path holds {@code org.gpr.importer.documents}), those
 * {@link #register registered} by hand, or those given.
 */
public final class DocumentReaders {

	/** Readers registered by hand (under OSGi, where {@link ServiceLoader} does not see other bundles' registrations). */
	private static final List<DocumentReader> REGISTERED = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final List<DocumentReader> readers;

	/** Makes a reader available to every later {@link #loaded()}. */
	public static void register(DocumentReader reader) {
		if (REGISTERED.stream().noneMatch(r -> r.getClass() == reader.getClass())) {
			REGISTERED.add(reader);
		}
	}

	public DocumentReaders(List<DocumentReader> readers) {
		this.readers = List.copyOf(readers);
	}

	/** The readers {@link ServiceLoader} finds from this class's loader and the thread's. */
	public static DocumentReaders loaded() {
		List<DocumentReader> found = new ArrayList<>(REGISTERED);
		List<ClassLoader> loaders = new ArrayList<>();
		loaders.add(DocumentReader.class.getClassLoader());
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		if (context != null && !loaders.contains(context)) {
			loaders.add(context);
		}
		for (ClassLoader loader : loaders) {
			try {
				for (DocumentReader reader : ServiceLoader.load(DocumentReader.class, loader)) {
					if (found.stream().noneMatch(r -> r.getClass() == reader.getClass())) {
						found.add(reader);
					}
				}
			} catch (java.util.ServiceConfigurationError e) {
				// a broken registration: that reader is not at hand
			}
		}
		return new DocumentReaders(found);
	}

	/** The reader for a file, or null. */
	public DocumentReader find(String fileName, byte[] bytes) {
		byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096));
		for (DocumentReader reader : readers) {
			if (reader.reads(fileName, head)) {
				return reader;
			}
		}
		return null;
	}

	/** The kind of document a file is that only a document reader reads ("PDF", "Word"), or null. */
	public static String documentKind(String fileName, byte[] bytes) {
		String name = fileName.toLowerCase(Locale.ROOT);
		String head = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
		if (head.startsWith("%PDF") || name.endsWith(".pdf")) {
			return "PDF";
		}
		if (name.endsWith(".docx") || name.endsWith(".doc") || head.startsWith("PK\u0003\u0004") && name.endsWith(".docx")) {
			return "Word";
		}
		return null;
	}
}
