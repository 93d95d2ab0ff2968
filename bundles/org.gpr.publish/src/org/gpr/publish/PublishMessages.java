package org.gpr.publish;

import org.gpr.Messages;

/** The texts of the PDF and Word documents and their warnings (messages.properties beside this class). */
final class PublishMessages {

	private static final Messages.Bundle BUNDLE = new Messages.Bundle("org.gpr.publish.messages",
			PublishMessages.class.getClassLoader());

	private PublishMessages() {
	}

	static String get(String key, Object... args) {
		return BUNDLE.get(key, args);
	}
}
