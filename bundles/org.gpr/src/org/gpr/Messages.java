package org.gpr;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text a report author reads. Chinese by default; English when the JVM's default locale is
 * English. Templates live in properties files: {@code org/gpr/messages.properties} (Chinese) and
 * {@code messages_en.properties} beside it; a feature may keep its own pair and read it through
 * its own {@link Bundle}.
 */
public final class Messages {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/** The messages of the runtime: validation, the command line. */
	public static final Bundle CORE = new Bundle("org.gpr.messages", Messages.class.getClassLoader());

	private Messages() {
	}

	/** Whether messages are currently given in English. */
	public static boolean english() {
		return "en".equals(Locale.getDefault().getLanguage());
	}

	/** The runtime's message for a key, its {0}, {1}… replaced by the arguments' text. */
	public static String get(String key, Object... args) {
		return CORE.get(key, args);
	}

	/** Joins names the way the current language lists them (、 in Chinese, ", " in English). */
	public static String list(Iterable<String> items) {
		return String.join(english() ? ", " : "、", items);
	}

	/** One pair of properties files (Chinese base, {@code _en} English). */
	public static final class Bundle {
		private final String baseName;
		private final ClassLoader loader;

		public Bundle(String baseName, ClassLoader loader) {
			this.baseName = baseName;
			this.loader = loader;
		}

		/** Each template parsed once per language (a validation may give hundreds of messages). */
		private final java.util.concurrent.ConcurrentMap<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

		public String get(String key, Object... args) {
			boolean english = english();
			MessageFormat format = formats.get((english ? "en:" : "zh:") + key);
			if (format == null) {
				String template;
				try {
					template = ResourceBundle.getBundle(baseName, english ? Locale.ENGLISH : Locale.ROOT, loader, NO_FALLBACK)
							.getString(key);
				} catch (MissingResourceException e) {
					return key;
				}
				format = new MessageFormat(template, Locale.ROOT);
				formats.putIfAbsent((english ? "en:" : "zh:") + key, format);
			}
			Object[] texts = new Object[args.length];
			for (int i = 0; i < args.length; i++) {
				texts[i] = String.valueOf(args[i]);
			}
			// a MessageFormat is not safe for concurrent use: each call formats with its own copy
			return ((MessageFormat) format.clone()).format(texts);
		}
	}
}
