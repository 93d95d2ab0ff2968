package org.gpr.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Format;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * Reads the member reports of a roll-up and keeps of each only what the roster's messages need:
 * its status, body, year and format, its summary figures and, when asked, the number of errors
 * its own check finds (counted, not kept). Its cells are handed, while it is loaded, to a
 * {@link Folder} that adds them to running sums; then its resource is dropped. Members are read
 * on every core, each reader with a resource set of its own, so that memory stays flat however
 * many members a roster has. A member already loaded in the caller's resource set (an open editor's
 * text) is read from there.
 */
@Singleton
public class MemberReports {

	/** A file whose first word, after comments, is {@code format}. */
	private static final Pattern FORMAT = Pattern.compile("\\A(?:\\s|//[^\\n]*(?:\\n|\\z)|/\\*(?s:.*?)\\*/)*format\\b");

	public enum Status {
		/** Read: a report whose format resolves. */
		OK,
		/** No file at the path. */
		MISSING,
		/** The file has syntax errors, or its format does not resolve. */
		UNPARSABLE,
		/** The file holds a format or a roster, not a report. */
		NOT_A_REPORT,
		/** The member is the roll-up being computed, or one of the roll-ups it is part of. */
		CYCLE
	}

	/** What a roll-up keeps of one member report (its cells go to the {@link Folder}, not here). */
	public record Summary(URI uri, Status status, String body, String year, String format, Integer errors,
			Map<String, NarrativeEvaluator.Value> figures, URI roster) {

		Summary(URI uri, Status status, String body, String year, String format, Integer errors,
				Map<String, NarrativeEvaluator.Value> figures) {
			this(uri, status, body, year, format, errors, figures, null);
		}
	}

	/**
	 * Takes in the members as they are read. Each batch of members (read on one thread) folds into a
	 * partial result of its own; the caller combines them.
	 */
	public interface Folder<P> {

		/** A fresh partial result, for one batch. */
		P partial();

		/**
		 * One member, on the thread that read it, while its report is loaded: {@code data} is its
		 * cells, null unless its status is OK.
		 */
		void fold(P partial, int index, Summary summary, ReportData data);
	}

	public static String key(String table, String row, String column) {
		return table + '\u0001' + row + '\u0001' + column;
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<IResourceValidator> validator;

	@Inject
	private FormatModel formats;

	/** How many member files this instance has parsed (a member open in the caller's resource set is not one). */
	private final java.util.concurrent.atomic.AtomicLong filesRead = new java.util.concurrent.atomic.AtomicLong();

	/** How many member files have been parsed so far (each time one is read from its file). */
	public long filesRead() {
		return filesRead.get();
	}

	/** The roll-ups being computed on this thread: a member that leads back to one of them is a cycle. */
	private static final ThreadLocal<Set<URI>> IN_PROGRESS = ThreadLocal.withInitial(HashSet::new);

	/** Marks a roll-up's roster as being computed (so that a member leading back to it is a cycle). */
	static boolean enter(URI roster) {
		return IN_PROGRESS.get().add(roster);
	}

	static void leave(URI roster) {
		IN_PROGRESS.get().remove(roster);
	}

	static boolean inProgress(URI uri) {
		return IN_PROGRESS.get().contains(uri);
	}

	/** Whether a member is loaded in the caller's resource set (and so read from there, not from its file). */
	static boolean loaded(URI uri, ResourceSet context) {
		Resource loaded = uri == null || context == null ? null : context.getResource(uri, false);
		return loaded != null && loaded.isLoaded();
	}

	/**
	 * Reads the members and folds each into a partial result of the folder: the members' summaries
	 * come back in the order of the URIs (null URIs give MISSING), the partial results (one per batch
	 * that had members to fold, in no particular order) are added to {@code partials}.
	 *
	 * @param context the resource set of the roster or aggregate: members it already holds are read
	 *                from it, and its URI converter (which may know an editor's unsaved text) is used
	 * @param validate whether to count each member's errors
	 */
	public <P> List<Summary> read(List<URI> uris, ResourceSet context, boolean validate, Folder<P> folder,
			List<P> partials) {
		return read(uris, context, validate, folder, partials, new Folders(uris));
	}

	<P> List<Summary> read(List<URI> uris, ResourceSet context, boolean validate, Folder<P> folder, List<P> partials,
			Folders folders) {
		List<Summary> result = new ArrayList<>(Collections.nCopies(uris.size(), null));
		List<Integer> toRead = new ArrayList<>();
		P here = null;
		for (int i = 0; i < uris.size(); i++) {
			URI uri = uris.get(i);
			Summary summary = null;
			if (uri == null) {
				summary = missing(null);
			} else if (inProgress(uri)) {
				summary = new Summary(uri, Status.CYCLE, null, null, null, null, Map.of());
			} else if (loaded(uri, context)) {
				if (here == null) {
					here = folder.partial();
				}
				result.set(i, summarize(i, uri, context.getResource(uri, false), validate, folder, here));
				continue;
			} else if (uri.isFile() && !Files.isRegularFile(Path.of(uri.toFileString()))) {
				summary = missing(uri);
			}
			if (summary != null) {
				if (here == null) {
					here = folder.partial();
				}
				folder.fold(here, i, summary, null);
				result.set(i, summary);
			} else {
				toRead.add(i);
			}
		}
		if (here != null) {
			partials.add(here);
		}
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), toRead.size() / 50));
		// one reader per core, each with a resource set of its own (the formats parsed once per
		// reader), taking the next member from a shared counter until none is left
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		Summary[] read = new Summary[uris.size()];
		List<P> done = Collections.synchronizedList(new ArrayList<>());
		if (threads == 1) {
			done.add(readBatch(toRead, next, uris, context, validate, read, folder, folders));
		} else {
			// each thread knowing the roll-ups in progress on the caller's
			Set<URI> progress = Set.copyOf(IN_PROGRESS.get());
			ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
				Thread thread = new Thread(runnable, "gpr-rollup");
				thread.setDaemon(true);
				return thread;
			});
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					futures.add(pool.submit(() -> {
						IN_PROGRESS.get().addAll(progress);
						try {
							done.add(readBatch(toRead, next, uris, context, validate, read, folder, folders));
						} finally {
							IN_PROGRESS.get().clear();
						}
					}));
				}
				for (Future<?> future : futures) {
					try {
						future.get();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException(e);
					} catch (ExecutionException e) {
						if (e.getCause() instanceof RuntimeException runtime) {
							throw runtime;
						}
						if (e.getCause() instanceof Error error) {
							throw error;
						}
						throw new IllegalStateException(e.getCause());
					}
				}
			} finally {
				pool.shutdownNow();
			}
		}
		partials.addAll(done);
		for (int i : toRead) {
			result.set(i, read[i]);
		}
		return result;
	}

	/**
	 * One reader: takes the next member of {@code toRead} from the shared counter until none is
	 * left, each read into this reader's resource set and dropped from it as soon as it is folded
	 * (with whatever its check loaded but formats), so that the set holds the formats and one member.
	 */
	private <P> P readBatch(List<Integer> toRead, java.util.concurrent.atomic.AtomicInteger next, List<URI> uris,
			ResourceSet context, boolean validate, Summary[] into, Folder<P> folder, Folders folders) {
		P partial = folder.partial();
		XtextResourceSet set = resourceSets.get();
		if (context != null) {
			set.setURIConverter(context.getURIConverter());
		}
		Set<Path> seen = new HashSet<>();
		int kept = set.getResources().size();
		for (int n = next.getAndIncrement(); n < toRead.size(); n = next.getAndIncrement()) {
			int i = toRead.get(n);
			URI uri = uris.get(i);
			if (uri.isFile() && seen.add(Path.of(uri.toFileString()).getParent())) {
				// the format files of a folder met for the first time (they stay for the next members)
				loadFormats(set, folders.formats(Path.of(uri.toFileString()).getParent()));
			}
			Summary summary;
			try {
				Resource resource = set.getResource(uri, false);
				if (resource == null) {
					filesRead.incrementAndGet();
					resource = set.getResource(uri, true);
				}
				summary = summarize(i, uri, resource, validate, folder, partial);
			} catch (RuntimeException e) {
				summary = uri.isFile() && !Files.isRegularFile(Path.of(uri.toFileString())) ? missing(uri)
						: new Summary(uri, Status.UNPARSABLE, null, null, null, null, Map.of());
				folder.fold(partial, i, summary, null);
			}
			into[i] = summary;
			// the member is folded: its text, node model and caches are not needed any more (the
			// formats it loaded stay for the next members)
			for (int r = set.getResources().size() - 1; r >= kept; r--) {
				Resource added = set.getResources().get(r);
				if (added.getContents().isEmpty() || !(added.getContents().get(0) instanceof Format)) {
					set.getResources().remove(r);
				}
			}
		}
		return partial;
	}

	private static Summary missing(URI uri) {
		return new Summary(uri, Status.MISSING, null, null, null, null, Map.of());
	}

	/** The member's summary, its cells folded into the partial result while the report is loaded. */
	private <P> Summary summarize(int index, URI uri, Resource resource, boolean validate, Folder<P> folder, P partial) {
		ReportData[] data = new ReportData[1];
		Summary summary = summarize(uri, resource, validate, data);
		folder.fold(partial, index, summary, data[0]);
		return summary;
	}

	private Summary summarize(URI uri, Resource resource, boolean validate, ReportData[] cells) {
		if (resource.getContents().isEmpty() || !(resource instanceof XtextResource xtext)
				|| xtext.getParseResult() == null || xtext.getParseResult().hasSyntaxErrors()) {
			return new Summary(uri, Status.UNPARSABLE, null, null, null, errors(resource, validate), Map.of());
		}
		Object root = resource.getContents().get(0);
		if (root instanceof Format || root instanceof Roster || !(root instanceof Report report)) {
			return new Summary(uri, Status.NOT_A_REPORT, null, null, null, null, Map.of());
		}
		URI roster = report.getRollup() == null ? null : Rosters.rosterUri(report);
		if (roster != null && inProgress(roster)) {
			// an aggregate of the roll-up being computed: summing it would count its members twice
			return new Summary(uri, Status.CYCLE, report.getBody(), report.getYear(), null, null, Map.of());
		}
		EffectiveFormat format = formats.of(report);
		String formatName = report.getFormat() == null || report.getFormat().eIsProxy() ? formatText(report)
				: report.getFormat().getName();
		Integer errors = errors(resource, validate);
		if (format == null) {
			return new Summary(uri, Status.UNPARSABLE, report.getBody(), report.getYear(), formatName, errors, Map.of());
		}
		ReportData data = new ReportData(report, format);
		cells[0] = data;
		Map<String, NarrativeEvaluator.Value> figures = new LinkedHashMap<>();
		for (Figures.Definition figure : Figures.of(format)) {
			if (figure.summary()) {
				figures.put(figure.name(), Figures.evaluate(figure.expression(), data, null));
			}
		}
		return new Summary(uri, Status.OK, report.getBody(), report.getYear(), formatName, errors, figures, roster);
	}

	private static String formatText(Report report) {
		ICompositeNode node = NodeModelUtils.getNode(report);
		if (node == null) {
			return null;
		}
		List<org.eclipse.xtext.nodemodel.INode> nodes = NodeModelUtils.findNodesForFeature(report,
				org.gpr.gpr.GprPackage.Literals.REPORT__FORMAT);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private Integer errors(Resource resource, boolean validate) {
		if (!validate) {
			return null;
		}
		int errors = 0;
		for (Issue issue : validator.get().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (issue.getSeverity() == Severity.ERROR) {
				errors++;
			}
		}
		return errors;
	}

	/**
	 * The format files of a folder (a member's format usually sits beside it). The files the roster
	 * names as members are not opened: they are its reports (one that is not is reported as such).
	 */
	private static List<Path> formatFiles(Path folder, Set<Path> members) {
		List<Path> result = new ArrayList<>();
		if (folder == null) {
			return result;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(p -> p.getFileName().toString().endsWith(".gpr") && !members.contains(p)).sorted().forEach(p -> {
				if (isFormat(p)) {
					result.add(p);
				}
			});
		} catch (IOException | RuntimeException e) {
			// members still resolve against the shipped formats
		}
		return result;
	}

	private static boolean isFormat(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4096);
			return FORMAT.matcher(new String(head, StandardCharsets.UTF_8)).find();
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * What a member's reading depends on when it is read from its file: its path, time of
	 * modification and size, and those of the format files beside it; null when it is no regular file.
	 *
	 * @param folders the folders already seen (a roster's members share a few folders)
	 */
	static String stamp(URI uri, Folders folders) {
		if (uri == null || !uri.isFile()) {
			return null;
		}
		Path file = Path.of(uri.toFileString());
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				return null;
			}
			return uri + "|" + attributes.lastModifiedTime().toMillis() + "|" + attributes.size() + "|"
					+ folders.stamp(file.getParent());
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The format files of the folders members are in, each folder listed once (its files' first
	 * lines read) for one roll-up; safe to share between threads.
	 */
	static final class Folders {
		private final Set<Path> members = new HashSet<>();
		private final Map<Path, List<Path>> formats = new ConcurrentHashMap<>();
		private final Map<Path, String> stamps = new ConcurrentHashMap<>();

		Folders() {
		}

		/** For the members at these URIs, whose own files are not read to find formats. */
		Folders(List<URI> uris) {
			for (URI uri : uris) {
				if (uri != null && uri.isFile()) {
					members.add(Path.of(uri.toFileString()));
				}
			}
		}

		List<Path> formats(Path folder) {
			return folder == null ? List.of() : formats.computeIfAbsent(folder, f -> formatFiles(f, members));
		}

		String stamp(Path folder) {
			return folder == null ? "" : stamps.computeIfAbsent(folder, f -> formatsStamp(formats(f)));
		}
	}

	/** The names, times and sizes of a folder's format files: a member's errors depend on them. */
	private static String formatsStamp(List<Path> files) {
		StringBuilder stamp = new StringBuilder();
		for (Path file : files) {
			try {
				stamp.append(file.getFileName()).append(':').append(Files.getLastModifiedTime(file).toMillis()).append(':')
						.append(Files.size(file)).append(';');
			} catch (IOException e) {
				stamp.append(file.getFileName()).append(";");
			}
		}
		return Integer.toHexString(stamp.toString().hashCode());
	}

	private static void loadFormats(ResourceSet set, List<Path> files) {
		for (Path file : files) {
			URI uri = URI.createFileURI(file.toString());
			if (set.getResource(uri, false) == null) {
				try {
					set.getResource(uri, true);
				} catch (RuntimeException e) {
					// a format that cannot be read: members naming it are reported as unparsable
				}
			}
		}
	}
}
