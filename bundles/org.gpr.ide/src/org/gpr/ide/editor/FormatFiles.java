package org.gpr.ide.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The texts of the format files among the files beside a document, as the editor offers them to
 * {@link DocumentModel}: a file on disk is read (and searched for {@code format}) again only when
 * its time of last modification, its size or a stamp of the caller's (the workspace's
 * modification stamp, say) changed, so that a large report beside the edited one is not read on
 * every keystroke. Safe to use from several threads.
 */
public final class FormatFiles {

	private static final Pattern FORMAT = Pattern.compile("(?m)^\\s*format\\s");

	/** Reads a file's text. */
	@FunctionalInterface
	public interface Reader<E extends Exception> {
		String read() throws E;
	}

	/** What was last read of a file: its text when it is a format, else null. */
	private record Read(List<Object> stamp, String format) {
	}

	private final Map<Object, Read> reads = new ConcurrentHashMap<>();

	/** Whether a text is a format's (a line that starts with {@code format}). */
	public static boolean isFormat(String text) {
		return FORMAT.matcher(text).find();
	}

	/**
	 * The text of a file when it is a format, else null.
	 *
	 * @param key the file (a path, a workspace file)
	 * @param path where it is on disk, or null (then it is read every time)
	 * @param stamp a further stamp of the file's that changes when its text may have
	 * @param reader reads the file's text
	 */
	public <E extends Exception> String formatText(Object key, Path path, long stamp, Reader<E> reader) throws E {
		List<Object> current = path == null ? null : stamp(path, stamp);
		Read last = current == null ? null : reads.get(key);
		if (last != null && last.stamp().equals(current)) {
			return last.format();
		}
		String text = reader.read();
		String format = isFormat(text) ? text : null;
		if (current != null) {
			reads.put(key, new Read(current, format));
		}
		return format;
	}

	private static List<Object> stamp(Path path, long stamp) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			return List.of(attributes.lastModifiedTime(), attributes.size(), stamp);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
