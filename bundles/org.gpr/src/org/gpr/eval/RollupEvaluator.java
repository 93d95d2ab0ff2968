package org.gpr.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;
import org.gpr.gpr.RosterMember;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Computes roll-ups (全市 / 全县 / 全系统): every cell of an aggregate report as the sum of its
 * roster's members' cells, with BigDecimal, folded one member at a time as the members are read
 * (on every core) so that nothing of a member but its status is kept. Members that cannot be summed (missing, unreadable,
 * of another year or another format) are left out and said so; members with errors of their own
 * are summed and said so. Validators, the quick fix and {@code gpr rollup} ask this class; none
 * adds up on its own.
 */
@Singleton
public class RollupEvaluator {

	/** An aggregate report's roll-up: where its link leads and, when it does, the roll-up. */
	public record Link(Rosters.Link link, Rollup rollup) {
	}

	private static final Link NONE = new Link(new Rosters.Link(Rosters.Status.NONE, null, null), null);

	@Inject
	private MemberReports members;

	@Inject
	private FormatModel formats;

	/** The roll-up an aggregate report declares; cached until the report is parsed again or a member changes. */
	public Link rollup(Report report) {
		if (report == null || report.getRollup() == null || report.eResource() == null) {
			return NONE;
		}
		Rosters.Link link = Rosters.resolve(report);
		if (link.status() != Rosters.Status.FOUND) {
			return new Link(link, null);
		}
		URI self = report.eResource().getURI();
		boolean entered = MemberReports.enter(self);
		try {
			return new Link(link, rollup(link.roster(), false));
		} finally {
			if (entered) {
				MemberReports.leave(self);
			}
		}
	}

	/**
	 * The roll-up of a roster; with {@code validate} every member's own errors are counted too.
	 * The last few roll-ups are kept while the roster, its format and every member file are unchanged
	 * (a check of the roster and of its aggregate in one run reads the members once); a roll-up with
	 * counted errors serves one without.
	 */
	public Rollup rollup(Roster roster, boolean validate) {
		Resource resource = roster.eResource();
		URI uri = resource == null ? null : resource.getURI();
		if (uri != null && MemberReports.inProgress(uri)) {
			// the roster is already being summed further up: one of its members leads back to it
			List<Rollup.Member> cycle = new ArrayList<>();
			for (RosterMember entry : Rosters.members(roster)) {
				cycle.add(new Rollup.Member(entry, entry.getBody(), entry.getFile(), Rosters.memberUri(entry), entry.isOwn(),
						Rollup.Status.CYCLE, null));
			}
			return new Rollup(roster, uri, cycle, Map.of());
		}
		boolean entered = uri != null && MemberReports.enter(uri);
		try {
			return compute(roster, uri, validate);
		} finally {
			if (entered) {
				MemberReports.leave(uri);
			}
		}
	}

	private Rollup compute(Roster roster, URI uri, boolean validate) {
		List<RosterMember> entries = Rosters.members(roster);
		List<URI> uris = new ArrayList<>();
		for (RosterMember entry : entries) {
			uris.add(Rosters.memberUri(entry));
		}
		// a file named twice is summed once, at its first entry
		boolean[] duplicate = new boolean[uris.size()];
		Set<URI> seen = new HashSet<>();
		for (int i = 0; i < uris.size(); i++) {
			duplicate[i] = uris.get(i) != null && !seen.add(uris.get(i));
		}
		String formatName = roster.getFormat() == null || roster.getFormat().eIsProxy() ? null
				: roster.getFormat().getName();
		EffectiveFormat format = formats.of(roster.getFormat());
		ResourceSet context = roster.eResource() == null ? null : roster.eResource().getResourceSet();
		MemberReports.Folders folders = new MemberReports.Folders(uris);
		// members open in the caller's resource set (an editor's text, which may differ from the
		// file) are read from there at every roll-up; the others are read from their files once and
		// their fold kept while those files are unchanged, so that typing in one member re-reads that
		// member only
		boolean[] open = new boolean[uris.size()];
		for (int i = 0; i < uris.size(); i++) {
			open[i] = MemberReports.loaded(uris.get(i), context);
		}
		boolean anyOpen = anyOf(open);
		String key = key(uri, roster, formatName, format, uris, open, folders);
		Fold fold = key == null ? null : folds.get(key, validate);
		String year = roster.getYear();
		if (fold == null) {
			RollupSums.Cells cells = new RollupSums.Cells(format);
			List<RollupSums> partials = java.util.Collections.synchronizedList(new ArrayList<>());
			List<MemberReports.Summary> summaries = members.read(anyOpen ? only(uris, open, false) : uris, context, validate,
					folder(cells, duplicate, year, formatName), partials, folders);
			RollupSums sums = new RollupSums(cells);
			for (RollupSums partial : partials) {
				sums.add(partial);
			}
			fold = new Fold(validate, summaries, sums);
			if (key != null && summaries.stream().allMatch(RollupEvaluator::cacheable)) {
				folds.put(key, fold);
			}
		}
		List<MemberReports.Summary> summaries = fold.summaries();
		RollupSums sums = fold.sums();
		if (anyOpen) {
			// the open members folded on top of the kept fold (which is not changed)
			List<RollupSums> partials = java.util.Collections.synchronizedList(new ArrayList<>());
			List<MemberReports.Summary> fresh = members.read(only(uris, open, true), context, validate,
					folder(fold.sums().cells(), duplicate, year, formatName), partials, folders);
			sums = new RollupSums(fold.sums().cells());
			sums.add(fold.sums());
			for (RollupSums partial : partials) {
				sums.add(partial);
			}
			summaries = new ArrayList<>(summaries);
			for (int i = 0; i < open.length; i++) {
				if (open[i]) {
					summaries.set(i, fresh.get(i));
				}
			}
		}
		List<Rollup.Member> result = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			RosterMember entry = entries.get(i);
			MemberReports.Summary summary = summaries.get(i);
			Rollup.Status status = duplicate[i] ? Rollup.Status.DUPLICATE : status(summary, roster.getYear(), formatName);
			result.add(new Rollup.Member(entry, entry.getBody(), entry.getFile(), uris.get(i), entry.isOwn(), status,
					summary));
		}
		return new Rollup(roster, uri, result, sums.totals(format, result::get));
	}

	/** Folds the cells of every member that is summed (read, of the roster's year and format, named once). */
	private static MemberReports.Folder<RollupSums> folder(RollupSums.Cells cells, boolean[] duplicate, String year,
			String formatName) {
		return new MemberReports.Folder<RollupSums>() {
			@Override
			public RollupSums partial() {
				return new RollupSums(cells);
			}

			@Override
			public void fold(RollupSums partial, int index, MemberReports.Summary summary, ReportData data) {
				if (data != null && !duplicate[index] && status(summary, year, formatName).summed()) {
					partial.add(index, data);
				}
			}
		};
	}

	/** The members read and folded for a roster, kept for the next check while nothing it depends on changes. */
	private record Fold(boolean validated, List<MemberReports.Summary> summaries, RollupSums sums) {
	}

	private static boolean anyOf(boolean[] flags) {
		for (boolean flag : flags) {
			if (flag) {
				return true;
			}
		}
		return false;
	}

	/** The URIs whose flag in {@code open} is {@code wanted}, in their places; null in the others' (not read). */
	private static List<URI> only(List<URI> uris, boolean[] open, boolean wanted) {
		List<URI> only = new ArrayList<>(uris.size());
		for (int i = 0; i < uris.size(); i++) {
			only.add(open[i] == wanted ? uris.get(i) : null);
		}
		return only;
	}

	/** The last few folds, by what they depend on: a check of a roster and of its aggregate read the members once. */
	private static final class Folds {
		private static final int SIZE = 4;
		private final Map<String, Fold> folds = new java.util.LinkedHashMap<>(8, 0.75f, true);

		synchronized Fold get(String key, boolean validate) {
			Fold fold = folds.get(key);
			return fold == null || (validate && !fold.validated()) ? null : fold;
		}

		synchronized void put(String key, Fold fold) {
			folds.put(key, fold);
			while (folds.size() > SIZE) {
				folds.remove(folds.keySet().iterator().next());
			}
		}
	}

	private final Folds folds = new Folds();

	/**
	 * What a fold of the members read from files depends on: the roster (its file, year and format,
	 * the format's text) and every such member's file (path, time of modification, size, and the
	 * format files beside it); a member open in the caller's resource set (read from there, not part
	 * of the fold) by its URI only. Null when a fold cannot be kept: a member that is not a file or
	 * is a roll-up being computed.
	 */
	private static String key(URI roster, Roster entries, String formatName, EffectiveFormat format, List<URI> uris,
			boolean[] open, MemberReports.Folders folders) {
		if (roster == null || format == null) {
			return null;
		}
		org.eclipse.xtext.nodemodel.ICompositeNode formatNode = org.eclipse.xtext.nodemodel.util.NodeModelUtils
				.getNode(entries.getFormat());
		StringBuilder key = new StringBuilder().append(roster).append('\n').append(entries.getYear()).append('\n')
				.append(formatName).append('\n')
				.append(formatNode == null ? 0 : formatNode.getRootNode().getText().hashCode()).append('\n');
		for (int i = 0; i < uris.size(); i++) {
			URI uri = uris.get(i);
			if (uri == null) {
				key.append("-\n");
				continue;
			}
			if (open[i]) {
				key.append("open ").append(uri).append('\n');
				continue;
			}
			if (!uri.isFile() || MemberReports.inProgress(uri)) {
				return null;
			}
			String stamp = MemberReports.stamp(uri, folders);
			key.append(stamp == null ? "missing " + uri : stamp).append('\n');
		}
		return key.toString();
	}

	/** A member whose reading depends on more than its file: an aggregate (its own members) or a cycle. */
	private static boolean cacheable(MemberReports.Summary summary) {
		return summary.roster() == null && summary.status() != MemberReports.Status.CYCLE;
	}

	private static Rollup.Status status(MemberReports.Summary summary, String year, String formatName) {
		return switch (summary.status()) {
		case MISSING -> Rollup.Status.MISSING;
		case UNPARSABLE -> Rollup.Status.UNPARSABLE;
		case NOT_A_REPORT -> Rollup.Status.NOT_A_REPORT;
		case CYCLE -> Rollup.Status.CYCLE;
		case OK -> {
			if (!sameYear(summary.year(), year)) {
				yield Rollup.Status.WRONG_YEAR;
			}
			if (formatName == null || !formatName.equals(summary.format())) {
				yield Rollup.Status.WRONG_FORMAT;
			}
			yield summary.errors() != null && summary.errors() > 0 ? Rollup.Status.HAS_ERRORS : Rollup.Status.INCLUDED;
		}
		};
	}

	private static boolean sameYear(String a, String b) {
		try {
			return a != null && b != null && Integer.parseInt(a.trim()) == Integer.parseInt(b.trim());
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** An aggregate report's roll-up, kept on its resource for one parse. */
	private static final class Cached extends org.eclipse.emf.common.notify.impl.AdapterImpl {
		Object parse;
		Link link;

		@Override
		public boolean isAdapterForType(Object type) {
			return type == RollupEvaluator.class;
		}
	}

	/**
	 * The aggregate's roll-up computed once per parse (the validators and the quick fix ask for it
	 * several times). Not computed under a lock: members are read on other threads, whose checks
	 * need the caches a lock would hold.
	 */
	public Link cached(Report report) {
		if (report == null || report.eResource() == null) {
			return NONE;
		}
		Resource resource = report.eResource();
		Object parse = resource instanceof org.eclipse.xtext.resource.XtextResource xtext ? xtext.getParseResult() : null;
		Cached holder;
		synchronized (resource) {
			holder = (Cached) org.eclipse.emf.ecore.util.EcoreUtil.getExistingAdapter(resource, RollupEvaluator.class);
			if (holder != null && holder.parse == parse && holder.link != null) {
				return holder.link;
			}
		}
		Link link = rollup(report);
		synchronized (resource) {
			holder = (Cached) org.eclipse.emf.ecore.util.EcoreUtil.getExistingAdapter(resource, RollupEvaluator.class);
			if (holder == null) {
				holder = new Cached();
				resource.eAdapters().add(holder);
			}
			holder.parse = parse;
			holder.link = link;
		}
		return link;
	}
}
