package org.gpr.review;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gpr.Messages;
import org.gpr.eval.CellValue;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.NarrativeEvaluator;
import org.gpr.eval.ReportData;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.format.NumberText;
import org.gpr.format.ParseCache;
import org.gpr.gpr.BodyDeclaration;
import org.gpr.gpr.BodyKind;
import org.gpr.gpr.Cell;
import org.gpr.gpr.CellRef;
import org.gpr.gpr.Column;
import org.gpr.gpr.Deadline;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Heading;
import org.gpr.gpr.Leftover;
import org.gpr.gpr.LeftoverKind;
import org.gpr.gpr.ListItem;
import org.gpr.gpr.Literal;
import org.gpr.gpr.MagnitudeRule;
import org.gpr.gpr.NoneRule;
import org.gpr.gpr.NumberedList;
import org.gpr.gpr.Paragraph;
import org.gpr.gpr.PowerHolder;
import org.gpr.gpr.PowerRule;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.Row;
import org.gpr.gpr.SectionItem;
import org.gpr.gpr.Table;
import org.gpr.gpr.Text;
import org.gpr.gpr.TextPart;
import org.gpr.gpr.TopicRule;
import org.gpr.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Finds what a reviewer finds beyond the sums: a late or impossible publication date, a title or
 * statistics period of another year, text and tables carried over from last year, sections
 * without content or without the topics the format requires, template text left in, a fee
 * amount that looks like 元 in a 万元 column, and numbers the body has no power to report. The
 * facts (deadlines, words, patterns, powers, limits) come from the format files through
 * {@link ReviewRules}; this class knows no table or section by name. Validators only report.
 */
@Singleton
public class ReviewEvaluator {

	/** The names of the built-in checks, as an acceptance names them. */
	public static final String PUBLISHED_LATE = "发布期限";
	public static final String PUBLISHED_EARLY = "发布日期";
	public static final String PERIOD = "统计期限";
	public static final String COPIED_TEXT = "上年雷同";
	public static final String COPIED_TABLE = "表格雷同";
	public static final String EMPTY_SECTION = "内容为空";
	/** Checks that find errors (no acceptance possible). */
	public static final String DATE = "发布日期格式";
	public static final String TITLE_YEAR = "标题年份";
	public static final String LEFTOVER = "模板残留";

	/** The built-in checks whose warnings an author may accept. */
	public static final List<String> ACCEPTABLE = List.of(PUBLISHED_LATE, PUBLISHED_EARLY, PERIOD, COPIED_TEXT,
			COPIED_TABLE, EMPTY_SECTION);

	/** Texts this similar to last year's are carried over. */
	public static final double COPY_THRESHOLD = 0.9;
	/** Paragraphs shorter than this (characters without punctuation) are not compared: headings, 无. */
	public static final int MIN_PARAGRAPH = 30;
	/** Sections shorter than this are not compared. */
	public static final int MIN_SECTION = 20;
	/** Tables with fewer cells than this are not compared (a single 0 repeats legitimately). */
	public static final int MIN_TABLE_CELLS = 3;
	/** How far (in paragraphs) from its place last year a paragraph is looked for, beyond an exact copy. */
	private static final int WINDOW = 3;

	private static final GprPackage P = GprPackage.eINSTANCE;
	private static final Pattern TITLE_DIGITS = Pattern.compile("([0-9０-９]{4})\\s*年");
	private static final Pattern TITLE_CHINESE = Pattern.compile("([〇○零一二三四五六七八九]{4})\\s*年");
	private static final Pattern PERIOD_START = Pattern.compile("([0-9]{4})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日");
	private static final Pattern PERIOD_END = Pattern.compile("(?:([0-9]{4})\\s*年\\s*)?12\\s*月\\s*31\\s*日");
	private static final Pattern DATE_TEXT = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	@Inject
	private Evaluator evaluator;

	@Inject
	private FormatModel formats;

	/** The findings of a report, cached until it is parsed again. */
	public List<Finding> evaluate(Report report) {
		if (report == null || report.eResource() == null) {
			return List.of();
		}
		return ParseCache.get(report.eResource(), ReviewEvaluator.class, () -> compute(report));
	}

	private List<Finding> compute(Report report) {
		List<Finding> findings = new ArrayList<>();
		EffectiveFormat format = formats.of(report);
		Evaluation evaluation = evaluator.evaluate(report);
		Integer year = year(report.getYear());
		published(report, format, year, findings);
		if (year != null) {
			titleYear(report, year, findings);
			period(report, year, findings);
		}
		if (format == null) {
			return findings;
		}
		NarrativeEvaluator narrative = new NarrativeEvaluator(evaluation);
		leftovers(report, format, findings);
		// each paragraph rendered once, for the completeness checks and the copy checks
		Map<ReportSection, Rendered> rendered = new java.util.IdentityHashMap<>();
		Map<String, String> sectionTexts = new HashMap<>();
		Map<String, String> sectionNormals = new HashMap<>();
		for (ReportSection section : report.getSections()) {
			if (section.getSection() != null && !section.getSection().eIsProxy()) {
				Rendered text = render(section, narrative);
				rendered.put(section, text);
				sectionTexts.merge(section.getSection().getName(), text.text(), String::concat);
				sectionNormals.merge(section.getSection().getName(), text.normal(), String::concat);
			}
		}
		empty(report, format, sectionNormals, findings);
		topics(report, format, narrative, sectionTexts, findings);
		powers(report, format, evaluation.getData(), findings);
		magnitudes(format, evaluation, narrative, findings);
		if (evaluation.getPrevious() != null) {
			copies(report, evaluation, rendered, findings);
		}
		return findings;
	}

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** A year written as four digits, or null. */
	public static Integer year(String text) {
		return text != null && YEAR.matcher(text).matches() ? Integer.valueOf(text) : null;
	}

	// --- dates ---------------------------------------------------------------

	private static void published(Report report, EffectiveFormat format, Integer year, List<Finding> into) {
		if (report.getPublished() == null || report.getPublished().getDate() == null) {
			return;
		}
		String text = report.getPublished().getDate();
		Matcher matcher = DATE_TEXT.matcher(text);
		EObject at = report.getPublished();
		if (!matcher.matches()) {
			into.add(Finding.at(DATE, IssueCodes.INVALID_DATE, true, at, P.getPublished_Date(),
					Messages.get("date.format", text)));
			return;
		}
		int month = Integer.parseInt(matcher.group(2));
		if (month < 1 || month > 12) {
			into.add(Finding.at(DATE, IssueCodes.INVALID_DATE, true, at, P.getPublished_Date(),
					Messages.get("date.month", text, month)));
			return;
		}
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		} catch (DateTimeException e) {
			into.add(Finding.at(DATE, IssueCodes.INVALID_DATE, true, at, P.getPublished_Date(),
					Messages.get("date.invalid", text, matcher.group(1), Integer.parseInt(matcher.group(2)),
							monthLength(matcher.group(1), matcher.group(2)))));
			return;
		}
		if (year == null) {
			return;
		}
		LocalDate periodEnd = LocalDate.of(year, 12, 31);
		if (!date.isAfter(periodEnd)) {
			into.add(Finding.at(PUBLISHED_EARLY, IssueCodes.PUBLISHED_EARLY, false, at, P.getPublished_Date(),
					Messages.get("published.early", date, periodEnd)));
			return;
		}
		BodyKind kind = report.getKind() == null ? null : report.getKind().getKind();
		Deadline deadline = ReviewRules.deadline(format, kind);
		if (deadline == null) {
			return;
		}
		ReviewRules.MonthDay day = ReviewRules.MonthDay.parse(deadline.getDate());
		LocalDate last = LocalDate.of(year + 1, day.month(), Math.min(day.day(),
				java.time.YearMonth.of(year + 1, day.month()).lengthOfMonth()));
		if (date.isAfter(last)) {
			long late = ChronoUnit.DAYS.between(last, date);
			String who = kind == null ? Messages.get("body.unknown") : Messages.get("body." + kind.getLiteral());
			into.add(Finding.at(PUBLISHED_LATE, IssueCodes.PUBLISHED_LATE, false, at, P.getPublished_Date(),
					Messages.get("published.late", date, last, late, who, deadline.getLabel())));
		}
	}

	private static String monthLength(String year, String month) {
		try {
			return String.valueOf(java.time.YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)).lengthOfMonth());
		} catch (DateTimeException | NumberFormatException e) {
			return "—";
		}
	}

	private static void titleYear(Report report, int year, List<Finding> into) {
		String title = report.getTitle();
		INode node = node(report, P.getReport_Title());
		if (title == null || node == null) {
			return;
		}
		String raw = node.getText();
		Matcher digits = TITLE_DIGITS.matcher(raw);
		if (digits.find()) {
			String found = Similarity.normalize(digits.group(1));
			if (!found.equals(String.valueOf(year))) {
				into.add(Finding.range(TITLE_YEAR, IssueCodes.TITLE_YEAR, true, report,
						node.getOffset() + digits.start(1), digits.group(1).length(),
						Messages.get("title.year", found, year), String.valueOf(year)));
			}
			return;
		}
		Matcher chinese = TITLE_CHINESE.matcher(raw);
		if (chinese.find()) {
			into.add(Finding.range(TITLE_YEAR, IssueCodes.TITLE_YEAR_INVALID, true, report,
					node.getOffset() + chinese.start(1), chinese.group(1).length(),
					Messages.get("title.year.invalid", chinese.group(1), year), String.valueOf(year)));
		}
	}

	private static void period(Report report, int year, List<Finding> into) {
		Text contact = report.getContact();
		if (contact == null) {
			return;
		}
		boolean stated = false;
		for (TextPart part : contact.getParts()) {
			if (!(part instanceof Literal literal)) {
				continue;
			}
			INode node = node(literal, P.getLiteral_Value());
			if (node == null) {
				continue;
			}
			String raw = node.getText();
			Matcher start = PERIOD_START.matcher(raw);
			while (start.find()) {
				stated = true;
				if (!start.group(1).equals(String.valueOf(year))) {
					into.add(Finding.range(PERIOD, IssueCodes.PERIOD_MISMATCH, true, literal,
							node.getOffset() + start.start(1), 4,
							Messages.get("period.mismatch", start.group(), year), String.valueOf(year)));
				}
				Matcher end = PERIOD_END.matcher(raw);
				if (end.find(start.end()) && end.start() - start.end() <= 12) {
					if (end.group(1) != null && !end.group(1).equals(String.valueOf(year))) {
						into.add(Finding.range(PERIOD, IssueCodes.PERIOD_MISMATCH, true, literal,
								node.getOffset() + end.start(1), 4,
								Messages.get("period.mismatch", end.group(), year), String.valueOf(year)));
					}
				}
			}
		}
		if (!stated) {
			into.add(Finding.at(PERIOD, IssueCodes.PERIOD_MISSING, false, report, P.getReport_Contact(),
					Messages.get("period.missing", periodSentence(year)), periodSentence(year)));
		}
	}

	/** The sentence of the statistics period, as the wizard writes it and the quick fix adds it. */
	public static String periodSentence(int year) {
		return "本报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。";
	}

	// --- leftovers -------------------------------------------------------------

	private record Pattern2(Leftover rule, Pattern pattern) {
	}

	/** A format's leftover rules, ready to search with: the instructions longest first, the patterns compiled. */
	private record LeftoverRules(List<Leftover> instructions, List<Pattern2> placeholders, Prefilter prefilter) {
	}

	/** The format's leftover rules, sorted and compiled once per parse of the format (the same for each of its reports). */
	private static LeftoverRules leftoverRules(EffectiveFormat format) {
		return format.memo(LeftoverRules.class, () -> {
			List<Leftover> instructions = new ArrayList<>();
			List<Pattern2> placeholders = new ArrayList<>();
			for (Leftover leftover : ReviewRules.of(format, Leftover.class)) {
				if (leftover.getText() == null || leftover.getText().isEmpty()) {
					continue;
				}
				if (leftover.getKind() == LeftoverKind.INSTRUCTION) {
					instructions.add(leftover);
				} else {
					Pattern pattern = compiled(leftover.getText());
					if (pattern != null) {
						placeholders.add(new Pattern2(leftover, pattern));
					}
				}
			}
			instructions.sort(Comparator.comparingInt((Leftover l) -> l.getText().length()).reversed());
			Prefilter prefilter = instructions.isEmpty() && placeholders.isEmpty() ? null
					: Prefilter.of(instructions, placeholders);
			return new LeftoverRules(List.copyOf(instructions), List.copyOf(placeholders), prefilter);
		});
	}

	private static void leftovers(Report report, EffectiveFormat format, List<Finding> into) {
		LeftoverRules rules = leftoverRules(format);
		if (rules.prefilter() == null) {
			return;
		}
		List<Leftover> instructions = rules.instructions();
		List<Pattern2> placeholders = rules.placeholders();
		Prefilter prefilter = rules.prefilter();
		INode title = node(report, P.getReport_Title());
		if (title != null) {
			leftovers(report, title, instructions, placeholders, into);
		}
		if (report.getContact() != null) {
			leftovers(report.getContact(), prefilter, instructions, placeholders, into);
		}
		for (ReportSection section : report.getSections()) {
			for (SectionItem item : section.getItems()) {
				if (item instanceof Heading heading) {
					leftovers(heading.getText(), prefilter, instructions, placeholders, into);
				} else if (item instanceof Paragraph paragraph) {
					leftovers(paragraph.getText(), prefilter, instructions, placeholders, into);
				} else if (item instanceof NumberedList list) {
					for (ListItem li : list.getItems()) {
						leftovers(li.getText(), prefilter, instructions, placeholders, into);
					}
				}
			}
		}
	}

	/** The literals of a text; the node (for the offsets in the source) is looked up only on a match. */
	private static void leftovers(Text text, Prefilter prefilter, List<Leftover> instructions,
			List<Pattern2> placeholders, List<Finding> into) {
		if (text == null) {
			return;
		}
		for (TextPart part : text.getParts()) {
			if (part instanceof Literal literal && literal.getValue() != null && prefilter.matchesAny(literal.getValue())) {
				INode node = node(literal, P.getLiteral_Value());
				if (node != null) {
					leftovers(literal, node, instructions, placeholders, into);
				}
			}
		}
	}

	/**
	 * Whether a text may hold a leftover, decided character by character: a leftover starts with
	 * a character an instruction starts with or a placeholder pattern can start a match with (a
	 * report has thousands of literals, and most hold none; scanning each with every pattern
	 * cost more than the rest of the review). Only a literal that passes is searched with the
	 * patterns themselves.
	 */
	private static final class Prefilter {
		private static final java.util.concurrent.ConcurrentMap<String, Prefilter> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
		/** Bit of a character's mask: an instruction starts with it. */
		private static final int INSTRUCTION = 1 << 14;
		/** Patterns with a bit of their own; beyond this many, patterns are tried on every text. */
		private static final int MASKED = 14;
		/** A character's kind: not met yet. */
		private static final int UNSEEN = 0;
		/** A character's kind: no rule starts with it. */
		private static final int NONE = 1;
		/** A character's kind: some rule may start with it (which ones: its mask). */
		private static final int SOME = 2;

		private final List<String> instructions = new ArrayList<>();
		private final List<StartCharacters> starts = new ArrayList<>();
		private final List<Pattern> masked = new ArrayList<>();
		private final List<Pattern> always = new ArrayList<>();
		private final boolean[] instructionStarts = new boolean[Character.MAX_VALUE + 1];
		/**
		 * Per character, two bits: its kind, found when the character is first met. Two bits and
		 * not the mask itself, because this is read at every character of every literal and most
		 * characters start no rule: the CJK block's 21,000 characters take 5 KB, which stay in the
		 * processor's nearest cache, where their sixteen-bit masks took 42 KB, which did not. A
		 * word is only ever added to (every thread adds the same bits), with compare-and-set.
		 */
		private final java.util.concurrent.atomic.AtomicLongArray kinds = new java.util.concurrent.atomic.AtomicLongArray(
				(Character.MAX_VALUE + 1) / 32);
		/**
		 * Per character of kind {@link #SOME}: which rules can start with it (bit p for the p-th
		 * masked pattern, {@link #INSTRUCTION}), written before its kind is published.
		 */
		private final char[] masks = new char[Character.MAX_VALUE + 1];
		/** Each thread's answers for the windows last met, per masked pattern (see {@link StartCharacters#startsAt}). */
		private final ThreadLocal<Recent> recents;

		/** The prefilter of these rules, made once for the same rules (formats rarely change). */
		static Prefilter of(List<Leftover> instructions, List<Pattern2> placeholders) {
			StringBuilder key = new StringBuilder();
			instructions.forEach(i -> key.append('I').append(i.getText()).append('\u0000'));
			placeholders.forEach(p -> key.append('P').append(p.pattern().flags()).append(':').append(p.pattern().pattern())
					.append('\u0000'));
			if (CACHE.size() > 100) {
				CACHE.clear();
			}
			return CACHE.computeIfAbsent(key.toString(), k -> new Prefilter(instructions, placeholders));
		}

		private Prefilter(List<Leftover> instructions, List<Pattern2> placeholders) {
			for (Leftover instruction : instructions) {
				this.instructions.add(instruction.getText());
				instructionStarts[instruction.getText().charAt(0)] = true;
			}
			for (Pattern2 placeholder : placeholders) {
				StartCharacters characters = StartCharacters.of(placeholder.pattern());
				if (characters == null || starts.size() == MASKED) {
					always.add(placeholder.pattern());
				} else {
					starts.add(characters);
					masked.add(placeholder.pattern());
				}
			}
			int patterns = starts.size();
			recents = ThreadLocal.withInitial(() -> new Recent(patterns));
		}

		private int kind(char c) {
			int kind = (int) (kinds.get(c >>> 5) >>> ((c & 31) << 1)) & 3;
			return kind != UNSEEN ? kind : learn(c);
		}

		/** Finds the rules that can start with a character first met, and publishes its kind. */
		private int learn(char c) {
			int mask = instructionStarts[c] ? INSTRUCTION : 0;
			for (int p = 0; p < starts.size(); p++) {
				if (starts.get(p).possible(c)) {
					mask |= 1 << p;
				}
			}
			masks[c] = (char) mask;
			int kind = mask == 0 ? NONE : SOME;
			long bits = (long) kind << ((c & 31) << 1);
			int word = c >>> 5;
			long old;
			do {
				old = kinds.get(word);
			} while ((old & bits) != bits && !kinds.compareAndSet(word, old, old | bits));
			return kind;
		}

		/**
		 * One pass over the text: at each character, the rules that can start a match with it
		 * (its kind, then its mask) are tried at that place with their first characters
		 * ({@link StartCharacters#startsAt}), and a rule that passes is run on the text, once.
		 * The same answer as trying each rule's start characters over the whole text in turn, as
		 * {@link #matchesAnyRuleByRule} does for a text beyond the Basic Multilingual Plane; that
		 * passed over each text once more for every rule that can start in it, reading the rule's
		 * own table for every character (the leftover scan was a tenth of validating).
		 */
		boolean matchesAny(String value) {
			boolean instruction = false;
			int tried = 0;
			Recent recent = null;
			int length = value.length();
			for (int i = 0; i < length; i++) {
				char c = value.charAt(i);
				if (Character.isSurrogate(c)) {
					return matchesAnyRuleByRule(value);
				}
				if (kind(c) == NONE) {
					continue;
				}
				int mask = masks[c];
				instruction |= (mask & INSTRUCTION) != 0;
				int open = mask & ~INSTRUCTION & ~tried;
				while (open != 0) {
					int p = Integer.numberOfTrailingZeros(open);
					open &= open - 1;
					if (recent == null) {
						recent = recents.get();
					}
					if (starts.get(p).startsAt(value, i, recent, p)) {
						if (masked.get(p).matcher(value).find()) {
							return true;
						}
						tried |= 1 << p;
					}
				}
			}
			return instruction && containsInstruction(value) || matchesAlways(value);
		}

		/** A text with characters outside the Basic Multilingual Plane: every rule is a candidate. */
		private boolean matchesAnyRuleByRule(String value) {
			if (containsInstruction(value)) {
				return true;
			}
			for (int p = 0; p < masked.size(); p++) {
				if (starts.get(p).anywhere(value) && masked.get(p).matcher(value).find()) {
					return true;
				}
			}
			return matchesAlways(value);
		}

		private boolean containsInstruction(String value) {
			for (String text : instructions) {
				if (value.contains(text)) {
					return true;
				}
			}
			return false;
		}

		private boolean matchesAlways(String value) {
			for (Pattern pattern : always) {
				if (pattern.matcher(value).find()) {
					return true;
				}
			}
			return false;
		}
	}

	/** Slots of a thread's table of windows, per pattern. */
	private static final int RECENT_BITS = 11;
	private static final int RECENT = 1 << RECENT_BITS;
	/** A table this full is emptied (a thread that checks many different texts keeps meeting new windows). */
	private static final int RECENT_FULL = RECENT / 2;

	/**
	 * A thread's answers for the windows of four characters it has met, per pattern, in an
	 * open-addressed table (linear probing; emptied when half full): read without a lock or a
	 * boxed key, in front of the shared maps, which hold every answer. A report meets a few
	 * hundred windows; a table with one slot per hash, which a newer window took from an older
	 * one, lost a fifth of them to collisions on every check.
	 */
	private static final class Recent {
		final long[][] keys;
		/** 0: the slot is empty; {@link StartCharacters#YES}: can start a match; {@link StartCharacters#NO}: cannot. */
		final byte[][] answers;
		final int[] used;

		Recent(int patterns) {
			keys = new long[patterns][RECENT];
			answers = new byte[patterns][RECENT];
			used = new int[patterns];
		}

		/** The answer for the window in pattern p's table, or 0 when it is not there. */
		byte get(int p, long key) {
			long[] k = keys[p];
			byte[] a = answers[p];
			for (int slot = slot(key);; slot = (slot + 1) & (RECENT - 1)) {
				byte answer = a[slot];
				if (answer == 0 || k[slot] == key) {
					return answer;
				}
			}
		}

		void put(int p, long key, byte answer) {
			if (used[p] >= RECENT_FULL) {
				java.util.Arrays.fill(answers[p], (byte) 0);
				used[p] = 0;
			}
			long[] k = keys[p];
			byte[] a = answers[p];
			int slot = slot(key);
			while (a[slot] != 0 && k[slot] != key) {
				slot = (slot + 1) & (RECENT - 1);
			}
			if (a[slot] == 0) {
				used[p]++;
			}
			k[slot] = key;
			a[slot] = answer;
		}

		private static int slot(long key) {
			return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - RECENT_BITS));
		}
	}

	/**
	 * The characters a pattern can start a match with, found for each character when first met:
	 * the pattern either matches the character alone or, needing more input, reaches its end
	 * ({@link Matcher#hitEnd()}); otherwise no match starts there. Patterns whose match at a
	 * place depends on the text before it in a way a single character cannot show (a positive
	 * look-behind, word boundaries, \G) are not filtered (null).
	 */
	private static final class StartCharacters {
		private static final java.util.concurrent.ConcurrentMap<String, java.util.Optional<StartCharacters>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
		private static final byte UNKNOWN = 0;
		static final byte YES = 1;
		static final byte NO = 2;

		private final Pattern pattern;
		/** Per character: unknown, can start a match, cannot (benign races: every thread writes the same answer). */
		private final byte[] answers = new byte[Character.MAX_VALUE + 1];

		private StartCharacters(Pattern pattern) {
			this.pattern = pattern;
		}

		static StartCharacters of(Pattern pattern) {
			if (CACHE.size() > 1000) {
				CACHE.clear();
			}
			return CACHE.computeIfAbsent(pattern.pattern() + "\u0000" + pattern.flags(), key -> {
				String regex = pattern.pattern();
				if (regex.contains("(?<=") || regex.contains("\\b") || regex.contains("\\B") || regex.contains("\\G")
						|| regex.contains("\\X") || regex.contains("\\R")) {
					return java.util.Optional.empty();
				}
				return java.util.Optional.of(new StartCharacters(pattern));
			}).orElse(null);
		}

		boolean possible(char c) {
			byte answer = answers[c];
			if (answer == UNKNOWN) {
				Matcher matcher = pattern.matcher(String.valueOf(c));
				answer = matcher.lookingAt() || matcher.hitEnd() ? YES : NO;
				answers[c] = answer;
			}
			return answer == YES;
		}

		/** How many characters from a place are tried before the pattern itself is run on the text. */
		private static final int WINDOW = 4;
		/**
		 * The answers for windows of two to {@link #WINDOW} characters, one map per length, keyed
		 * by the window's characters packed into a long (16 bits each: four fit), so that a window
		 * is looked up without copying it out of the text (benign races, as above).
		 */
		private final java.util.concurrent.ConcurrentMap<Long, Boolean>[] windows = windowMaps();

		@SuppressWarnings("unchecked")
		private static java.util.concurrent.ConcurrentMap<Long, Boolean>[] windowMaps() {
			java.util.concurrent.ConcurrentMap<Long, Boolean>[] maps = new java.util.concurrent.ConcurrentMap[WINDOW - 1];
			for (int i = 0; i < maps.length; i++) {
				maps[i] = new java.util.concurrent.ConcurrentHashMap<>();
			}
			return maps;
		}

		/**
		 * Whether a match can start anywhere in the text, judged from the first characters at each
		 * place: a match starts at a place only if, for the next two, three and four characters, the
		 * pattern matches them or needs more input (as {@link #possible} for one character).
		 */
		boolean anywhere(String text) {
			for (int i = 0; i < text.length(); i++) {
				if (possible(text.charAt(i)) && startsAt(text, i)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * {@link #startsAt(String, int)}, answered for a place with four characters ahead from a
		 * thread's table of this pattern's windows (one look-up for the three lengths); this
		 * pattern is the p-th of the thread's tables.
		 */
		boolean startsAt(String text, int at, Recent recent, int p) {
			if (at + WINDOW > text.length()) {
				return startsAt(text, at);
			}
			long key = (long) text.charAt(at) << 48 | (long) text.charAt(at + 1) << 32 | (long) text.charAt(at + 2) << 16
					| text.charAt(at + 3);
			byte known = recent.get(p, key);
			if (known != UNKNOWN) {
				return known == YES;
			}
			boolean answer = startsAt(text, at);
			recent.put(p, key, answer ? YES : NO);
			return answer;
		}

		/** Whether, for the next two, three and four characters from a place, the pattern matches them or needs more. */
		private boolean startsAt(String text, int at) {
			long key = text.charAt(at);
			for (int k = 2; k <= WINDOW; k++) {
				if (at + k > text.length()) {
					return true;
				}
				key = key << 16 | text.charAt(at + k - 1);
				if (!window(text, at, k, key)) {
					return false;
				}
			}
			return true;
		}

		private boolean window(String text, int at, int k, long key) {
			java.util.concurrent.ConcurrentMap<Long, Boolean> known = windows[k - 2];
			Boolean answer = known.get(key);
			if (answer == null) {
				Matcher matcher = pattern.matcher(text.substring(at, at + k));
				answer = matcher.lookingAt() || matcher.hitEnd();
				if (known.size() > 100_000) {
					known.clear();
				}
				known.put(key, answer);
			}
			return answer;
		}
	}

	private static void leftovers(EObject object, INode node, List<Leftover> instructions, List<Pattern2> placeholders,
			List<Finding> into) {
		String raw = node.getText();
		boolean[] taken = new boolean[raw.length()];
		for (Leftover instruction : instructions) {
			String text = instruction.getText();
			int from = 0;
			int index;
			while ((index = raw.indexOf(text, from)) >= 0) {
				from = index + text.length();
				if (free(taken, index, text.length())) {
					take(taken, index, text.length());
					into.add(Finding.range(LEFTOVER, IssueCodes.LEFTOVER_INSTRUCTION, true, object,
							node.getOffset() + index, text.length(), Messages.get("leftover.instruction", text),
							"remove"));
				}
			}
		}
		for (Pattern2 placeholder : placeholders) {
			Matcher matcher = placeholder.pattern().matcher(raw);
			while (matcher.find()) {
				if (matcher.end() > matcher.start() && free(taken, matcher.start(), matcher.end() - matcher.start())) {
					take(taken, matcher.start(), matcher.end() - matcher.start());
					into.add(Finding.range(LEFTOVER, IssueCodes.LEFTOVER_PLACEHOLDER, true, object,
							node.getOffset() + matcher.start(), matcher.end() - matcher.start(),
							Messages.get("leftover.placeholder", matcher.group(), placeholder.rule().getText())));
				}
			}
		}
	}

	private static final java.util.concurrent.ConcurrentMap<String, java.util.Optional<Pattern>> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

	/** A format's pattern, compiled once; null when it is not a regular expression. */
	private static Pattern compiled(String regex) {
		if (PATTERNS.size() > 1000) {
			PATTERNS.clear();
		}
		return PATTERNS.computeIfAbsent(regex, r -> {
			try {
				return java.util.Optional.of(Pattern.compile(r));
			} catch (PatternSyntaxException e) {
				return java.util.Optional.empty();
			}
		}).orElse(null);
	}

	private static boolean free(boolean[] taken, int from, int length) {
		for (int i = from; i < from + length; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	private static void take(boolean[] taken, int from, int length) {
		for (int i = from; i < from + length; i++) {
			taken[i] = true;
		}
	}

	// --- completeness ----------------------------------------------------------

	/**
	 * A section's text as the reader sees it, the same {@link Similarity#normalize normalized}
	 * (normalizing works character by character, so the normalized parts joined are the
	 * normalized whole: each text is normalized once), and its paragraphs and list items (the
	 * units compared with last year's).
	 */
	private record Rendered(String text, String normal, List<Unit> units) {
	}

	private static Rendered render(ReportSection section, NarrativeEvaluator narrative) {
		StringBuilder out = new StringBuilder();
		StringBuilder normal = new StringBuilder();
		List<Unit> units = new ArrayList<>();
		for (SectionItem item : section.getItems()) {
			if (item instanceof Heading heading) {
				String text = narrative.render(heading.getText());
				out.append(text);
				normal.append(Similarity.normalize(text));
			} else if (item instanceof Paragraph paragraph) {
				units.add(unit(paragraph, narrative.render(paragraph.getText()), out, normal));
			} else if (item instanceof NumberedList list) {
				for (ListItem li : list.getItems()) {
					units.add(unit(li, narrative.render(li.getText()), out, normal));
				}
			}
		}
		return new Rendered(out.toString(), normal.toString(), units);
	}

	private static Unit unit(EObject object, String text, StringBuilder out, StringBuilder normal) {
		Unit unit = new Unit(object, Similarity.normalize(text));
		out.append(text);
		normal.append(unit.normal());
		return unit;
	}

	/** Sections without content; the texts are the sections' normalized texts, by section name. */
	private static void empty(Report report, EffectiveFormat format, Map<String, String> normals, List<Finding> into) {
		List<NoneRule> rules = ReviewRules.of(format, NoneRule.class);
		if (rules.isEmpty()) {
			return;
		}
		List<String> words = new ArrayList<>();
		List<String> allowed = new ArrayList<>();
		for (NoneRule rule : rules) {
			rule.getWords().forEach(w -> words.add(Similarity.normalize(w)));
			rule.getSections().forEach(s -> {
				if (s != null && !s.eIsProxy()) {
					allowed.add(s.getName());
				}
			});
		}
		for (ReportSection section : report.getSections()) {
			if (section.getSection() == null || section.getSection().eIsProxy()) {
				continue;
			}
			EffectiveFormat.Section declared = format.findSection(section.getSection().getName());
			if (declared == null || !declared.getTables().isEmpty() || allowed.contains(declared.getName())) {
				continue;
			}
			boolean hasTable = section.getItems().stream().anyMatch(Table.class::isInstance);
			String normal = normals.getOrDefault(declared.getName(), "");
			if (!hasTable && (normal.isEmpty() || words.contains(normal))) {
				String said = normal.isEmpty() ? Messages.get("section.nothing") : "“" + normal + "”";
				into.add(Finding.at(EMPTY_SECTION, IssueCodes.EMPTY_SECTION, false, section,
						P.getReportSection_Section(), Messages.get("section.empty", declared.getLabel(), said,
								allowedLabels(format, allowed))));
			}
		}
	}

	private static String allowedLabels(EffectiveFormat format, List<String> names) {
		List<String> labels = new ArrayList<>();
		for (String name : names) {
			EffectiveFormat.Section section = format.findSection(name);
			labels.add(section == null ? name : section.getLabel());
		}
		return labels.isEmpty() ? "—" : Messages.list(labels);
	}

	private static void topics(Report report, EffectiveFormat format, NarrativeEvaluator narrative,
			Map<String, String> texts, List<Finding> into) {
		BodyKind kind = report.getKind() == null ? null : report.getKind().getKind();
		Map<String, ReportSection> sections = new HashMap<>();
		for (ReportSection section : report.getSections()) {
			if (section.getSection() != null && !section.getSection().eIsProxy()) {
				sections.putIfAbsent(section.getSection().getName(), section);
			}
		}
		for (TopicRule rule : ReviewRules.of(format, TopicRule.class)) {
			if (rule.getSection() == null || rule.getSection().eIsProxy() || rule.getWords().isEmpty()) {
				continue;
			}
			if (!rule.getKinds().isEmpty() && (kind == null || !rule.getKinds().contains(kind))) {
				continue;
			}
			ReportSection section = sections.get(rule.getSection().getName());
			if (section == null) {
				continue;
			}
			String condition = null;
			if (rule.getCondition() != null) {
				NarrativeEvaluator.Value value = narrative.evaluate(rule.getCondition());
				BigDecimal threshold = number(rule.getThreshold());
				if (!value.isKnown() || threshold == null || value.number().compareTo(threshold) <= 0) {
					continue;
				}
				condition = Messages.get("topic.condition", cellName(format, rule.getCondition()),
						value.number().toPlainString(), threshold.toPlainString());
			}
			String text = texts.getOrDefault(section.getSection().getName(), "");
			if (rule.getWords().stream().noneMatch(text::contains)) {
				EffectiveFormat.Section declared = format.findSection(section.getSection().getName());
				String label = declared == null ? section.getSection().getName() : declared.getLabel();
				String words = Messages.list(rule.getWords().stream().map(w -> "“" + w + "”").toList());
				String message = condition == null
						? Messages.get("topic.missing", label, rule.getLabel(), words, rule.getName())
						: Messages.get("topic.missing.when", condition, label, rule.getLabel(), words, rule.getName());
				into.add(Finding.at(rule.getName(), IssueCodes.MISSING_TOPIC, false, section,
						P.getReportSection_Section(), message));
			}
		}
	}

	private static BigDecimal number(String text) {
		try {
			return text == null ? null : new BigDecimal(text);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** 表·行·列 in the format's labels. */
	static String cellName(EffectiveFormat format, CellRef ref) {
		if (ref.getTable() == null || ref.getTable().eIsProxy() || ref.getRow() == null || ref.getRow().eIsProxy()
				|| ref.getColumn() == null || ref.getColumn().eIsProxy()) {
			return "—";
		}
		EffectiveTable table = format.findTable(ref.getTable().getName());
		String row = table == null ? ref.getRow().getName() : table.labelOf(ref.getRow());
		return Messages.get("cell.name", row, ref.getColumn().getLabel());
	}

	// --- the body's powers -------------------------------------------------------

	private static void powers(Report report, EffectiveFormat format, ReportData data, List<Finding> into) {
		BodyDeclaration body = report.getKind();
		if (body == null) {
			return;
		}
		for (PowerRule rule : ReviewRules.of(format, PowerRule.class)) {
			Boolean holds = holds(rule, body);
			if (holds == null || holds) {
				continue;
			}
			for (CellRef ref : rule.getCells()) {
				Cell cell = leafCell(data, ref);
				if (cell == null) {
					continue;
				}
				CellValue value = data.value(ref.getTable().getName(), ref.getRow().getName(), ref.getColumn().getName());
				if (value.isNumber() && value.value().signum() > 0) {
					into.add(Finding.at(rule.getName(), IssueCodes.BODY_POWER, false, cell, null,
							Messages.get("power", cellName(format, ref), value.display(), bodyName(body),
									rule.getLabel(), rule.getName())));
				}
			}
		}
	}

	/** Whether the body is one the rule names; null when its level is needed and not declared. */
	private static Boolean holds(PowerRule rule, BodyDeclaration body) {
		boolean unknown = false;
		for (PowerHolder holder : rule.getHolders()) {
			if (holder.getKind() != body.getKind()) {
				continue;
			}
			if (!holder.isAt()) {
				return true;
			}
			if (!body.isAt()) {
				unknown = true;
			} else if (holder.getLevels().contains(body.getLevel())) {
				return true;
			}
		}
		return unknown ? null : false;
	}

	static String bodyName(BodyDeclaration body) {
		String kind = Messages.get("body." + body.getKind().getLiteral());
		return body.isAt() ? Messages.get("body." + body.getKind().getLiteral() + "." + body.getLevel().getLiteral()) : kind;
	}

	private static Cell leafCell(ReportData data, CellRef ref) {
		if (data == null || ref.getTable() == null || ref.getTable().eIsProxy() || !(ref.getRow() instanceof Row)
				|| ref.getRow().eIsProxy() || !(ref.getColumn() instanceof Column) || ref.getColumn().eIsProxy()) {
			return null;
		}
		return data.value(ref.getTable().getName(), ref.getRow().getName(), ref.getColumn().getName()).cell();
	}

	// --- money -------------------------------------------------------------------

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static void magnitudes(EffectiveFormat format, Evaluation evaluation, NarrativeEvaluator narrative,
			List<Finding> into) {
		for (MagnitudeRule rule : ReviewRules.of(format, MagnitudeRule.class)) {
			CellRef ref = rule.getCell();
			Cell cell = leafCell(evaluation.getData(), ref);
			BigDecimal limit = number(rule.getLimit());
			if (cell == null || limit == null) {
				continue;
			}
			CellValue value = evaluation.getData().value(ref.getTable().getName(), ref.getRow().getName(),
					ref.getColumn().getName());
			if (!value.isNumber()) {
				continue;
			}
			if (value.unit() != null) {
				// the cell writes its unit ("27225290916元" in a city's report; the NUMBER token's unit, read
				// by NumberText): the amount is what it says, whatever its size, and no unit was mistaken
				continue;
			}
			// the column's unit as the format declares it (the format check requires 万元 or 亿元 of a
			// magnitude rule's column): what one of it is in 元
			String unit = ref.getColumn() instanceof Column column ? column.getUnit() : null;
			BigDecimal perUnit = NumberText.yuanPer(unit);
			if (perUnit == null || perUnit.compareTo(BigDecimal.ONE) <= 0) {
				continue;
			}
			BigDecimal amount = value.value();
			String reason = null;
			if (amount.compareTo(limit) >= 0) {
				reason = Messages.get("magnitude.limit", limit.toPlainString(), unit);
			} else if (evaluation.getPrevious() != null && amount.signum() > 0 && isWholeThousands(amount)) {
				CellValue last = evaluation.getPrevious().value(ref.getTable().getName(), ref.getRow().getName(),
						ref.getColumn().getName());
				if (last.isNumber() && last.value().multiply(HUNDRED).compareTo(amount) <= 0) {
					reason = Messages.get("magnitude.jump", last.value().stripTrailingZeros().toPlainString(), unit);
				}
			}
			if (reason != null) {
				String yuan = amount.multiply(perUnit).stripTrailingZeros().toPlainString();
				// a power of ten: the division is exact
				String asWan = amount.divide(perUnit).stripTrailingZeros().toPlainString();
				into.add(Finding.at(rule.getName(), IssueCodes.MONEY_UNIT, false, cell, null,
						Messages.get("magnitude", cellName(format, ref), amount.stripTrailingZeros().toPlainString(),
								unit, yuan, asWan, reason, rule.getName()), asWan));
			}
		}
	}

	/**
	 * Whether the amount is a whole multiple of 1000 (1000 or more). Without its trailing zeros,
	 * an amount is u × 10^-scale with u not a multiple of 10, so it is a multiple of 10^3 exactly
	 * when its scale is -3 or less: the same answer as {@code remainder(1000) == 0}, without
	 * BigDecimal's long division (which cost more than the rest of this check's rule).
	 */
	static boolean isWholeThousands(BigDecimal amount) {
		return amount.compareTo(THOUSAND) >= 0 && amount.stripTrailingZeros().scale() <= -3;
	}

	// --- copied from last year ---------------------------------------------------

	/**
	 * A paragraph or list item: where it is, its text without punctuation, and (computed when
	 * first needed) its bigrams.
	 */
	private static final class Unit {
		final EObject object;
		private final String normal;
		private Similarity.Bigrams bigrams;

		Unit(EObject object, String normal) {
			this.object = object;
			this.normal = normal;
		}

		String normal() {
			return normal;
		}

		Similarity.Bigrams bigrams() {
			if (bigrams == null) {
				bigrams = Similarity.Bigrams.ofNormalized(normal());
			}
			return bigrams;
		}
	}

	/** Last year's section as the copy checks compare it: its whole text's bigrams, its units, its units by text. */
	private record LastYearSection(Similarity.Bigrams whole, List<Unit> units, Map<String, Integer> exact) {
	}

	/**
	 * Last year's sections, rendered and measured once per parse of last year's report (and of
	 * its data), however many validations of this year's report compare with it. Everything is
	 * computed in advance, so the result is only read afterwards.
	 */
	private static Map<String, LastYearSection> lastYear(ReportData previousData) {
		Report previous = previousData.getReport();
		java.util.function.Supplier<Map<String, LastYearSection>> compute = () -> {
			NarrativeEvaluator narrative = new NarrativeEvaluator(previousData, null);
			Map<String, LastYearSection> sections = new HashMap<>();
			for (ReportSection section : previous.getSections()) {
				if (section.getSection() == null || section.getSection().eIsProxy()
						|| sections.containsKey(section.getSection().getName())) {
					continue;
				}
				Rendered text = render(section, narrative);
				Map<String, Integer> exact = new HashMap<>();
				for (int i = 0; i < text.units().size(); i++) {
					Unit unit = text.units().get(i);
					unit.bigrams().indexed();
					exact.putIfAbsent(unit.normal(), i);
				}
				sections.put(section.getSection().getName(),
						new LastYearSection(Similarity.Bigrams.ofNormalized(text.normal()).indexed(), text.units(), exact));
			}
			return sections;
		};
		return previous.eResource() == null ? compute.get()
				: ParseCache.get(previous.eResource(),
						org.eclipse.xtext.util.Tuples.create(ReviewEvaluator.class, previousData), compute);
	}

	private void copies(Report report, Evaluation evaluation, Map<ReportSection, Rendered> rendered,
			List<Finding> into) {
		ReportData previousData = evaluation.getPrevious();
		Map<String, LastYearSection> previousSections = lastYear(previousData);
		EffectiveFormat format = evaluation.getData().getFormat();
		for (ReportSection section : report.getSections()) {
			if (section.getSection() == null || section.getSection().eIsProxy()) {
				continue;
			}
			LastYearSection before = previousSections.get(section.getSection().getName());
			Rendered now = rendered.get(section);
			if (before == null || now == null) {
				continue;
			}
			EffectiveFormat.Section declared = format.findSection(section.getSection().getName());
			String label = declared == null ? section.getSection().getName() : declared.getLabel();
			Similarity.Bigrams whole = Similarity.Bigrams.ofNormalized(now.normal());
			if (whole.length() >= MIN_SECTION && Similarity.canReach(whole, before.whole(), COPY_THRESHOLD)) {
				double similarity = Similarity.of(whole, before.whole());
				if (similarity >= COPY_THRESHOLD) {
					into.add(Finding.at(COPIED_TEXT, IssueCodes.COPIED_SECTION, false, section,
							P.getReportSection_Section(), Messages.get("copied.section", label, percent(similarity),
									before.whole().length(), whole.length())));
				}
			}
			paragraphs(now.units(), before, label, into);
		}
		for (EffectiveTable table : format.getTables()) {
			Table mine = evaluation.getData().table(table.getName());
			if (mine != null && previousData.table(table.getName()) != null) {
				table(table, mine, evaluation.getData(), previousData, into);
			}
		}
	}

	private static void paragraphs(List<Unit> now, LastYearSection before, String label, List<Finding> into) {
		List<Unit> then = before.units();
		for (int i = 0; i < now.size(); i++) {
			Unit unit = now.get(i);
			if (unit.normal().length() < MIN_PARAGRAPH) {
				continue;
			}
			Integer same = before.exact().get(unit.normal());
			double best = same == null ? 0 : 1;
			int bestIndex = same == null ? -1 : same;
			if (same == null) {
				for (int j = Math.max(0, i - WINDOW); j < Math.min(then.size(), i + WINDOW + 1); j++) {
					Similarity.Bigrams other = then.get(j).bigrams();
					if (!Similarity.canReach(unit.bigrams(), other, COPY_THRESHOLD)) {
						continue;
					}
					double similarity = Similarity.of(unit.bigrams(), other);
					if (similarity > best) {
						best = similarity;
						bestIndex = j;
					}
				}
			}
			if (best >= COPY_THRESHOLD) {
				EObject object = unit.object;
				org.eclipse.emf.ecore.EStructuralFeature feature = object instanceof Paragraph ? P.getParagraph_Text()
						: P.getListItem_Text();
				into.add(Finding.at(COPIED_TEXT, IssueCodes.COPIED_PARAGRAPH, false, object, feature,
						Messages.get("copied.paragraph", label, bestIndex + 1, percent(best))));
			}
		}
	}

	private static void table(EffectiveTable table, Table mine, ReportData data, ReportData previous,
			List<Finding> into) {
		int cells = 0;
		boolean allZero = true;
		List<Column> columns = table.getLeafColumns();
		int[] nowAt = data.positions(table.getName(), columns);
		int[] thenAt = previous.positions(table.getName(), columns);
		for (Row row : table.getLeafRows()) {
			CellValue[] nowRow = data.values(table.getName(), row.getName(), nowAt);
			CellValue[] thenRow = previous.values(table.getName(), row.getName(), thenAt);
			for (int c = 0; c < columns.size(); c++) {
				CellValue now = nowRow[c];
				CellValue then = thenRow[c];
				if (now.kind() == CellValue.Kind.MISSING || now.kind() != then.kind()) {
					return;
				}
				if (now.value() != null && (then.value() == null || now.value().compareTo(then.value()) != 0)) {
					return;
				}
				allZero &= now.value() != null && now.value().signum() == 0;
				cells++;
			}
		}
		if (cells >= MIN_TABLE_CELLS) {
			into.add(Finding.at(COPIED_TABLE, IssueCodes.COPIED_TABLE, false, mine, P.getTable_Table(),
					Messages.get(allZero ? "copied.table.zero" : "copied.table", table.getLabel(), cells)));
		}
	}

	private static String percent(double similarity) {
		return String.valueOf((int) Math.floor(similarity * 100));
	}

	private static INode node(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}
}
