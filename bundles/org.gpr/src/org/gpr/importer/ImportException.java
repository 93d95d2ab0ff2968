package org.gpr.importer;

/** A file that cannot be imported: the reason in one sentence. Nothing is written for it. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}
}
