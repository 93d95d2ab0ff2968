package org.gpr.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;
import org.gpr.gpr.RosterEntry;
import org.gpr.gpr.RosterMember;

/**
 * Follows an aggregate report's {@code rollup} link to its roster, and a roster's entries to
 * their member files, each relative to the file that names it.
 */
public final class Rosters {

	public enum Status {
		/** The report declares no roll-up. */
		NONE,
		/** The roster was found and parsed. */
		FOUND,
		/** No file at the linked path. */
		MISSING,
		/** The file is there but does not parse as a roster. */
		UNPARSABLE
	}

	/** Where a rollup link leads. */
	public record Link(Status status, URI uri, Roster roster) {
	}

	private Rosters() {
	}

	/** A path named in a file, resolved against that file's folder; null when it cannot be. */
	public static URI resolve(Resource base, String path) {
		if (base == null || path == null || path.isBlank()) {
			return null;
		}
		try {
			URI uri = base.getURI();
			if (uri.isFile()) {
				return URI.createFileURI(Path.of(uri.toFileString()).getParent().resolve(path).normalize().toString());
			}
			return URI.createURI(path).resolve(uri);
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** The roster file an aggregate report names, without loading it; null when none. */
	public static URI rosterUri(Report report) {
		return report.getRollup() == null ? null : resolve(report.eResource(), report.getRollup());
	}

	/** The file of a roster's member, without loading it; null when the path is not usable. */
	public static URI memberUri(RosterMember member) {
		return resolve(member.eResource(), member.getFile());
	}

	/** The members of a roster (exclusions left out), in the roster's order. */
	public static List<RosterMember> members(Roster roster) {
		List<RosterMember> result = new ArrayList<>();
		for (RosterEntry entry : roster.getEntries()) {
			if (entry instanceof RosterMember member) {
				result.add(member);
			}
		}
		return result;
	}

	/** Whether two names are one body, ignoring the width of brackets and spaces. */
	public static boolean sameBody(String a, String b) {
		return PreviousReports.normalize(a).equals(PreviousReports.normalize(b));
	}

	/** Loads the roster an aggregate report names into the report's resource set. */
	public static Link resolve(Report report) {
		Resource resource = report.eResource();
		if (report.getRollup() == null || resource == null || resource.getResourceSet() == null) {
			return new Link(Status.NONE, null, null);
		}
		URI target = rosterUri(report);
		if (target == null) {
			return new Link(Status.MISSING, null, null);
		}
		if (target.isFile() && !Files.isRegularFile(Path.of(target.toFileString()))) {
			return new Link(Status.MISSING, target, null);
		}
		ResourceSet set = resource.getResourceSet();
		Resource roster = set.getResource(target, false);
		if (roster == null) {
			try {
				roster = set.getResource(target, true);
			} catch (RuntimeException e) {
				Resource broken = set.getResource(target, false);
				if (broken != null && !broken.isLoaded()) {
					set.getResources().remove(broken);
				}
				return new Link(target.isFile() ? Status.UNPARSABLE : Status.MISSING, target, null);
			}
		}
		if (roster == null || !roster.getErrors().isEmpty() || roster.getContents().isEmpty()
				|| !(roster.getContents().get(0) instanceof Roster found)) {
			return new Link(Status.UNPARSABLE, target, null);
		}
		return new Link(Status.FOUND, target, found);
	}
}
