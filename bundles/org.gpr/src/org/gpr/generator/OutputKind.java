package org.gpr.generator;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What gpr generates from a report. HTML, CSV, XLSX and JSON are rendered by this bundle; PDF and
 * DOCX by a {@link DocumentRenderer} of another bundle (org.gpr.publish), when it is there.
 */
public enum OutputKind {
	HTML, CSV, XLSX, JSON, PDF, DOCX;

	public static final Set<OutputKind> ALL = EnumSet.allOf(OutputKind.class);

	/** Whether the kind is rendered by a {@link DocumentRenderer} found at run time. */
	public boolean isPlugged() {
		return this == PDF || this == DOCX;
	}

	/** The kinds that can be generated here: those of this bundle and those with a renderer. */
	public static Set<OutputKind> available() {
		Set<OutputKind> kinds = EnumSet.noneOf(OutputKind.class);
		for (OutputKind kind : values()) {
			if (!kind.isPlugged() || DocumentRenderers.find(kind) != null) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

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
