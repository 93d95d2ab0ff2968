package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code gpr generate}: exit codes, --formats, --force, and one clear sentence for bad input or output. */
@ExtendWith(ChineseLocale.class)
class GenerateCliTest {

	@TempDir
	Path dir;

	private Path copyExample() {
		return GprTestSupport.copyExample(dir);
	}

	private static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.map(p -> folder.relativize(p).toString()).sorted().toList();
		}
	}

	private static void oneSentence(Generated run) {
		assertEquals(Main.USAGE, run.exit, run.toString());
		assertTrue(run.err.startsWith("gpr: "), run.err);
		assertEquals(1, run.err.strip().lines().count(), run.err);
		assertFalse(run.err.contains("Exception"), run.err);
		assertFalse(run.err.contains("\tat "), run.err);
	}

	@Test
	void withoutOutIsUsage() throws IOException {
		copyExample();
		oneSentence(Generated.run(dir, "generate", "customs-2020"));
		oneSentence(Generated.run(dir, "generate", "customs-2020", "--out"));
	}

	@Test
	void unknownFormatIsUsage() throws IOException {
		copyExample();
		Generated run = Generated.run(dir, "generate", "customs-2020", "--out", "out", "--formats", "html,pdf");
		oneSentence(run);
		assertTrue(run.err.contains("pdf"), run.err);
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void missingInputIsUsage() {
		oneSentence(Generated.run(dir, "generate", "nowhere", "--out", "out"));
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void aFileAsOutIsUsage() throws IOException {
		copyExample();
		Files.writeString(dir.resolve("out"), "not a folder");
		Generated run = Generated.run(dir, "generate", "customs-2020", "--out", "out");
		oneSentence(run);
		assertTrue(run.err.contains("out"), run.err);
		assertEquals("not a folder", Files.readString(dir.resolve("out")));
	}

	@Test
	void anUncreatableOutIsUsage() throws IOException {
		copyExample();
		Files.writeString(dir.resolve("file"), "x");
		// a folder cannot be created under a file (what an unwritable place looks like, even to root)
		oneSentence(Generated.run(dir, "generate", "customs-2020", "--out", "file/out"));
	}

	@Test
	void aFailedWriteLeavesNoHalfWrittenFile() throws IOException {
		copyExample();
		Path out = dir.resolve("out");
		// a non-empty folder where the HTML should go: moving the finished file there fails
		Files.createDirectories(out.resolve("customs-2020.html"));
		Files.writeString(out.resolve("customs-2020.html").resolve("keep"), "x");
		Generated run = Generated.run(dir, "generate", "customs-2020", "--out", "out");
		oneSentence(run);
		assertTrue(run.err.contains("customs-2020.html"), run.err);
		assertEquals(List.of("", "customs-2020.html", "customs-2020.html/keep"), list(out));
	}

	@Test
	void formatsSelectTheOutputs() throws IOException {
		copyExample();
		Generated run = Generated.run(dir, "generate", "customs-2020", "--out", "out", "--formats", "html,json");
		assertEquals(Main.OK, run.exit, run.toString());
		assertEquals(List.of("", "customs-2020.html", "customs-2020.json"), list(dir.resolve("out")));
	}

	@Test
	void aReportWithErrorsIsNotGeneratedUnlessForced() throws IOException {
		Path example = copyExample();
		Path report = example.resolve("customs-2020.gpr");
		Files.writeString(report, Files.readString(report).replace("    新收             166", "    新收             167"));
		Generated run = Generated.run(dir, "generate", "customs-2020", "--out", "out");
		assertEquals(Main.ERRORS, run.exit, run.toString());
		assertTrue(run.out.contains("customs-2020.gpr:"), run.out);
		assertEquals(List.of(""), list(dir.resolve("out")));
		Generated forced = Generated.run(dir, "generate", "customs-2020", "--out", "out", "--force");
		assertEquals(Main.ERRORS, forced.exit, forced.toString());
		assertTrue(Files.isRegularFile(dir.resolve("out/customs-2020.html")));
	}

	@Test
	void namesAreSanitisedAndStayInOut() throws IOException {
		Path example = copyExample();
		Files.move(example.resolve("customs-2020.gpr"), example.resolve("a b;<c>&$(x).gpr"));
		Path nested = dir.resolve("nested");
		Files.createDirectories(nested);
		Generated run = Generated.run(nested, "generate", "../customs-2020", "--out", "../out", "--formats", "html");
		assertEquals(Main.OK, run.exit, run.toString());
		assertEquals(List.of("", "a_b__c____x_.html"), list(dir.resolve("out")));
		assertEquals(List.of(""), list(nested));
	}

	@Test
	void sameNamesFromTwoFoldersDoNotOverwrite() throws IOException {
		Path example = copyExample();
		Path other = dir.resolve("again");
		Files.createDirectories(other);
		// the same report in another folder; its format resolves from the first folder's
		Files.copy(example.resolve("customs-2020.gpr"), other.resolve("customs-2020.gpr"));
		Generated run = Generated.run(dir, "generate", "customs-2020", "again", "--out", "out", "--formats", "json");
		assertEquals(Main.OK, run.exit, run.toString());
		assertEquals(List.of("", "customs-2020-2.json", "customs-2020.json"), list(dir.resolve("out")));
	}
}
