package org.gpr.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Splits the files of a command-line run into batches, each loaded into a resource set of its
 * own, so that memory stays flat however many reports there are: every batch holds all the
 * format files (reports resolve against them) and up to {@link #SIZE} reports. Batches run on as
 * many threads as there are cores; their results are consumed in input order.
 */
final class Batches {

	/**
	 * Reports per batch: {@code -Dgpr.batch.size=N} (for measurements; at least 1), else 100. Smaller
	 * batches keep less alive at once (cheaper collections) and end closer together on the two
	 * threads; each parses the formats once more. Over 1,000 reports 100 took as much CPU as 250
	 * and ended sooner (5.4 s against 5.8 s, loaded machine).
	 */
	static final int SIZE = Math.max(1, Integer.getInteger("gpr.batch.size", 100));

	private Batches() {
	}

	static boolean isFormat(SourceFile file) {
		return declaresFormat(file.text());
	}

	/**
	 * Whether a text declares a format: its first word, after white space and comments
	 * ({@code // ...} and {@code /* ... *}{@code /}), is {@code format}. One pass over the text, with
	 * no backtracking: a prologue of any number of comment lines costs its length, not stack.
	 */
	static boolean declaresFormat(CharSequence text) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
				i++;
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
				while (i < length && text.charAt(i) != '\n') {
					i++;
				}
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
				int close = commentEnd(text, i + 2);
				if (close < 0) {
					return false;
				}
				i = close + 2;
			} else {
				break;
			}
		}
		String word = "format";
		if (length - i < word.length() || !word.contentEquals(text.subSequence(i, i + word.length()))) {
			return false;
		}
		int after = i + word.length();
		return after == length || !isWordCharacter(text.charAt(after));
	}

	/** Where the block comment that goes on at {@code from} ends (the index of its '*'), or -1. */
	private static int commentEnd(CharSequence text, int from) {
		for (int i = from; i + 1 < text.length(); i++) {
			if (text.charAt(i) == '*' && text.charAt(i + 1) == '/') {
				return i;
			}
		}
		return -1;
	}

	/** As a regular expression's word boundary sees it: a letter, a digit or '_'. */
	private static boolean isWordCharacter(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	/**
	 * The batches of a run. The formats the user asked for are in every batch but requested (so
	 * checked and reported) only in the first; neighbours nobody asked for that are not formats are
	 * left out (a previous year's report is loaded when a report links to it).
	 */
	static List<List<SourceFile>> split(List<SourceFile> files) {
		return split(files, SIZE);
	}

	/** As {@link #split(List)}, with up to {@code size} reports per batch. */
	static List<List<SourceFile>> split(List<SourceFile> files, int size) {
		List<SourceFile> formats = new ArrayList<>();
		List<SourceFile> reports = new ArrayList<>();
		for (SourceFile file : files) {
			if (isFormat(file)) {
				formats.add(file);
			} else if (file.requested()) {
				reports.add(file);
			}
		}
		List<List<SourceFile>> batches = new ArrayList<>();
		for (int start = 0; start < Math.max(1, reports.size()); start += size) {
			List<SourceFile> batch = new ArrayList<>();
			for (SourceFile format : formats) {
				batch.add(start == 0 ? format : new SourceFile(format.path(), format.display(), format.text(), false));
			}
			batch.addAll(reports.subList(Math.min(start, reports.size()), Math.min(start + size, reports.size())));
			batches.add(batch);
		}
		return batches;
	}

	/** Runs the work on every batch, a few at a time, and hands the results to the consumer in order. */
	static <B, R> void run(List<B> batches, Function<B, R> work, Consumer<R> consumer) {
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), batches.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			// the stack of the main thread (deeply nested pages, long expressions), not the smaller default of a pool
			Thread thread = new Thread(null, runnable, "gpr-batch", 8L << 20);
			thread.setDaemon(true);
			return thread;
		});
		Locale locale = Locale.getDefault();
		try {
			ArrayDeque<Future<R>> window = new ArrayDeque<>();
			int next = 0;
			while (next < batches.size() && window.size() < threads + 1) {
				B batch = batches.get(next++);
				window.add(pool.submit(() -> {
					Locale.setDefault(locale);
					return work.apply(batch);
				}));
			}
			while (!window.isEmpty()) {
				R result;
				try {
					result = window.poll().get();
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
				consumer.accept(result);
				if (next < batches.size()) {
					B batch = batches.get(next++);
					window.add(pool.submit(() -> {
						Locale.setDefault(locale);
						return work.apply(batch);
					}));
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
