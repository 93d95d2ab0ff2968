package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.gpr.ide.editor.FormatFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files beside an edited document are read from disk again only when they changed: a large
 * report beside it is not read on every keystroke, and a format saved meanwhile is read anew.
 */
class FormatFilesTest {

	@TempDir
	Path dir;

	private final FormatFiles files = new FormatFiles();

	private final AtomicInteger reads = new AtomicInteger();

	private String read(Path file, long stamp) throws Exception {
		return files.formatText(file, file, stamp, () -> {
			reads.incrementAndGet();
			return Files.readString(file, StandardCharsets.UTF_8);
		});
	}

	private static void write(Path file, String text, long modified) throws Exception {
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
	}

	@Test
	void aFileIsReadAgainOnlyWhenItChanged() throws Exception {
		Path format = dir.resolve("a.gpr");
		write(format, "format 甲 extends gov2019 {\n}\n", 1_000_000);
		assertEquals("format 甲 extends gov2019 {\n}\n", read(format, 7));
		assertEquals("format 甲 extends gov2019 {\n}\n", read(format, 7));
		assertEquals(1, reads.get());

		// saved with a text of the same size: its time of last modification changed
		write(format, "format 乙 extends gov2019 {\n}\n", 2_000_000);
		assertEquals("format 乙 extends gov2019 {\n}\n", read(format, 7));
		assertEquals(2, reads.get());

		// the same time of last modification, another size
		write(format, "format 乙 extends gov2021 {\n}\n\n", 2_000_000);
		assertEquals("format 乙 extends gov2021 {\n}\n\n", read(format, 7));
		assertEquals(3, reads.get());

		// the caller's stamp (the workspace's) changed
		assertEquals("format 乙 extends gov2021 {\n}\n\n", read(format, 8));
		assertEquals(4, reads.get());
	}

	@Test
	void aReportIsNotAFormatAndIsNotReadAgainEither() throws Exception {
		Path report = dir.resolve("r.gpr");
		write(report, "report \"x\" year 2020 format gov2019\n", 1_000_000);
		assertNull(read(report, 0));
		assertNull(read(report, 0));
		assertEquals(1, reads.get());
		assertEquals(true, FormatFiles.isFormat("// 注释\n  format 甲 {\n}\n"));
		assertEquals(false, FormatFiles.isFormat("report \"x\" year 2020 format gov2019\n"));
	}
}
