package org.gpr.ui;

import org.gpr.Messages;

/**
 * What the Eclipse editor, builder, wizard and preference pages say to an author: Chinese by
 * default, English when the JVM's locale is English (as for the runtime's messages). The texts
 * are in org/gpr/ui/messages.properties and messages_en.properties; the labels of plugin.xml are
 * in plugin.properties and plugin_en.properties.
 */
public final class UiMessages {

	private static final Messages.Bundle BUNDLE = new Messages.Bundle("org.gpr.ui.messages",
			UiMessages.class.getClassLoader());

	private UiMessages() {
	}

	/** The text for a key, its {0}, {1}… replaced by the arguments. */
	public static String get(String key, Object... args) {
		return BUNDLE.get(key, args);
	}
}
