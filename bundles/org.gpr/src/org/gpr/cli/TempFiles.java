package org.gpr.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files a command writes its output into before it moves each over its name: those
 * still there when the JVM is stopped (Ctrl+C, or the editor's Cancel, which send SIGTERM and run
 * the shutdown hooks but no {@code finally} of a working thread) are deleted then, so that a
 * stopped run leaves the files it finished and nothing half-written beside them.
 */
public final class TempFiles {

	private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteLeftovers, "gpr-temp-files"));
	}

	private TempFiles() {
	}

	/** What is done to the written temporary file before it is moved over its name (its permissions). */
	@FunctionalInterface
	public interface Prepare {
		void accept(Path temp) throws IOException;
	}

	/**
	 * Writes the content to a temporary file in the target's folder (its name {@code prefix…​.tmp}),
	 * prepares it, then moves it over the target, atomically where the file system can. On any
	 * failure the temporary file is deleted (by the shutdown hook if even that fails) and the
	 * exception thrown; the target is then as it was.
	 */
	public static void replace(Path target, String prefix, byte[] content, Prepare prepare) throws IOException {
		Path temp = create(target.getParent(), prefix, ".tmp");
		boolean moved = false;
		try {
			Files.write(temp, content);
			prepare.accept(temp);
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
			done(temp);
		} finally {
			if (!moved) {
				try {
					Files.deleteIfExists(temp);
					done(temp);
				} catch (IOException e) {
					// nothing more can be done here; the shutdown hook tries again
				}
			}
		}
	}

	/** A new temporary file in the folder, deleted at the JVM's end unless {@link #done} says it is gone. */
	public static Path create(Path folder, String prefix, String suffix) throws IOException {
		Path temp = Files.createTempFile(folder, prefix, suffix);
		PENDING.add(temp);
		return temp;
	}

	/** The file was moved over its name or deleted: nothing is left to do for it. */
	public static void done(Path temp) {
		if (temp != null) {
			PENDING.remove(temp);
		}
	}

	/** What the shutdown hook does: deletes the temporary files not yet done with. */
	public static void deleteLeftovers() {
		for (Path temp : PENDING) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				// the JVM is ending; the file's name starts with a dot and ends with .tmp
			}
			PENDING.remove(temp);
		}
	}

	/** The temporary files not yet done with (for tests). */
	public static Set<Path> pending() {
		return Set.copyOf(PENDING);
	}
}
