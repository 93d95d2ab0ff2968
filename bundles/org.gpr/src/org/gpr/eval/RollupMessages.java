package org.gpr.eval;

import org.gpr.Messages;

/**
 * The texts of roll-ups, rosters and the figures at a glance (数说年报): {@code rollup.properties}
 * (Chinese) and {@code rollup_en.properties} beside this class.
 */
public final class RollupMessages {

	private static final Messages.Bundle BUNDLE = new Messages.Bundle("org.gpr.eval.rollup",
			RollupMessages.class.getClassLoader());

	private RollupMessages() {
	}

	public static String get(String key, Object... args) {
		return BUNDLE.get(key, args);
	}
}
