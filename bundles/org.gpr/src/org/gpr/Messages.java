package org.gpr;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text a report author reads. Chinese by default; English when the JVM's default locale is
 * English. Templates live in {@code org/gpr/messages.properties} (Chinese) and
 * {@code messages_en.properties}.
 */
public final class Messages {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Messages() {
	}

	/** Whether messages are currently given in English. */
	public static boolean english() {
		return "en".equals(Locale.getDefault().getLanguage());
	}

	private static ResourceBundle bundle() {
		return ResourceBundle.getBundle("org.gpr.messages", english() ? Locale.ENGLISH : Locale.ROOT,
				Messages.class.getClassLoader(), NO_FALLBACK);
	}

	/** The message for a key, its {0}, {1}… replaced by the arguments' text. */
	public static String get(String key, Object... args) {
		String template;
		try {
			template = bundle().getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = String.valueOf(args[i]);
		}
		return new MessageFormat(template, Locale.ROOT).format(texts);
	}

	/** Joins names the way the current language lists them (、 in Chinese, ", " in English). */
	public static String list(Iterable<String> items) {
		return String.join(english() ? ", " : "、", items);
	}
}
