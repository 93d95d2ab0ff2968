package org.gpr.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gpr.GprStandaloneSetup;

import com.google.inject.Injector;

/**
 * The baseline of the benchmark: reads and parses every .gpr file of a folder (no linking, no
 * validation, no output), in batches of fresh resource sets as {@code gpr generate} does.
 * Prints the number of files parsed and of files with syntax errors.
 */
public final class ParseOnly {

	public static void main(String[] args) throws IOException {
		Injector injector = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
			files = walk.filter(p -> p.toString().endsWith(".gpr")).sorted().toList();
		}
		int errors = 0;
		for (int start = 0; start < files.size(); start += 250) {
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			for (Path file : files.subList(start, Math.min(files.size(), start + 250))) {
				Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
				resource.load(new ByteArrayInputStream(Files.readAllBytes(file)), set.getLoadOptions());
				if (!resource.getErrors().isEmpty()) {
					errors++;
				}
			}
		}
		System.out.println(files.size() + " files parsed, " + errors + " with syntax errors");
	}
}
