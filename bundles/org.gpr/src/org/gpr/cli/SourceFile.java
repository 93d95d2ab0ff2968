package org.gpr.cli;

import java.nio.file.Path;

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
}
