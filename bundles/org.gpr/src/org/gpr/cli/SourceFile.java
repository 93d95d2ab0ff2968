package org.gpr.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A .gpr file read from disk: where it is, how to name it to the user, and its text.
 *
 * @param path the file
 * @param display the path as the user should see it (relative to the working directory when possible)
 * @param text the file's UTF-8 text
 * @param requested whether the user asked for this file (or a folder holding it), as opposed to a
 *        neighbour loaded only so that the formats it declares resolve
 */
public record SourceFile(Path path, String display, String text, boolean requested) {

	// equals and hashCode written out: a record's generated ones are bootstrapped through
	// java.lang.invoke on first use, which spins method handle classes at every start (a batch
	// looks every file up by this key)

	@Override
	public boolean equals(Object other) {
		return other instanceof SourceFile file && requested == file.requested && Objects.equals(path, file.path)
				&& Objects.equals(display, file.display) && Objects.equals(text, file.text);
	}

	@Override
	public int hashCode() {
		int hash = Objects.hashCode(path);
		hash = 31 * hash + Objects.hashCode(display);
		hash = 31 * hash + Objects.hashCode(text);
		return 31 * hash + Boolean.hashCode(requested);
	}
}
