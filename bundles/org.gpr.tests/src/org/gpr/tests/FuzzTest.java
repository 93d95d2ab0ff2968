package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The checks never throw on an incomplete model: 10,000 seeded mutations of the example reports
 * and formats (tokens deleted, duplicated and swapped, files truncated, huge numbers, numbers of
 * 30 digits, stray characters), each parsed, linked and validated. A failure names the seed and
 * the mutation, so it can be replayed.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
class FuzzTest {

	private static final long SEED = 20201231L;
	private static final int MUTATIONS = 10_000;
	private static final Pattern TOKEN = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|[^\\s]+");
	private static final String[] STRAYS = { "{", "}", "\"", "，", "/", "_", "-", "|", ".", "previous", "table", "section",
			"rule", "=", "(", "\u0000", "\uFEFF", "\n", "99999999999999999999999999999", "-0", "0.001", "1e5", "万元",
			// the reviewer's syntax: dates, kinds of body, acceptances, changes
			"published", "2024-02-30", "2024-13-01", "body", "township", "at", "accept", "change", "from", "XXXX",
			"该部分以表格形式报告。",
			// the reviewer's bad input: a title year in words, a rule that does not exist, a previous link to itself
			"二〇二〇年", "不存在的规则", "\"report.gpr\"" };

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceValidator validator;

	/** A set of files that belong together; one of them is mutated. */
	private record Case(String name, List<String> names, List<String> texts) {
	}

	private static List<Case> cases() {
		String customsFormat = GprTestSupport.example("customs-2020/customs-format.gpr");
		String customs = GprTestSupport.example("customs-2020/customs-2020.gpr");
		String lastYear = GprTestSupport.minimal2019().replace("year 2020", "year 2019");
		String withPrevious = GprTestSupport.minimal2019().replace("title ", "previous \"last.gpr\"\ntitle ");
		return List.of(new Case("customs report", List.of("customs-format.gpr", "customs.gpr"), List.of(customsFormat, customs)),
				new Case("customs format", List.of("customs.gpr", "customs-format.gpr"), List.of(customs, customsFormat)),
				new Case("synthetic 2021", List.of("synthetic.gpr"), List.of(GprTestSupport.example("synthetic-2021/synthetic-2021.gpr"))),
				new Case("minimal 2019", List.of("minimal.gpr"), List.of(GprTestSupport.minimal2019())),
				new Case("minimal 2021", List.of("minimal.gpr"), List.of(GprTestSupport.minimal2021())),
				new Case("previous year", List.of("report.gpr", "last.gpr"), List.of(withPrevious, lastYear)),
				new Case("this year", List.of("last.gpr", "report.gpr"), List.of(lastYear, withPrevious)),
				new Case("review syntax", List.of("last.gpr", "report.gpr"), List.of(lastYear, review())),
				new Case("review rules", List.of("last.gpr", "report.gpr", "local.gpr"),
						List.of(lastYear, review().replace("format gov2019", "format 本地"), localFormat())),
				new Case("review on a local format", List.of("last.gpr", "local.gpr", "report.gpr"),
						List.of(lastYear, localFormat(), review().replace("format gov2019", "format 本地"))),
				new Case("review bad input", List.of("last.gpr", "report.gpr"), List.of(lastYear, badReview())));
	}

	/** A report with every piece of the reviewer's syntax: published, body, acceptances, change(). */
	static String review() {
		String text = GprTestSupport.minimal2019().replace("title ",
				"previous \"last.gpr\"\npublished 2021-02-03\nbody department at county\ntitle ");
		text = text.replace("\nsection 总体情况 {", "\naccept 发布期限 \"延期\"\nsection 总体情况 {");
		text = text.replace("\"件。\"", "\"件，较上年\" {change(申请.新收.总计)} \"，较前年\" {change(申请.新收.总计 from 4, 2)} \"。\"");
		return text.replace("    规章 1 1 10", "    规章 1 1 10\n    accept 规章权限 at 规章.新制作 \"转发\"\n    accept 公开总数不少于新公开 \"理由\"");
	}

	/**
	 * The reviewer's syntax with the bad input the issue names: a date that does not exist, a
	 * title year that is not a number, a previous link to the report itself (report.gpr), an
	 * acceptance of a rule that does not exist.
	 */
	static String badReview() {
		return review().replace("published 2021-02-03", "published 2024-02-30").replace("previous \"last.gpr\"", "previous \"report.gpr\"")
				.replace("title \"测试机关2020年", "title \"测试机关二〇二〇年").replace("accept 发布期限 \"延期\"", "accept 不存在的规则 \"理由\"");
	}

	/** A format of a project with review rules of its own. */
	static String localFormat() {
		return "format 本地 extends gov2019 {\n\tdeadline 01-28 for department, government \"本地期限\"\n"
				+ "\tleftover placeholder \"（[^）]*填写）\"\n\tleftover instruction \"此处删除\"\n"
				+ "\tmention 本地要点 \"本地要点\" in 总体情况 for department when 申请.新收.总计 > 3 words \"本地\"\n"
				+ "\tnone words \"无\" allowed in 其他事项, 问题改进\n"
				+ "\tpower 本地权限 \"本地\" cells 第一项.规章.新制作 only government at province city\n"
				+ "\tmagnitude 本地金额 \"金额\" cell 第九项.政府集中采购.采购金额 below 10\n}\n";
	}

	private static List<int[]> tokens(String text) {
		List<int[]> result = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			result.add(new int[] { matcher.start(), matcher.end() });
		}
		return result;
	}

	/** One random mutation of the text. */
	static String mutate(String text, Random random) {
		List<int[]> tokens = tokens(text);
		if (tokens.isEmpty()) { // a text a first mutation truncated to nothing
			return text + STRAYS[random.nextInt(STRAYS.length)];
		}
		int[] token = tokens.get(random.nextInt(tokens.size()));
		String word = text.substring(token[0], token[1]);
		switch (random.nextInt(7)) {
		case 0: // delete a token
			return text.substring(0, token[0]) + text.substring(token[1]);
		case 1: // duplicate a token
			return text.substring(0, token[1]) + " " + word + text.substring(token[1]);
		case 2: { // swap two neighbouring tokens
			int index = tokens.indexOf(token);
			if (index + 1 >= tokens.size()) {
				return text.substring(0, token[0]);
			}
			int[] next = tokens.get(index + 1);
			return text.substring(0, token[0]) + text.substring(next[0], next[1]) + text.substring(token[1], next[0]) + word
					+ text.substring(next[1]);
		}
		case 3: // truncate
			return text.substring(0, random.nextInt(text.length()));
		case 4: { // a huge number, or one of 30 digits
			StringBuilder digits = new StringBuilder(random.nextBoolean() ? "9223372036854775808" : "");
			while (digits.length() < 30) {
				digits.append(random.nextInt(10));
			}
			return text.substring(0, token[0]) + digits + text.substring(token[1]);
		}
		case 5: // a stray character or keyword
			return text.substring(0, token[0]) + STRAYS[random.nextInt(STRAYS.length)] + text.substring(token[0]);
		default: { // another token of the file in this place
			int[] other = tokens.get(random.nextInt(tokens.size()));
			return text.substring(0, token[0]) + text.substring(other[0], other[1]) + text.substring(token[1]);
		}
		}
	}

	@Test
	void tenThousandMutationsNeverThrow() throws IOException {
		Random random = new Random(SEED);
		List<Case> cases = cases();
		int validated = 0;
		for (int i = 0; i < MUTATIONS; i++) {
			Case c = cases.get(random.nextInt(cases.size()));
			int last = c.texts().size() - 1;
			String mutated = mutate(c.texts().get(last), random);
			if (random.nextInt(4) == 0) {
				mutated = mutate(mutated, random);
			}
			try {
				XtextResourceSet set = resourceSets.get();
				Resource resource = null;
				for (int f = 0; f <= last; f++) {
					resource = set.createResource(URI.createURI("fuzz:/" + c.names().get(f)));
					String text = f == last ? mutated : c.texts().get(f);
					resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
				}
				List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
				for (Issue issue : issues) {
					if (issue.getMessage() == null || issue.getMessage().contains("Error executing EValidator")) {
						fail("seed " + SEED + ", mutation " + i + " of " + c.name() + ": " + issue + "\n" + mutated);
					}
				}
				validated++;
			} catch (RuntimeException | StackOverflowError e) {
				throw new AssertionError("seed " + SEED + ", mutation " + i + " of " + c.name() + " threw " + e + "\n" + mutated, e);
			}
		}
		assertEquals(MUTATIONS, validated);
	}
}
