package org.gpr.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gpr.validation.IssueCodes;

/**
 * Finds the totals a narrative states ("共受理…180件", "予以公开64件", "不予公开N件", "行政复议1起",
 * percentages of these) and compares each with the tables. A statement that agrees becomes an
 * embedded reference ({@code {申请.新收.总计}}), so that the report cannot contradict itself
 * again; one that does not stays as published, and is reported with both numbers. The tables'
 * numbers are what they imply ({@link ImportedTables}): a blank total is the sum of its parts,
 * and a blank the identities leave open is not compared as if it were 0.
 */
public final class NarrativeAuditor {

	/** What a statement is about: its words, and the expressions over the tables it may mean, likeliest first. */
	private record Topic(List<String> words, List<String> expressions, boolean aboutApplications) {
	}

	private static final String BOTH = "申请.予以公开.总计 + 申请.部分公开.总计";
	private static final List<Topic> TOPICS = List.of(
			new Topic(List.of("予以公开和部分公开", "予以公开及部分公开", "予以公开、部分公开", "予以公开与部分公开", "予以公开部分公开",
					"予以公开或部分公开"), List.of(BOTH), false),
			new Topic(List.of("上一年度结转", "上年度结转", "上年结转"), List.of("申请.结转.总计"), false),
			new Topic(List.of("结转下年度", "结转至下年度", "结转下年", "结转至下年", "结转到下年"), List.of("申请.结转下年.总计"), false),
			new Topic(List.of("共受理", "共收到", "受理", "收到", "新收", "接收"),
					List.of("申请.新收.总计", "申请.新收.总计 + 申请.结转.总计"), true),
			new Topic(List.of("共办理", "办结", "办理完毕", "答复政府信息公开申请", "答复申请"), List.of("申请.总计.总计"), true),
			// "同意公开答复9件" (a real report's word for 予以公开)
			new Topic(List.of("予以公开", "同意公开"), List.of("申请.予以公开.总计"), false),
			new Topic(List.of("部分公开"), List.of("申请.部分公开.总计"), false),
			new Topic(List.of("不予公开"), List.of("申请.不予公开.总计"), false),
			new Topic(List.of("无法提供"), List.of("申请.无法提供.总计"), false),
			new Topic(List.of("不予处理"), List.of("申请.不予处理.总计"), false),
			new Topic(List.of("其他处理"), List.of("申请.其他处理.总计"), false),
			new Topic(List.of("行政复议"), List.of("复议诉讼.件数.复议总计"), false),
			new Topic(List.of("行政诉讼", "诉讼"), List.of("复议诉讼.件数.直诉总计 + 复议诉讼.件数.复诉总计"), false));
	private static final List<String> WHOLES = List.of("申请.总计.总计", "申请.新收.总计", "申请.新收.总计 + 申请.结转.总计");

	/** Words between a keyword and its number that show the number is about something else (投诉举报0起). */
	private static final Pattern ELSEWHERE = Pattern.compile("投诉|举报|咨询|建议|提案|来信|留言|电话|信访|意见");

	/**
	 * Words after a number that make it a length of time, not a count ("申请要求在2个工作日内录入" on a
	 * real page: 2 working days, no count of applications).
	 */
	private static final Pattern DURATION = Pattern.compile("^(工作日|工作天|日|天|月|小时|星期|周|季度|年度|年)");

	/**
	 * Words just before 诉讼 or between it and its number that make the number a count of court
	 * instances or judgments, not of the suits table 四 counts ("一审行政诉讼案件687件" beside
	 * "行政诉讼立案731件" on a real page).
	 */
	private static final Pattern INSTANCE = Pattern.compile("一审|二审|再审|审结|判决|裁定|开庭|出庭|应诉");

	private static final Pattern STATEMENT;
	static {
		List<String> words = new ArrayList<>();
		TOPICS.forEach(t -> t.words().forEach(w -> words.add(Pattern.quote(w))));
		String keyword = "(" + String.join("|", words) + ")";
		STATEMENT = Pattern.compile(keyword + "((?:(?!" + keyword.replace("(", "(?:") + ")[^，,。；;：:！!？?\\d%％])*?)"
				+ "(\\d+(?:\\.\\d+)?)\\s*(件|起|宗|个|%|％)");
	}

	private final ImportedReport report;
	private final ImportedTables tables;

	NarrativeAuditor(ImportedReport report, ImportedTables tables) {
		this.report = report;
		this.tables = tables;
		for (Topic topic : TOPICS) {
			for (String expression : topic.expressions()) {
				BigDecimal value = value(expression);
				if (value != null) {
					report.values.putIfAbsent(expression, value);
				}
			}
		}
	}

	/** A count statement found in a text, before it is compared. */
	private record Stated(Topic topic, String keyword, BigDecimal value, boolean percent, int start, int end,
			int numberStart, int numberEnd, String statement, Matcher share) {
	}

	/** "、占45.3%", "，占33.9%": the share of the whole a count statement gives right after it. */
	private static final Pattern SHARE = Pattern.compile(
			"\\G[，,、；;（(]?\\s*(?:约)?(?:占比为|占比|比例为|占)(?:全部|申请总数|申请总量|总数|总量|办结总数)?(?:的)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
	/** "较去年回落12.3%", "同比增长103%", "较2022年上升29.3%": a change from last year. */
	private static final Pattern CHANGE = Pattern.compile(
			"(较上年|较去年|比上年|比去年|较上一年|与上年相比|与去年相比|同比|较(?:19|20)\\d{2}年)度?(?:同期)?(增长|增加|上升|提高|减少|下降|降低|回落)了?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
	/** The kinds of reply of table 三 whose counts add up to the applications handled. */
	private static final List<List<String>> RESULTS = List.of(List.of(BOTH), List.of("申请.不予公开.总计"),
			List.of("申请.无法提供.总计"), List.of("申请.不予处理.总计"), List.of("申请.其他处理.总计"));
	private static final String HANDLED = "申请.总计.总计";

	/** The text as parts: statements that agree with the tables become embedded references. */
	public List<ImportedReport.Part> audit(String text, int line) {
		// match on the text without quotes (“予以公开”“部分公开”), and map back to the text as published
		StringBuilder plain = new StringBuilder();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("“”\"‘’'「」 \u3000".indexOf(c) < 0) {
				plain.append(c);
				positions.add(i);
			}
		}
		positions.add(text.length());
		List<Stated> found = new ArrayList<>();
		Matcher m = STATEMENT.matcher(plain);
		while (m.find()) {
			Topic topic = topic(m.group(1));
			if (topic == null || ((m.group(1).equals("予以公开") || m.group(1).equals("同意公开")) && m.start() > 0 && plain.charAt(m.start() - 1) == '不')
					|| (m.group(1).equals("诉讼") && m.start() >= 2 && plain.substring(m.start() - 2, m.start()).equals("行政"))) {
				continue;
			}
			if (ELSEWHERE.matcher(m.group(2)).find()
					|| topic.aboutApplications() && !sentence(plain, m.start()).contains("申请")) {
				continue;
			}
			if (m.group(4).equals("个") && DURATION.matcher(plain.subSequence(m.end(), plain.length())).find()) {
				continue;
			}
			if (m.group(1).endsWith("诉讼") && (INSTANCE.matcher(m.group(2)).find()
					|| INSTANCE.matcher(plain.subSequence(Math.max(0, m.start() - 2), m.start())).find())) {
				continue;
			}
			boolean percent = m.group(4).equals("%") || m.group(4).equals("％");
			if (percent && WHOLES.contains(topic.expressions().get(0))) {
				continue; // "答复占比42.2%": a share of the replies, not a count of the tables
			}
			int from = positions.get(m.start());
			if (from > 0 && "“\"‘「".indexOf(text.charAt(from - 1)) >= 0) {
				from--;
			}
			int numberStart = positions.get(m.start(3));
			int numberEnd = percent ? positions.get(m.end(4) - 1) + 1 : positions.get(m.end(3) - 1) + 1;
			Matcher share = null;
			int end = m.end();
			if (!percent) {
				Matcher after = SHARE.matcher(plain);
				if (after.find(m.end())) {
					share = after;
					end = after.end();
				}
			}
			String statement = text.substring(from, positions.get(end - 1) + 1);
			found.add(new Stated(topic, m.group(1), new BigDecimal(m.group(3)), percent, m.start(), end, numberStart, numberEnd,
					statement, share));
		}
		List<ImportedReport.Part> parts = new ArrayList<>();
		int done = 0;
		for (Stated stated : found) {
			String embed = compare(stated, line);
			if (embed != null) {
				if (stated.numberStart() > done) {
					parts.add(ImportedReport.Part.literal(text.substring(done, stated.numberStart())));
				}
				parts.add(ImportedReport.Part.embed(embed));
				done = stated.numberEnd();
			}
			if (stated.share() != null) {
				String share = share(stated, found, line);
				int shareStart = positions.get(stated.share().start(1));
				int shareEnd = positions.get(stated.share().end() - 1) + 1;
				if (share != null && shareStart >= done) {
					parts.add(ImportedReport.Part.literal(text.substring(done, shareStart)));
					parts.add(ImportedReport.Part.embed(share));
					done = shareEnd;
				}
			}
		}
		if (done < text.length() || parts.isEmpty()) {
			parts.add(ImportedReport.Part.literal(text.substring(done)));
		}
		split(found, line);
		changes(plain.toString(), found, line);
		outcomes(plain.toString(), line);
		return parts;
	}

	/** Compares a count (or a "keyword…N%") with the tables; the expression to embed when they agree, else null. */
	private String compare(Stated s, int line) {
		Topic topic = s.topic();
		BigDecimal stated = s.value();
		String embed = null;
		BigDecimal first = null;
		String firstExpression = null;
		if (s.percent()) {
			int digits = Math.max(0, stated.scale());
			for (String part : topic.expressions()) {
				for (String whole : WHOLES) {
					BigDecimal value = percent(part, whole, digits);
					if (first == null && value != null) {
						first = value;
						firstExpression = "percent(" + part + ", " + whole + ", " + digits + ")";
					}
					if (embed == null && value != null && value.compareTo(stated) == 0) {
						embed = "percent(" + part + ", " + whole + ", " + digits + ")";
					}
				}
			}
		} else {
			for (String expression : topic.expressions()) {
				BigDecimal value = value(expression);
				if (first == null && value != null) {
					first = value;
					firstExpression = expression;
				}
				if (embed == null && value != null && value.compareTo(stated) == 0) {
					embed = expression;
				}
			}
		}
		if (firstExpression == null) {
			firstExpression = topic.expressions().get(0);
		}
		String words = s.share() == null ? s.statement() : s.statement().substring(0, statementCountEnd(s));
		if (embed != null) {
			report.findings.add(new NarrativeFinding(line, words, stated, stated, embed, s.percent(), derived(embed)));
		} else {
			report.findings.add(new NarrativeFinding(line, words, stated, first, firstExpression, s.percent(),
					first != null && derivedIn(firstExpression)));
		}
		return embed;
	}

	/** Where the count of a statement with a share ends in its words ("予以公开258件" of "予以公开258件，占33.9%"). */
	private static int statementCountEnd(Stated s) {
		String words = s.statement();
		Matcher unit = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(件|起|宗|个)").matcher(words);
		return unit.find() ? unit.end() : words.length();
	}

	/** A whole the narrative or the tables give, that a share may have been taken of. */
	private record Whole(BigDecimal value, String description, String expression) {
	}

	/**
	 * Checks the share stated after a count ("不予公开35件，占4.34%") against the tables' part over
	 * their whole, rounded to the digits written, and says which whole the text used. Returns the
	 * percent() to embed when the tables agree, else null (and a finding with both numbers).
	 */
	private String share(Stated s, List<Stated> found, int line) {
		BigDecimal stated = new BigDecimal(s.share().group(1));
		int digits = Math.max(0, stated.scale());
		String statement = s.statement();
		String part = null;
		BigDecimal tablePart = null;
		for (String expression : s.topic().expressions()) {
			tablePart = value(expression);
			if (tablePart != null) {
				part = expression;
				break;
			}
		}
		List<Whole> textWholes = new ArrayList<>();
		for (Stated other : found) {
			if (!other.percent() && other != s && WHOLES.contains(other.topic().expressions().get(0))) {
				textWholes.add(new Whole(other.value(), ImportMessages.get("narrative.percent.textWhole", other.keyword()),
						other.topic().expressions().get(0)));
			}
		}
		// the handled applications first: the kinds of reply are shares of them
		textWholes.sort((a, b) -> Boolean.compare(!HANDLED.equals(a.expression()), !HANDLED.equals(b.expression())));
		List<Whole> tableWholes = new ArrayList<>();
		for (String whole : WHOLES) {
			BigDecimal value = value(whole);
			if (value != null && value.signum() > 0) {
				tableWholes.add(new Whole(value, ImportMessages.get("narrative.percent.tableWhole", whole), whole));
			}
		}
		if (tablePart != null && !tableWholes.isEmpty()) {
			for (Whole whole : tableWholes) {
				if (round(tablePart, whole.value(), digits).compareTo(stated) == 0) {
					report.findings.add(new NarrativeFinding(line, statement, stated, stated,
							"percent(" + part + ", " + whole.expression() + ", " + digits + ")", true, derivedIn(part)));
					return "percent(" + part + ", " + whole.expression() + ", " + digits + ")";
				}
			}
			Whole whole = tableWholes.get(0);
			String expression = "percent(" + part + ", " + whole.expression() + ", " + digits + ")";
			String table = ImportMessages.get("narrative.percent.table", tablePart.toPlainString(), whole.value().toPlainString(),
					exact(tablePart, whole.value(), digits), digits, round(tablePart, whole.value(), digits).toPlainString(),
					expression);
			if (cut(tablePart, whole.value(), digits).compareTo(stated) == 0) {
				report.findings.add(NarrativeFinding.worded(line, statement, stated, round(tablePart, whole.value(), digits),
						expression, ImportMessages.get("narrative.percent.truncated", statement, stated.toPlainString(), table),
						IssueCodes.NARRATIVE_PERCENT_TRUNCATED));
				return null;
			}
			report.findings.add(NarrativeFinding.worded(line, statement, stated, round(tablePart, whole.value(), digits),
					expression, ImportMessages.get("narrative.percent.mismatch", statement, stated.toPlainString(),
							table + ImportMessages.get("narrative.percent.separator") + used(s.value(), stated, digits, textWholes, tableWholes)),
					IssueCodes.NARRATIVE_PERCENT));
			return null;
		}
		// the tables give no number: the share can only be checked against the text's own whole
		if (textWholes.isEmpty()) {
			return null;
		}
		for (Whole whole : textWholes) {
			if (round(s.value(), whole.value(), digits).compareTo(stated) == 0) {
				return null;
			}
		}
		Whole whole = textWholes.get(0);
		String text = ImportMessages.get("narrative.percent.text", s.value().toPlainString(), whole.description(),
				whole.value().toPlainString(), exact(s.value(), whole.value(), digits), digits,
				round(s.value(), whole.value(), digits).toPlainString());
		boolean cut = cut(s.value(), whole.value(), digits).compareTo(stated) == 0;
		report.findings.add(NarrativeFinding.worded(line, statement, stated, round(s.value(), whole.value(), digits), null,
				ImportMessages.get(cut ? "narrative.percent.truncated" : "narrative.percent.mismatch", statement,
						stated.toPlainString(), text),
				cut ? IssueCodes.NARRATIVE_PERCENT_TRUNCATED : IssueCodes.NARRATIVE_PERCENT));
		return null;
	}

	/** Which whole the text's own count gives its share over, or that none does. */
	private static String used(BigDecimal count, BigDecimal stated, int digits, List<Whole> textWholes, List<Whole> tableWholes) {
		List<Whole> all = new ArrayList<>(textWholes);
		all.addAll(tableWholes);
		for (Whole whole : all) {
			if (whole.value().signum() > 0 && round(count, whole.value(), digits).compareTo(stated) == 0) {
				return ImportMessages.get("narrative.percent.textUsed", stated.toPlainString(), count.toPlainString(),
						whole.description(), whole.value().toPlainString());
			}
		}
		java.util.Set<String> values = new java.util.TreeSet<>((a, b) -> new BigDecimal(a).compareTo(new BigDecimal(b)));
		all.forEach(w -> values.add(w.value().toPlainString()));
		return ImportMessages.get("narrative.percent.noWhole", count.toPlainString(), String.join("、", values),
				stated.toPlainString());
	}

	private static BigDecimal round(BigDecimal part, BigDecimal whole, int digits) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, digits, RoundingMode.HALF_UP);
	}

	private static BigDecimal cut(BigDecimal part, BigDecimal whole, int digits) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, digits, RoundingMode.DOWN);
	}

	/** The ratio with two digits more than written, to show what was rounded. */
	private static String exact(BigDecimal part, BigDecimal whole, int digits) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, digits + 2, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * The kinds of reply the narrative states (予以公开及部分公开, 不予公开, 无法提供, 不予处理, 其他处理,
	 * often after "其中") against the whole it states for the applications handled (答复, 办结), or
	 * the table's when it states none: all five must add up to it, fewer must not exceed it.
	 */
	private void split(List<Stated> found, int line) {
		List<Stated> parts = new ArrayList<>();
		Stated handled = null;
		for (Stated s : found) {
			if (s.percent()) {
				continue;
			}
			String expression = s.topic().expressions().get(0);
			if (handled == null && HANDLED.equals(expression)) {
				handled = s;
			}
			for (List<String> kind : RESULTS) {
				if (kind.contains(expression) && parts.stream().noneMatch(p -> p.topic() == s.topic())) {
					parts.add(s);
				}
			}
		}
		boolean both = parts.stream().anyMatch(p -> p.topic().expressions().get(0).equals(BOTH));
		if (parts.size() < 2 || (both && parts.size() < 2)) {
			return;
		}
		boolean complete = parts.size() == RESULTS.size();
		BigDecimal sum = BigDecimal.ZERO;
		List<String> terms = new ArrayList<>();
		for (Stated p : parts) {
			sum = sum.add(p.value());
			terms.add(p.keyword() + " " + p.value().toPlainString());
		}
		BigDecimal table = value(HANDLED);
		BigDecimal whole = handled != null ? handled.value() : table;
		if (whole == null || (complete ? sum.compareTo(whole) == 0 : sum.compareTo(whole) <= 0)) {
			return;
		}
		String wholeWords = handled != null ? ImportMessages.get("narrative.split.textWhole", handled.keyword(), whole.toPlainString())
				: ImportMessages.get("narrative.split.tableWhole", HANDLED, whole.toPlainString());
		BigDecimal difference = sum.subtract(whole);
		String tableNote = handled != null && table != null ? ImportMessages.get("narrative.split.tableNote", HANDLED, table.toPlainString()) : "";
		String statement = parts.get(0).statement() + "…" + parts.get(parts.size() - 1).statement();
		report.findings.add(NarrativeFinding.worded(line, statement, whole, sum, HANDLED,
				ImportMessages.get(complete ? "narrative.split.complete" : "narrative.split.exceeds", String.join(" + ", terms),
						sum.toPlainString(), wholeWords, difference.signum() < 0 ? ImportMessages.get("narrative.split.less", difference.negate().toPlainString())
								: ImportMessages.get("narrative.split.more", difference.toPlainString()), tableNote),
				IssueCodes.NARRATIVE_SPLIT));
	}

	/**
	 * A change from last year the narrative states after a count ("共受理…859件，申请数量较去年回落12.3%"):
	 * kept with the count's cells and this year's number, to be compared with last year's report
	 * where one is at hand ({@link ChangeAudit}).
	 */
	private void changes(String plain, List<Stated> found, int line) {
		Matcher m = CHANGE.matcher(plain);
		while (m.find()) {
			Stated before = null;
			for (Stated s : found) {
				if (!s.percent() && s.end() <= m.start() && !sentence(plain, s.start()).isEmpty()
						&& sentence(plain, s.start()).equals(sentence(plain, m.start()))) {
					before = s;
				}
			}
			if (before == null) {
				continue;
			}
			String expression = before.topic().expressions().get(0);
			BigDecimal stated = new BigDecimal(m.group(3));
			boolean down = "减少下降降低回落".contains(m.group(2));
			report.changes.add(new ImportedReport.Change(line, m.group(), expression, before.value(), value(expression),
					down ? stated.negate() : stated, Math.max(0, stated.scale())));
		}
	}

	/** The outcome claims about 行政复议 and 行政诉讼 and the cells of table 四 they are about. */
	private record Outcome(String words, String maintained, String corrected, String pending, String total) {
	}

	private static final Outcome REVIEW = new Outcome("复议", "复议诉讼.件数.复议维持", "复议诉讼.件数.复议纠正",
			"复议诉讼.件数.复议未结", "复议诉讼.件数.复议总计");
	private static final Outcome SUITS = new Outcome("诉讼", "复议诉讼.件数.直诉维持 + 复议诉讼.件数.复诉维持",
			"复议诉讼.件数.直诉纠正 + 复议诉讼.件数.复诉纠正", "复议诉讼.件数.直诉未结 + 复议诉讼.件数.复诉未结",
			"复议诉讼.件数.直诉总计 + 复议诉讼.件数.复诉总计");
	/** The two kinds of 行政诉讼, for when one of them is left open (a whole column group blank). */
	private static final List<Outcome> SUIT_KINDS = List.of(
			new Outcome("未经复议直接起诉", "复议诉讼.件数.直诉维持", "复议诉讼.件数.直诉纠正", "复议诉讼.件数.直诉未结",
					"复议诉讼.件数.直诉总计"),
			new Outcome("复议后起诉", "复议诉讼.件数.复诉维持", "复议诉讼.件数.复诉纠正", "复议诉讼.件数.复诉未结",
					"复议诉讼.件数.复诉总计"));
	private static final Pattern ALL_MAINTAINED = Pattern.compile("均(获|被|予以|已)?维持|全部(获|被|予以)?维持");
	private static final Pattern NONE_CORRECTED = Pattern.compile("(无|没有|未)(被|有)?(纠错|纠正)");
	private static final Pattern NO_LOST_SUIT = Pattern.compile("(零|无|没有|未|未出现|未发生)败诉");
	private static final Pattern NONE_AT_ALL = Pattern.compile("(未|没有|无)(发生|收到|出现|涉及)?(政府信息公开)?(方面)?(的)?行政(复议|诉讼)");

	/**
	 * Checks what a sentence claims about the outcome of 行政复议 and 行政诉讼 (均获维持, 无被纠错,
	 * 零败诉, 未发生行政复议) against table 四. A claim is reported only when the table gives numbers
	 * that contradict it, with both numbers and the cells computed; when one kind of 行政诉讼 is left
	 * open by the table (its whole group blank), the other is checked on its own.
	 */
	private void outcomes(String plain, int line) {
		for (String sentence : plain.split("[。！!？?；;\\n]")) {
			boolean review = sentence.contains("复议");
			boolean suits = sentence.contains("诉讼") || sentence.contains("败诉");
			if (!review && !suits) {
				continue;
			}
			List<Outcome> about = new ArrayList<>();
			if (review) {
				about.add(REVIEW);
			}
			if (suits) {
				about.add(SUITS);
			}
			Matcher none = NONE_AT_ALL.matcher(sentence);
			if (none.find()) {
				Outcome outcome = none.group(6).equals("复议") ? REVIEW : SUITS;
				BigDecimal total = value(outcome.total());
				if (total != null && total.signum() != 0) {
					report.findings.add(new NarrativeFinding(line, none.group(), BigDecimal.ZERO, total, outcome.total(), false,
							derived(outcome.total()), null, IssueCodes.NARRATIVE_OUTCOME));
				}
				continue;
			}
			Matcher maintained = ALL_MAINTAINED.matcher(sentence);
			if (maintained.find()) {
				for (Outcome outcome : about) {
					if (!maintained(sentence, outcome, outcome.words(), line) && outcome == SUITS) {
						suitKindsMaintained(sentence, line);
					}
				}
			}
			Matcher corrected = NONE_CORRECTED.matcher(sentence);
			if (corrected.find()) {
				for (Outcome outcome : about) {
					corrected(corrected.group(), outcome, line);
				}
			}
			Matcher lost = NO_LOST_SUIT.matcher(sentence);
			if (lost.find()) {
				corrected(lost.group(), SUITS, line);
			}
		}
	}

	/** 均获维持 against one kind of case; false when the table leaves its numbers open. */
	private boolean maintained(String sentence, Outcome outcome, String claimed, int line) {
		BigDecimal kept = value(outcome.maintained());
		BigDecimal total = value(outcome.total());
		BigDecimal pending = value(outcome.pending());
		if (kept == null || total == null) {
			return false;
		}
		if (kept.compareTo(total) != 0) {
			String wording = outcome.words().equals(claimed)
					? ImportMessages.get("narrative.maintained", sentence.strip(), outcome.words(), total.toPlainString(),
							kept.toPlainString(), pending == null ? "?" : pending.toPlainString(), outcome.maintained(),
							outcome.total())
					: ImportMessages.get("narrative.maintained.kind", sentence.strip(), claimed, outcome.words(),
							total.toPlainString(), kept.toPlainString(), pending == null ? "?" : pending.toPlainString(),
							outcome.maintained(), outcome.total());
			report.findings.add(NarrativeFinding.worded(line, sentence.strip(), total, kept, outcome.maintained(), wording,
					IssueCodes.NARRATIVE_OUTCOME));
		}
		return true;
	}

	/**
	 * 均获维持 of 行政诉讼 when the table leaves the total of suits open: each kind of suit whose
	 * numbers the table gives is checked on its own. When one kind contradicts the claim and the
	 * sentence's count of suits ("诉讼9件") could not be checked because the other kind is blank, the
	 * two are one finding, which says what cannot be checked (the count, and why) and what is
	 * contradicted (均获维持, with the kind's numbers), instead of two findings on the same claim.
	 */
	private void suitKindsMaintained(String sentence, int line) {
		List<Outcome> open = new ArrayList<>();
		List<Outcome> contradicted = new ArrayList<>();
		for (Outcome kind : SUIT_KINDS) {
			BigDecimal kept = value(kind.maintained());
			BigDecimal total = value(kind.total());
			if (kept == null || total == null) {
				open.add(kind);
			} else if (kept.compareTo(total) != 0) {
				contradicted.add(kind);
			}
		}
		NarrativeFinding count = null;
		for (NarrativeFinding finding : report.findings) {
			if (finding.line() == line && finding.computed() == null && !finding.percent()
					&& SUITS.total().equals(finding.expression()) && sentence.contains(plain(finding.statement()))) {
				count = finding;
			}
		}
		if (count == null || open.isEmpty() || contradicted.size() != 1) {
			for (Outcome kind : SUIT_KINDS) {
				maintained(sentence, kind, SUITS.words(), line);
			}
			return;
		}
		report.findings.remove(count);
		Outcome kind = contradicted.get(0);
		BigDecimal pending = value(kind.pending());
		String wording = ImportMessages.get("narrative.maintained.partly", sentence.strip(), SUITS.words(),
				count.stated().toPlainString(), String.join("、", open.stream().map(Outcome::words).toList()), SUITS.total(),
				kind.words(), value(kind.total()).toPlainString(), value(kind.maintained()).toPlainString(),
				pending == null ? "?" : pending.toPlainString(), kind.maintained(), kind.total());
		report.findings.add(NarrativeFinding.worded(line, sentence.strip(), count.stated(), value(kind.total()), kind.maintained(),
				wording, IssueCodes.NARRATIVE_OUTCOME));
	}

	/** A statement's words as the audit matches them: without quotes and spaces. */
	private static String plain(String text) {
		return text.replaceAll("[“”\"‘’'「」 \u3000]", "");
	}

	/** 无被纠错 or 零败诉 against the corrected cases of one kind, or of each kind the table determines. */
	private void corrected(String claim, Outcome outcome, int line) {
		BigDecimal value = value(outcome.corrected());
		if (value == null && outcome == SUITS) {
			for (Outcome kind : SUIT_KINDS) {
				corrected(claim, kind, line);
			}
			return;
		}
		if (value != null && value.signum() != 0) {
			report.findings.add(new NarrativeFinding(line, claim, BigDecimal.ZERO, value, outcome.corrected(), false,
					derived(outcome.corrected()), null, IssueCodes.NARRATIVE_OUTCOME));
		}
	}

	private static Topic topic(String word) {
		for (Topic topic : TOPICS) {
			if (topic.words().contains(word)) {
				return topic;
			}
		}
		return null;
	}

	private static String sentence(CharSequence text, int at) {
		int start = at;
		while (start > 0 && "。！!？?\n".indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		int end = at;
		while (end < text.length() && "。！!？?\n".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return text.subSequence(start, end).toString();
	}

	private BigDecimal percent(String part, String whole, int digits) {
		BigDecimal p = value(part);
		BigDecimal w = value(whole);
		if (p == null || w == null || w.signum() == 0) {
			return null;
		}
		return p.multiply(BigDecimal.valueOf(100)).divide(w, digits, RoundingMode.HALF_UP);
	}

	/** The value of a sum of {@code table.row.column} references as the tables imply it, or null. */
	BigDecimal value(String expression) {
		ImportedTables.Value value = tables.value(expression);
		return value == null ? null : value.number();
	}

	/** Whether a derived blank is part of an expression or of a percent() over two. */
	private boolean derivedIn(String expression) {
		if (expression.startsWith("percent(")) {
			String[] arguments = expression.substring("percent(".length(), expression.length() - 1).split(",");
			return derived(arguments[0]) || derived(arguments[1]);
		}
		return derived(expression);
	}

	private boolean derived(String expression) {
		ImportedTables.Value value = tables.value(expression);
		return value != null && value.derived();
	}
}
