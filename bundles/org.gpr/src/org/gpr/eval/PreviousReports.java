package org.gpr.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.gpr.gpr.Report;

/**
 * Follows a report's {@code previous} link, relative to the report's own file, into the same
 * resource set (so that the previous report is parsed once however many reports need it).
 */
public class PreviousReports {

	public enum Status {
		/** The report has no previous link. */
		NONE,
		/** The previous report was found and parsed. */
		FOUND,
		/** No file at the linked path. */
		MISSING,
		/** The file is there but is not a report gpr can read. */
		UNPARSABLE
	}

	/** Where a previous link leads. */
	public record Link(Status status, URI uri, Report report) {
	}

	/** Folders with more .gpr files than this are not searched for the previous report's format. */
	private static final int MAX_NEIGHBOURS = 200;

	/** The URI the report's previous link names, found without loading anything; null when none. */
	public static URI linkedUri(Report report) {
		Resource resource = report.eResource();
		String path = report.getPrevious();
		if (path == null || resource == null) {
			return null;
		}
		try {
			URI base = resource.getURI();
			if (base.isFile()) {
				return inFormOf(base, URI.createFileURI(Path.of(base.toFileString()).getParent().resolve(path).normalize().toString()));
			}
			return URI.createURI(path).resolve(base);
		} catch (RuntimeException e) {
			return null;
		}
	}

	/**
	 * A file URI written as the report's own is ({@code file:///…} with an empty authority, as the
	 * language server's resources are, or {@code file:/…}), so that last year's report is the
	 * resource already in the resource set (an open editor's text) and its exported name matches.
	 */
	private static URI inFormOf(URI base, URI target) {
		if (base.authority() != null && target.authority() == null && target.hasAbsolutePath()) {
			return URI.createHierarchicalURI(target.scheme(), base.authority(), target.device(), target.segments(),
					target.query(), target.fragment());
		}
		return target;
	}

	public Link resolve(Report report) {
		String path = report.getPrevious();
		Resource resource = report.eResource();
		if (path == null || resource == null || resource.getResourceSet() == null) {
			return new Link(Status.NONE, null, null);
		}
		URI base = resource.getURI();
		URI target;
		try {
			if (base.isFile()) {
				Path file = Path.of(base.toFileString()).getParent().resolve(path).normalize();
				target = inFormOf(base, URI.createFileURI(file.toString()));
				if (!Files.isRegularFile(file)) {
					return new Link(Status.MISSING, target, null);
				}
			} else {
				target = URI.createURI(path).resolve(base);
			}
		} catch (RuntimeException e) {
			return new Link(Status.MISSING, null, null);
		}
		ResourceSet set = resource.getResourceSet();
		Resource previous = set.getResource(target, false);
		if (previous == null) {
			try {
				previous = set.getResource(target, true);
				loadNeighbours(set, target);
			} catch (RuntimeException e) {
				Resource broken = set.getResource(target, false);
				if (broken != null && !broken.isLoaded()) {
					set.getResources().remove(broken);
				}
				return new Link(target.isFile() ? Status.UNPARSABLE : Status.MISSING, target, null);
			}
		}
		if (previous == null || !previous.getErrors().isEmpty() || previous.getContents().isEmpty()
				|| !(previous.getContents().get(0) instanceof Report previousReport)) {
			return new Link(Status.UNPARSABLE, target, null);
		}
		return new Link(Status.FOUND, target, previousReport);
	}

	/** Whether a previous report is the same body's report of the year before. */
	public static boolean matches(Report report, Report previous) {
		return sameBody(report, previous) && previousYear(report, previous);
	}

	public static boolean sameBody(Report report, Report previous) {
		return normalize(report.getBody()).equals(normalize(previous.getBody()));
	}

	public static boolean previousYear(Report report, Report previous) {
		try {
			return Integer.parseInt(previous.getYear()) == Integer.parseInt(report.getYear()) - 1;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** Bodies are compared ignoring the width of brackets and spaces: （本级机关） and (本级机关) are one body. */
	static String normalize(String body) {
		if (body == null) {
			return "";
		}
		// as replace('（', '(').replace('）', ')').replaceAll("[\\s\u3000]", ""), without compiling
		// the expression on every validation
		StringBuilder out = new StringBuilder(body.length());
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			switch (c) {
			case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000' -> {
			}
			case '（' -> out.append('(');
			case '）' -> out.append(')');
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** The formats a previous report names usually sit beside it, as they do for this year's. */
	private static void loadNeighbours(ResourceSet set, URI target) {
		if (!target.isFile()) {
			return;
		}
		Path folder = Path.of(target.toFileString()).getParent();
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(p -> p.getFileName().toString().endsWith(".gpr")).sorted().limit(MAX_NEIGHBOURS)
					.map(p -> URI.createFileURI(p.toString())).filter(uri -> set.getResource(uri, false) == null)
					.forEach(uri -> {
						try {
							set.getResource(uri, true);
						} catch (RuntimeException e) {
							// a neighbour that cannot be read is not needed
						}
					});
		} catch (IOException | RuntimeException e) {
			// the previous report still resolves against the shipped formats
		}
	}
}
