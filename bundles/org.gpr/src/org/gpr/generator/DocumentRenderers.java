package org.gpr.generator;

import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@link DocumentRenderer}s at hand: those registered by their bundle and those that
 * {@link ServiceLoader} finds on the class path (META-INF/services). Looked up once.
 */
public final class DocumentRenderers {

	private static final Map<OutputKind, DocumentRenderer> REGISTERED = new EnumMap<>(OutputKind.class);
	private static volatile boolean loaded;

	private DocumentRenderers() {
	}

	/** Registers a renderer (its bundle does this under OSGi, where ServiceLoader does not see it). */
	public static synchronized void register(DocumentRenderer renderer) {
		REGISTERED.put(renderer.kind(), renderer);
	}

	/** The renderer of a kind, or null when no bundle provides it. */
	public static DocumentRenderer find(OutputKind kind) {
		if (!loaded) {
			load();
		}
		synchronized (DocumentRenderers.class) {
			return REGISTERED.get(kind);
		}
	}

	private static synchronized void load() {
		if (loaded) {
			return;
		}
		loaded = true;
		for (ClassLoader loader : new ClassLoader[] { DocumentRenderer.class.getClassLoader(),
				Thread.currentThread().getContextClassLoader() }) {
			if (loader == null) {
				continue;
			}
			try {
				for (DocumentRenderer renderer : ServiceLoader.load(DocumentRenderer.class, loader)) {
					REGISTERED.putIfAbsent(renderer.kind(), renderer);
				}
			} catch (ServiceConfigurationError e) {
				// a renderer that cannot be loaded is as good as absent: its kind is not available
			}
		}
	}
}
