package org.gpr.generator;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What gpr generates from a report. */
public enum OutputKind {
	HTML, CSV, XLSX, JSON;

	public static final Set<OutputKind> ALL = EnumSet.allOf(OutputKind.class);

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind for a word of {@code --formats}, or null. */
	public static OutputKind of(String id) {
		for (OutputKind kind : values()) {
			if (kind.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		return null;
	}
}
