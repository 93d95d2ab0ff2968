package org.gpr.importer;

import org.gpr.Messages;

/** The importer's and the auditor's messages ({@code org/gpr/importer/messages*.properties}). */
public final class ImportMessages {

	private static final Messages.Bundle BUNDLE = new Messages.Bundle("org.gpr.importer.messages",
			ImportMessages.class.getClassLoader());

	private ImportMessages() {
	}

	public static String get(String key, Object... args) {
		return BUNDLE.get(key, args);
	}
}
