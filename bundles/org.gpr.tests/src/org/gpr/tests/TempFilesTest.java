package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gpr.cli.TempFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The temporary files of generate and import: one moved over its name is forgotten, one still
 * being written when the JVM is stopped is deleted by the shutdown hook's work.
 */
class TempFilesTest {

	@Test
	void leftoversAreDeletedAndFinishedFilesForgotten(@TempDir Path folder) throws Exception {
		Path finished = TempFiles.create(folder, ".gpr-", ".tmp");
		Path target = folder.resolve("customs-2020.pdf");
		Files.move(finished, target);
		TempFiles.done(finished);
		assertFalse(TempFiles.pending().contains(finished));

		Path writing = TempFiles.create(folder, ".gpr-", ".tmp");
		Files.writeString(writing, "half");
		assertTrue(TempFiles.pending().contains(writing));
		TempFiles.deleteLeftovers();
		assertFalse(Files.exists(writing));
		assertFalse(TempFiles.pending().contains(writing));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(target), left.toList());
		}

		// replace: the target gets the content; a failure before the move leaves the target as it was and no temporary file
		TempFiles.replace(target, ".gpr-", "PDF".getBytes(), temp -> assertTrue(TempFiles.pending().contains(temp)));
		assertEquals("PDF", Files.readString(target));
		java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> TempFiles.replace(target, ".gpr-", "other".getBytes(), temp -> {
					throw new java.io.IOException("refused");
				}));
		assertEquals("refused", refused.getMessage());
		assertEquals("PDF", Files.readString(target));
		assertTrue(TempFiles.pending().isEmpty(), TempFiles.pending().toString());
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(target), left.toList());
		}
	}
}
