package org.gpr.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Column;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;
import org.gpr.gpr.RosterMember;
import org.gpr.gpr.Row;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Computes roll-ups (全市 / 全县 / 全系统): every cell of an aggregate report as the sum of its
 * roster's members' cells, with BigDecimal. Members that cannot be summed (missing, unreadable,
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
	 * Computed again on every call (members are files that change under a parsed roster); the
	 * members' summaries are kept between calls while their files are unchanged.
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
		List<MemberReports.Summary> summaries = members.read(uris, roster.eResource() == null ? null
				: roster.eResource().getResourceSet(), validate);
		String formatName = roster.getFormat() == null || roster.getFormat().eIsProxy() ? null
				: roster.getFormat().getName();
		List<Rollup.Member> result = new ArrayList<>();
		Set<URI> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			RosterMember entry = entries.get(i);
			MemberReports.Summary summary = summaries.get(i);
			Rollup.Status status = status(summary, roster, formatName);
			if (uris.get(i) != null && !seen.add(uris.get(i))) {
				status = Rollup.Status.DUPLICATE;
			}
			result.add(new Rollup.Member(entry, entry.getBody(), entry.getFile(), uris.get(i), entry.isOwn(), status,
					summary));
		}
		EffectiveFormat format = formats.of(roster.getFormat());
		return new Rollup(roster, uri, result, totals(format, result));
	}

	private static Rollup.Status status(MemberReports.Summary summary, Roster roster, String formatName) {
		return switch (summary.status()) {
		case MISSING -> Rollup.Status.MISSING;
		case UNPARSABLE -> Rollup.Status.UNPARSABLE;
		case NOT_A_REPORT -> Rollup.Status.NOT_A_REPORT;
		case CYCLE -> Rollup.Status.CYCLE;
		case OK -> {
			if (!sameYear(summary.year(), roster.getYear())) {
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

	private static Map<String, Rollup.Total> totals(EffectiveFormat format, List<Rollup.Member> members) {
		Map<String, Rollup.Total> totals = new HashMap<>();
		if (format == null) {
			return totals;
		}
		List<Rollup.Member> summed = members.stream().filter(m -> m.status().summed()).toList();
		for (EffectiveTable table : format.getTables()) {
			for (Row row : table.getLeafRows()) {
				for (Column column : table.getLeafColumns()) {
					String key = MemberReports.key(table.getName(), row.getName(), column.getName());
					BigDecimal sum = BigDecimal.ZERO;
					boolean number = false;
					boolean blank = false;
					boolean any = false;
					List<Rollup.Contribution> contributions = new ArrayList<>();
					for (Rollup.Member member : summed) {
						MemberReports.Value value = member.summary().values().get(key);
						if (value == null) {
							continue;
						}
						any = true;
						switch (value.kind()) {
						case NUMBER -> {
							number = true;
							sum = sum.add(value.number());
							contributions.add(new Rollup.Contribution(member, value.number()));
						}
						case NOT_APPLICABLE -> {
						}
						default -> blank = true;
						}
					}
					if (!any) {
						continue;
					}
					contributions.sort(Comparator.comparing((Rollup.Contribution c) -> c.value().abs()).reversed());
					CellValue.Kind kind = number ? CellValue.Kind.NUMBER
							: blank ? CellValue.Kind.BLANK : CellValue.Kind.NOT_APPLICABLE;
					totals.put(key, new Rollup.Total(kind, number ? sum : null, contributions));
				}
			}
		}
		return totals;
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
