package org.gpr.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
			new Topic(List.of("共办理", "办结", "办理完毕"), List.of("申请.总计.总计"), true),
			new Topic(List.of("予以公开"), List.of("申请.予以公开.总计"), false),
			new Topic(List.of("部分公开"), List.of("申请.部分公开.总计"), false),
			new Topic(List.of("不予公开"), List.of("申请.不予公开.总计"), false),
			new Topic(List.of("无法提供"), List.of("申请.无法提供.总计"), false),
			new Topic(List.of("不予处理"), List.of("申请.不予处理.总计"), false),
			new Topic(List.of("其他处理"), List.of("申请.其他处理.总计"), false),
			new Topic(List.of("行政复议"), List.of("复议诉讼.件数.复议总计"), false),
			new Topic(List.of("行政诉讼"), List.of("复议诉讼.件数.直诉总计 + 复议诉讼.件数.复诉总计"), false));
	private static final List<String> WHOLES = List.of("申请.总计.总计", "申请.新收.总计", "申请.新收.总计 + 申请.结转.总计");

	/** Words between a keyword and its number that show the number is about something else (投诉举报0起). */
	private static final Pattern ELSEWHERE = Pattern.compile("投诉|举报|咨询|建议|提案|来信|留言|电话|信访|意见");

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
	}

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
		List<ImportedReport.Part> parts = new ArrayList<>();
		int done = 0;
		Matcher m = STATEMENT.matcher(plain);
		while (m.find()) {
			Topic topic = topic(m.group(1));
			if (topic == null || (m.group(1).equals("予以公开") && m.start() > 0 && plain.charAt(m.start() - 1) == '不')) {
				continue;
			}
			if (ELSEWHERE.matcher(m.group(2)).find()
					|| topic.aboutApplications() && !sentence(plain, m.start()).contains("申请")) {
				continue;
			}
			boolean percent = m.group(4).equals("%") || m.group(4).equals("％");
			BigDecimal stated = new BigDecimal(m.group(3));
			int from = positions.get(m.start());
			if (from > 0 && "“\"‘「".indexOf(text.charAt(from - 1)) >= 0) {
				from--;
			}
			String statement = text.substring(from, positions.get(m.end() - 1) + 1);
			String embed = null;
			BigDecimal first = null;
			String firstExpression = null;
			if (percent) {
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
			if (embed != null) {
				report.findings.add(new NarrativeFinding(line, statement, stated, stated, embed, percent, derived(embed)));
				int numberStart = positions.get(m.start(3));
				int numberEnd = percent ? positions.get(m.end(4) - 1) + 1 : positions.get(m.end(3) - 1) + 1;
				if (numberStart > done) {
					parts.add(ImportedReport.Part.literal(text.substring(done, numberStart)));
				}
				parts.add(ImportedReport.Part.embed(embed));
				done = numberEnd;
			} else {
				report.findings.add(new NarrativeFinding(line, statement, stated, first, firstExpression, percent,
						first != null && derivedIn(firstExpression)));
			}
		}
		if (done < text.length() || parts.isEmpty()) {
			parts.add(ImportedReport.Part.literal(text.substring(done)));
		}
		outcomes(plain.toString(), line);
		return parts;
	}

	/** The outcome claims about 行政复议 and 行政诉讼 and the cells of table 四 they are about. */
	private record Outcome(String words, String maintained, String corrected, String pending, String total) {
	}

	private static final Outcome REVIEW = new Outcome("复议", "复议诉讼.件数.复议维持", "复议诉讼.件数.复议纠正",
			"复议诉讼.件数.复议未结", "复议诉讼.件数.复议总计");
	private static final Outcome SUITS = new Outcome("诉讼", "复议诉讼.件数.直诉维持 + 复议诉讼.件数.复诉维持",
			"复议诉讼.件数.直诉纠正 + 复议诉讼.件数.复诉纠正", "复议诉讼.件数.直诉未结 + 复议诉讼.件数.复诉未结",
			"复议诉讼.件数.直诉总计 + 复议诉讼.件数.复诉总计");
	private static final Pattern ALL_MAINTAINED = Pattern.compile("均(获|被|予以|已)?维持|全部(获|被|予以)?维持");
	private static final Pattern NONE_CORRECTED = Pattern.compile("(无|没有|未)(被|有)?(纠错|纠正)");
	private static final Pattern NONE_AT_ALL = Pattern.compile("(未|没有|无)(发生|收到|出现|涉及)?(政府信息公开)?(方面)?(的)?行政(复议|诉讼)");

	/**
	 * Checks what a sentence claims about the outcome of 行政复议 and 行政诉讼 (均获维持, 无被纠错,
	 * 未发生行政复议) against table 四. A claim is reported only when the table gives numbers that
	 * contradict it, with both numbers and the cells computed.
	 */
	private void outcomes(String plain, int line) {
		for (String sentence : plain.split("[。！!？?；;\\n]")) {
			boolean review = sentence.contains("复议");
			boolean suits = sentence.contains("诉讼");
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
							derived(outcome.total())));
				}
				continue;
			}
			Matcher maintained = ALL_MAINTAINED.matcher(sentence);
			if (maintained.find()) {
				for (Outcome outcome : about) {
					BigDecimal kept = value(outcome.maintained());
					BigDecimal total = value(outcome.total());
					BigDecimal pending = value(outcome.pending());
					if (kept != null && total != null && kept.compareTo(total) != 0) {
						String wording = ImportMessages.get("narrative.maintained", sentence.strip(), outcome.words(),
								total.toPlainString(), kept.toPlainString(), pending == null ? "?" : pending.toPlainString(),
								outcome.maintained(), outcome.total());
						report.findings.add(new NarrativeFinding(line, sentence.strip(), total, kept, outcome.maintained(), false,
								false, wording));
					}
				}
			}
			Matcher corrected = NONE_CORRECTED.matcher(sentence);
			if (corrected.find()) {
				for (Outcome outcome : about) {
					BigDecimal value = value(outcome.corrected());
					if (value != null && value.signum() != 0) {
						report.findings.add(new NarrativeFinding(line, corrected.group(), BigDecimal.ZERO, value,
								outcome.corrected(), false, false));
					}
				}
			}
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
