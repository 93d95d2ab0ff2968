package org.gpr;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
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
		private final java.util.concurrent.ConcurrentMap<String, Template> formats = new java.util.concurrent.ConcurrentHashMap<>();

		public String get(String key, Object... args) {
			boolean english = english();
			String cacheKey = (english ? "en:" : "zh:") + key;
			Template format = formats.get(cacheKey);
			if (format == null) {
				String template;
				try {
					template = ResourceBundle.getBundle(baseName, english ? Locale.ENGLISH : Locale.ROOT, loader, NO_FALLBACK)
							.getString(key);
				} catch (MissingResourceException e) {
					return key;
				}
				format = Template.of(new MessageFormat(template, Locale.ROOT));
				formats.putIfAbsent(cacheKey, format);
			}
			Object[] texts = new Object[args.length];
			for (int i = 0; i < args.length; i++) {
				texts[i] = String.valueOf(args[i]);
			}
			return format.format(texts);
		}
	}

	/**
	 * A template as {@link MessageFormat} formats it with text arguments: the pieces of text
	 * between its arguments (MessageFormat's quoting already applied) and the argument at each
	 * gap, found once by formatting the template with markers. A template with a typed argument
	 * ({0,number}) formats through MessageFormat itself.
	 */
	private static final class Template {
		private static final char MARK = '\uFDD0';

		private final MessageFormat format;
		private final String[] pieces;
		private final int[] arguments;

		private Template(MessageFormat format, String[] pieces, int[] arguments) {
			this.format = format;
			this.pieces = pieces;
			this.arguments = arguments;
		}

		static Template of(MessageFormat format) {
			int count = format.getFormatsByArgumentIndex().length;
			for (java.text.Format typed : format.getFormats()) {
				if (typed != null) {
					return new Template(format, null, null);
				}
			}
			Object[] markers = new Object[count];
			for (int i = 0; i < count; i++) {
				markers[i] = MARK + String.valueOf(i) + MARK;
			}
			String marked = format.format(markers);
			List<String> pieces = new ArrayList<>();
			List<Integer> arguments = new ArrayList<>();
			int from = 0;
			int at;
			while ((at = marked.indexOf(MARK, from)) >= 0) {
				int end = marked.indexOf(MARK, at + 1);
				if (end < 0) {
					return new Template(format, null, null);
				}
				pieces.add(marked.substring(from, at));
				arguments.add(Integer.valueOf(marked.substring(at + 1, end)));
				from = end + 1;
			}
			pieces.add(marked.substring(from));
			return new Template(format, pieces.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray());
		}

		String format(Object[] texts) {
			if (pieces == null) {
				// a MessageFormat is not safe for concurrent use: each call formats with its own copy
				return ((MessageFormat) format.clone()).format(texts);
			}
			StringBuilder out = new StringBuilder(pieces[0]);
			for (int i = 0; i < arguments.length; i++) {
				int argument = arguments[i];
				out.append(argument < texts.length ? texts[argument] : "{" + argument + "}").append(pieces[i + 1]);
			}
			return out.toString();
		}
	}
}
