package org.gpr.format;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Values derived from one object of a parsed format alone (an {@link EffectiveFormat} or an
 * {@link EffectiveTable}: their declarations, never a report's), each computed once and kept as
 * long as that object. The object is built anew when its format is parsed again, so the values are
 * too. Reports checked against the same format (an editor's keystrokes, a batch of reports) share
 * them. Two threads may both compute a value; one result is kept.
 */
final class Memos {

	private final ConcurrentMap<Object, Object> values = new ConcurrentHashMap<>();

	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute) {
		Object value = values.get(key);
		if (value == null) {
			value = compute.get();
			Object earlier = values.putIfAbsent(key, value);
			if (earlier != null) {
				value = earlier;
			}
		}
		return (T) value;
	}
}
