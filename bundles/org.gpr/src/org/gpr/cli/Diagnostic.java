package org.gpr.cli;

import org.gpr.generator.Cells;

/**
 * One problem found in one file, as the command line prints it.
 *
 * @param line 1-based
 * @param column 1-based
 * @param offset 0-based character offset in the file
 */
public record Diagnostic(String file, int line, int column, int offset, int length, String severity, String code,
		String message) {

	/** The severity of a warning the author accepted with a reason: listed apart, not counted. */
	public static final String ACCEPTED = "accepted";

	public boolean isAccepted() {
		return ACCEPTED.equals(severity);
	}

	public boolean isError() {
		return "error".equals(severity);
	}

	/** An information (a blank cell an identity needs), shown on request only. */
	public boolean isInfo() {
		return "info".equals(severity);
	}

	/** {@code file:line:column: severity: message [code]} */
	public String toLine() {
		return file + ":" + line + ":" + column + ": " + severity + ": " + message + " [" + code + "]";
	}

	public String toJson() {
		return "{\"file\":" + Cells.json(file) + ",\"line\":" + line + ",\"column\":" + column + ",\"offset\":"
				+ offset + ",\"length\":" + length + ",\"severity\":" + Cells.json(severity) + ",\"code\":"
				+ Cells.json(code) + ",\"message\":" + Cells.json(message) + "}";
	}
}
