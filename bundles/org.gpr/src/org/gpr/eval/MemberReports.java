package org.gpr.eval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Column;
import org.gpr.gpr.Format;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;
import org.gpr.gpr.Row;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * Reads the member reports of a roll-up and keeps of each only what a roll-up needs: its body,
 * year and format, every cell's value by table, row and column name, its summary figures and,
 * when asked, the number of errors its own check finds. Members are read in batches, each in a
 * resource set of its own that is dropped after the batch, so that memory stays flat however many
 * members a roster has; what was read is kept per file (its path, time of modification and size,
 * and those of the formats beside it) for the next check. A member already loaded in the
 * caller's resource set (an open editor's text) is read from there.
 */
@Singleton
public class MemberReports {

	/** Members read into one resource set. */
	public static final int BATCH = 250;

	/** Summaries kept between checks; beyond this the cache starts afresh. */
	private static final int CACHE_LIMIT = 20_000;

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

	/** One cell: its kind and, for a number, its value (money in the column's unit). */
	public record Value(CellValue.Kind kind, BigDecimal number) {
	}

	/** What a roll-up keeps of one member report. */
	public record Summary(URI uri, Status status, String body, String year, String format, Integer errors,
			Map<String, Value> values, Map<String, NarrativeEvaluator.Value> figures, URI roster) {

		Summary(URI uri, Status status, String body, String year, String format, Integer errors, Map<String, Value> values,
				Map<String, NarrativeEvaluator.Value> figures) {
			this(uri, status, body, year, format, errors, values, figures, null);
		}

		public Value value(String table, String row, String column) {
			return values.get(key(table, row, column));
		}
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

	private final Map<String, Summary> cache = new ConcurrentHashMap<>();

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

	/**
	 * The members' summaries, in the order of the URIs (null URIs give MISSING).
	 *
	 * @param context the resource set of the roster or aggregate: members it already holds are read
	 *                from it, and its URI converter (which may know an editor's unsaved text) is used
	 * @param validate whether to count each member's errors
	 */
	public List<Summary> read(List<URI> uris, ResourceSet context, boolean validate) {
		List<Summary> result = new ArrayList<>(Collections.nCopies(uris.size(), null));
		Map<Path, String> folderStamps = new HashMap<>();
		List<Integer> toRead = new ArrayList<>();
		List<String> keys = new ArrayList<>(Collections.nCopies(uris.size(), null));
		for (int i = 0; i < uris.size(); i++) {
			URI uri = uris.get(i);
			if (uri == null) {
				result.set(i, missing(null));
				continue;
			}
			if (inProgress(uri)) {
				result.set(i, new Summary(uri, Status.CYCLE, null, null, null, null, Map.of(), Map.of()));
				continue;
			}
			Resource loaded = context == null ? null : context.getResource(uri, false);
			if (loaded != null && loaded.isLoaded()) {
				result.set(i, summarize(uri, loaded, validate));
				continue;
			}
			if (uri.isFile()) {
				Path file = Path.of(uri.toFileString());
				BasicFileAttributes attributes;
				try {
					attributes = Files.readAttributes(file, BasicFileAttributes.class);
				} catch (IOException e) {
					result.set(i, missing(uri));
					continue;
				}
				if (!attributes.isRegularFile()) {
					result.set(i, missing(uri));
					continue;
				}
				String key = uri + "|" + attributes.lastModifiedTime().toMillis() + "|" + attributes.size() + "|"
						+ folderStamps.computeIfAbsent(file.getParent(), MemberReports::formatsStamp);
				Summary cached = cache.get(key);
				if (cached != null && cached.roster() != null && inProgress(cached.roster())) {
					result.set(i, new Summary(uri, Status.CYCLE, cached.body(), cached.year(), null, null, Map.of(), Map.of()));
					continue;
				}
				if (cached != null && (!validate || cached.errors() != null)) {
					result.set(i, cached);
					continue;
				}
				keys.set(i, key);
			}
			toRead.add(i);
		}
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), toRead.size() / 50));
		int size = Math.max(1, Math.min(BATCH, (toRead.size() + threads - 1) / threads));
		List<List<Integer>> batches = new ArrayList<>();
		for (int start = 0; start < toRead.size(); start += size) {
			batches.add(toRead.subList(start, Math.min(toRead.size(), start + size)));
		}
		Summary[] read = new Summary[uris.size()];
		if (threads == 1) {
			for (List<Integer> batch : batches) {
				readBatch(batch, uris, keys, context, validate, read);
			}
		} else {
			// batches on every core, each thread knowing the roll-ups in progress on the caller's
			Set<URI> progress = Set.copyOf(IN_PROGRESS.get());
			ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
				Thread thread = new Thread(runnable, "gpr-rollup");
				thread.setDaemon(true);
				return thread;
			});
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (List<Integer> batch : batches) {
					futures.add(pool.submit(() -> {
						IN_PROGRESS.get().addAll(progress);
						try {
							readBatch(batch, uris, keys, context, validate, read);
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
		for (int i : toRead) {
			result.set(i, read[i]);
		}
		return result;
	}

	/** Reads one batch of members into a resource set of its own, dropped afterwards. */
	private void readBatch(List<Integer> batch, List<URI> uris, List<String> keys, ResourceSet context, boolean validate,
			Summary[] into) {
		XtextResourceSet set = resourceSets.get();
		if (context != null) {
			set.setURIConverter(context.getURIConverter());
		}
		Set<Path> folders = new HashSet<>();
		for (int i : batch) {
			URI uri = uris.get(i);
			if (uri.isFile() && folders.add(Path.of(uri.toFileString()).getParent())) {
				loadFormats(set, Path.of(uri.toFileString()).getParent());
			}
		}
		for (int i : batch) {
			URI uri = uris.get(i);
			Summary summary;
			try {
				Resource resource = set.getResource(uri, false);
				if (resource == null) {
					resource = set.getResource(uri, true);
				}
				summary = summarize(uri, resource, validate);
			} catch (RuntimeException e) {
				summary = uri.isFile() && !Files.isRegularFile(Path.of(uri.toFileString())) ? missing(uri)
						: new Summary(uri, Status.UNPARSABLE, null, null, null, null, Map.of(), Map.of());
			}
			into[i] = summary;
			if (keys.get(i) != null && summary.status() != Status.CYCLE) {
				if (cache.size() > CACHE_LIMIT) {
					cache.clear();
				}
				cache.put(keys.get(i), summary);
			}
		}
	}

	private static Summary missing(URI uri) {
		return new Summary(uri, Status.MISSING, null, null, null, null, Map.of(), Map.of());
	}

	private Summary summarize(URI uri, Resource resource, boolean validate) {
		if (resource.getContents().isEmpty() || !(resource instanceof XtextResource xtext)
				|| xtext.getParseResult() == null || xtext.getParseResult().hasSyntaxErrors()) {
			return new Summary(uri, Status.UNPARSABLE, null, null, null, errors(resource, validate), Map.of(), Map.of());
		}
		Object root = resource.getContents().get(0);
		if (root instanceof Format || root instanceof Roster || !(root instanceof Report report)) {
			return new Summary(uri, Status.NOT_A_REPORT, null, null, null, null, Map.of(), Map.of());
		}
		URI roster = report.getRollup() == null ? null : Rosters.rosterUri(report);
		if (roster != null && inProgress(roster)) {
			// an aggregate of the roll-up being computed: summing it would count its members twice
			return new Summary(uri, Status.CYCLE, report.getBody(), report.getYear(), null, null, Map.of(), Map.of());
		}
		EffectiveFormat format = formats.of(report);
		String formatName = report.getFormat() == null || report.getFormat().eIsProxy() ? formatText(report)
				: report.getFormat().getName();
		Integer errors = errors(resource, validate);
		if (format == null) {
			return new Summary(uri, Status.UNPARSABLE, report.getBody(), report.getYear(), formatName, errors, Map.of(),
					Map.of());
		}
		ReportData data = new ReportData(report, format);
		Map<String, Value> values = new HashMap<>();
		for (EffectiveTable table : format.getTables()) {
			if (data.table(table.getName()) == null) {
				continue;
			}
			for (Row row : table.getLeafRows()) {
				for (Column column : table.getLeafColumns()) {
					CellValue value = data.value(table.getName(), row.getName(), column.getName());
					if (value.kind() != CellValue.Kind.MISSING) {
						values.put(key(table.getName(), row.getName(), column.getName()),
								new Value(value.kind(), value.kind() == CellValue.Kind.NUMBER ? value.value() : null));
					}
				}
			}
		}
		Map<String, NarrativeEvaluator.Value> figures = new LinkedHashMap<>();
		for (Figures.Definition figure : Figures.of(format)) {
			if (figure.summary()) {
				figures.put(figure.name(), Figures.evaluate(figure.expression(), data, null));
			}
		}
		return new Summary(uri, Status.OK, report.getBody(), report.getYear(), formatName, errors, values, figures, roster);
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

	/** The format files of a folder (a member's format usually sits beside it). */
	private static List<Path> formatFiles(Path folder) {
		List<Path> result = new ArrayList<>();
		if (folder == null) {
			return result;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(p -> p.getFileName().toString().endsWith(".gpr")).sorted().forEach(p -> {
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

	/** The names, times and sizes of a folder's format files: a member's errors depend on them. */
	private static String formatsStamp(Path folder) {
		StringBuilder stamp = new StringBuilder();
		for (Path file : formatFiles(folder)) {
			try {
				stamp.append(file.getFileName()).append(':').append(Files.getLastModifiedTime(file).toMillis()).append(':')
						.append(Files.size(file)).append(';');
			} catch (IOException e) {
				stamp.append(file.getFileName()).append(";");
			}
		}
		return Integer.toHexString(stamp.toString().hashCode());
	}

	private static void loadFormats(ResourceSet set, Path folder) {
		for (Path file : formatFiles(folder)) {
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
