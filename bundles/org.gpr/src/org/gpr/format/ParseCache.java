package org.gpr.format;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Values derived from one parse of a resource, dropped when the resource is parsed again. Unlike
 * Xtext's {@code OnChangeEvictingCache}, it installs no content adapter on every object of the
 * resource (which costs as much as validating a large report).
 */
public final class ParseCache {

	private ParseCache() {
	}

	private static final class Holder extends AdapterImpl {
		IParseResult parse;
		final Map<Object, Object> values = new HashMap<>();

		@Override
		public boolean isAdapterForType(Object type) {
			return type == ParseCache.class;
		}
	}

	/**
	 * The value for the key from this parse of the resource, computed once. Calls for resources of
	 * one resource set are serialised (a value of one report may need one of another, e.g. last
	 * year's report, in the same set); resource sets of different threads (the command line's
	 * batches) do not wait for each other.
	 */
	public static <T> T get(Resource resource, Object key, Supplier<T> compute) {
		Object lock = resource.getResourceSet() != null ? resource.getResourceSet() : resource;
		synchronized (lock) {
			return getLocked(resource, key, compute);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T getLocked(Resource resource, Object key, Supplier<T> compute) {
		Holder holder = null;
		for (Object adapter : resource.eAdapters()) {
			if (adapter instanceof Holder found) {
				holder = found;
				break;
			}
		}
		if (holder == null) {
			holder = new Holder();
			resource.eAdapters().add(holder);
		}
		IParseResult parse = resource instanceof XtextResource xtext ? xtext.getParseResult() : null;
		if (holder.parse != parse) {
			holder.values.clear();
			holder.parse = parse;
		}
		Object value = holder.values.get(key);
		if (value == null) {
			value = compute.get();
			holder.values.put(key, value);
		}
		return (T) value;
	}
}
