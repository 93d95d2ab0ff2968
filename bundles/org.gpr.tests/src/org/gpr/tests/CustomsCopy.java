package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/**
 * A copy of the customs example in a temporary folder — the example itself (2019 format) or its
 * conversion to the 2021 format ({@code resources/review/customs-2021.gpr}, synthetic) — that a
 * test changes to show one kind of finding and checks with {@code gpr check}, reading the lines
 * gpr prints ({@code path:line:column: severity: message [code]}).
 */
final class CustomsCopy {

	final Path dir;
	final Path folder;
	final Path report;
	/** The report's path as gpr check prints it (relative to {@link #dir}). */
	final String name;
	final String original;
	private final CliRun cli;

	private CustomsCopy(Path dir, Path folder, String file) {
		this.dir = dir;
		this.folder = folder;
		this.report = folder.resolve(file);
		this.name = dir.relativize(report).toString();
		this.original = GprTestSupport.read(report);
		this.cli = new CliRun(() -> dir);
	}

	/** The customs example (format customs2020, an extension of gov2019) in {@code dir/customs-2020}. */
	static CustomsCopy of2019(Path dir) {
		return new CustomsCopy(dir, GprTestSupport.copyExample(dir), "customs-2020.gpr");
	}

	/** The customs example converted to gov2021 in {@code dir/customs-2021}. */
	static CustomsCopy of2021(Path dir) {
		Path folder = dir.resolve("customs-2021");
		try {
			Files.createDirectories(folder);
			Files.copy(GprTestSupport.root().resolve("bundles/org.gpr.tests/resources/review/customs-2021.gpr"),
					folder.resolve("customs-2021.gpr"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new CustomsCopy(dir, folder, "customs-2021.gpr");
	}

	/** Replaces text in the report (the text must be there). */
	CustomsCopy change(String from, String to) {
		String text = GprTestSupport.read(report);
		assertTrue(text.contains(from), from);
		write(text.replace(from, to));
		return this;
	}

	/** Adds lines after the report's header line ({@code report … format …}). */
	CustomsCopy header(String lines) {
		String text = GprTestSupport.read(report);
		int title = text.indexOf("\ntitle ");
		assertTrue(title > 0);
		write(text.substring(0, title + 1) + lines + "\n" + text.substring(title + 1));
		return this;
	}

	/** Writes another file beside the report. */
	CustomsCopy beside(String file, String text) {
		try {
			Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/** The report as the year before: the same text and tables, only its year (and the period's, and the title's) changed. */
	String lastYear() {
		int year = Integer.parseInt(original.replaceAll("(?s).*\nreport [^\n]* year (\\d{4}) .*", "$1"));
		String last = String.valueOf(year - 1);
		return original.replace("year " + year, "year " + last)
				.replace(year + "年1月1日起至" + year + "年12月31日", last + "年1月1日起至" + last + "年12月31日")
				.replace("(本级机关)" + year + "年", "(本级机关)" + last + "年");
	}

	private void write(String text) {
		try {
			Files.writeString(report, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Runs gpr with these arguments in {@link #dir}; returns the exit code. */
	int run(String... args) {
		return cli.run(args);
	}

	/** gpr check of the report alone. */
	int check() {
		return run("check", name);
	}

	String out() {
		return cli.out();
	}

	String err() {
		return cli.err();
	}

	/** The printed lines of one code ({@code identityBroken} for {@code [org.gpr.identityBroken]}). */
	List<String> lines(String code) {
		return out().lines().filter(l -> l.endsWith("[org.gpr." + code + "]")).toList();
	}

	/** Every finding line printed (the summary goes to stderr). */
	List<String> lines() {
		return out().lines().filter(l -> l.endsWith("]")).toList();
	}
}
