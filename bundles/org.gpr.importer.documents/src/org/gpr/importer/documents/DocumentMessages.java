package org.gpr.importer.documents;

import org.gpr.Messages;

/** The document readers' messages ({@code org/gpr/importer/documents/messages*.properties}). */
final class DocumentMessages {

	private static final Messages.Bundle BUNDLE = new Messages.Bundle("org.gpr.importer.documents.messages",
			DocumentMessages.class.getClassLoader());

	private DocumentMessages() {
	}

	static String get(String key, Object... args) {
		return BUNDLE.get(key, args);
	}
}
