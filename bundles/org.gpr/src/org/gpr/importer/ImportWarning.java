package org.gpr.importer;

/**
 * Something the importer could not match or had to assume, reported to the user.
 *
 * @param line the 1-based line of the source file it is about (0 when it is about the whole file)
 */
public record ImportWarning(int line, String message) {
}
