package org.gpr;

import com.google.inject.Injector;

/**
 * One of Xtext's services, asked of the injector the first time it is needed and then kept: what
 * {@link LazySerializer} and {@link LazyConcreteSyntaxValidator} hand their calls to.
 */
final class LazyService<T> {

	private final Class<? extends T> type;

	private volatile T made;

	LazyService(Class<? extends T> type) {
		this.type = type;
	}

	/** The service, made by {@code injector} on the first call. */
	T get(Injector injector) {
		T result = made;
		if (result == null) {
			synchronized (this) {
				result = made;
				if (result == null) {
					result = injector.getInstance(type);
					made = result;
				}
			}
		}
		return result;
	}

	boolean isMade() {
		return made != null;
	}
}
