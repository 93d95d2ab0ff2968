package org.gpr.importer;

/**
 * A reader of published documents that the runtime does not read itself (PDF, Word): it turns
 * a file into the one grid model ({@link SourceDocument}) that label matching and table
 * placement work on. Readers live in a bundle of their own (their libraries are heavy) and are
 * found with {@link java.util.ServiceLoader} on the command line's class path; the language core
 * and the editor never load them.
 */
public interface DocumentReader {

	/** Whether this reader reads the file, judged by its name and its first bytes. */
	boolean reads(String fileName, byte[] head);

	/** What kind of document it reads, as the user would say it ("PDF", "Word"). */
	String kind();

	/**
	 * Reads the document. Bounded in time and memory; every failure is one sentence.
	 *
	 * @param display the file's name as the user should see it
	 * @throws ImportException when the file cannot be read as a report (corrupt, encrypted with a
	 *             password, without a text layer, too large), with one sentence saying so
	 */
	SourceDocument read(byte[] bytes, String display) throws ImportException;
}
