package org.gpr.cli;

/** Bad usage or unreadable input: the command line says why in one sentence and exits 2. */
public class InputException extends Exception {

	private static final long serialVersionUID = 1L;

	public InputException(String message) {
		super(message);
	}
}
