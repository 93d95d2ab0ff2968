package org.gpr.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.gpr.gpr.GprFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads gpr texts for tests: a report with the format files it needs, in one resource set. */
public class GprTestSupport {

	@Inject
	private ParseHelper<GprFile> parser;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private org.gpr.eval.Evaluator evaluator;

	public org.gpr.eval.Evaluator evaluator() {
		return evaluator;
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** Parses the first text as the file under test; the other texts are loaded beside it first. */
	public GprFile parse(String text, String... others) {
		XtextResourceSet set = resourceSets.get();
		int i = 0;
		for (String other : others) {
			load(set, "format" + (i++) + ".gpr", other);
		}
		return (GprFile) load(set, "test.gpr", text);
	}

	public static EObject load(XtextResourceSet set, String name, String text) {
		Resource resource = set.createResource(URI.createURI("test:/" + name));
		try {
			resource.load(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}

	public List<Issue> validate(EObject model) {
		return validation.validate(model);
	}

	public ValidationTestHelper validation() {
		return validation;
	}

	public ParseHelper<GprFile> parser() {
		return parser;
	}

	/** Messages in Chinese (the default) for the rest of the test. */
	public static void chinese() {
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
	}

	/** The repository's root, found from the working directory of the test run. */
	public static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isDirectory(dir.resolve("examples/customs-2020"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath());
	}

	public static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String example(String relative) {
		return read(root().resolve("examples").resolve(relative));
	}

	/** Copies the customs example (report and format) into {@code dir/customs-2020} and returns that folder. */
	public static Path copyExample(Path dir) {
		Path target = dir.resolve("customs-2020");
		try {
			Files.createDirectories(target);
			for (String name : new String[] { "customs-2020.gpr", "customs-format.gpr" }) {
				Files.copy(root().resolve("examples/customs-2020").resolve(name), target.resolve(name));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	public static String seed() {
		return read(root().resolve("bundles/org.gpr.tests/resources/seeds/customs-2020-report.txt"));
	}

	/** A minimal gov2021 report (all sections, every table and row) that has no issues. */
	public static String minimal2021() {
		return read(root().resolve("bundles/org.gpr.tests/resources/minimal-2021.gpr"));
	}

	/** A minimal gov2019 report (all sections, every table and row) that has no issues. */
	public static String minimal2019() {
		return read(root().resolve("bundles/org.gpr.tests/resources/minimal-2019.gpr"));
	}
}
