package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gpr.eval.Check;
import org.gpr.eval.Derivation;
import org.gpr.eval.Evaluation;
import org.gpr.eval.Evaluator;
import org.gpr.eval.Operand;
import org.gpr.gpr.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The evaluator alone: which checks it makes, what they compute, and which cell it blames. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
class EvaluatorTest {

	@Inject
	private GprTestSupport support;
	@Inject
	private Evaluator evaluator;

	private Evaluation evaluate(String from, String to) {
		String text = GprTestSupport.minimal2019();
		assertTrue(text.contains(from), from);
		return evaluator.evaluate((Report) support.parse(text.replace(from, to)));
	}

	private static String where(Operand operand) {
		return operand.row().getName() + "/" + operand.column().getName();
	}

	@Test
	void everyRuleIsEvaluatedInEveryColumnOrRow() {
		Evaluation evaluation = evaluator.evaluate((Report) support.parse(GprTestSupport.minimal2019()));
		List<Check> checks = evaluation.getChecks();
		// 申请: 3 column rules × 7 columns + 1 row rule × 23 rows; 复议诉讼: 3 row rules × 1 row;
		// 第一项: 2 row rules × 2 rows; 第五项 2 rows, 第六项 2 rows, 第八项 1 row: one cross-year rule each
		assertEquals(3 * 7 + 23 + 3 + 2 * 2 + 2 + 2 + 1, checks.size());
		assertEquals(List.of(), evaluation.broken());
		// with no previous report, the cross-year rules are skipped, not failed
		long skipped = checks.stream().filter(c -> c.getStatus() == Check.Status.SKIPPED).count();
		assertEquals(7 + 2 + 2 + 1, skipped);
	}

	@Test
	void aWrongLeafIsBlamedWhereItsRowAndColumnRulesMeet() {
		Evaluation evaluation = evaluate("    予以公开 3 1 0 0 0 0 | 4", "    予以公开 3 2 0 0 0 0 | 4");
		List<Check> broken = evaluation.broken();
		assertEquals(2, broken.size());
		for (Check check : broken) {
			assertEquals("予以公开/商业企业", where(check.getCulprit()));
			assertEquals(new BigDecimal("1"), check.getExpected());
		}
	}

	@Test
	void aWrongTotalIsBlamedOnTheTotal() {
		Evaluation evaluation = evaluate("    总计 5 1 0 0 0 0 | 6", "    总计 5 1 0 0 0 0 | 9");
		List<Check> broken = evaluation.broken();
		assertEquals(3, broken.size());
		for (Check check : broken) {
			assertEquals("总计/总计", where(check.getCulprit()));
			assertEquals(new BigDecimal("6"), check.getExpected());
			assertEquals(new BigDecimal("9"), check.getCulprit().value().value());
		}
	}

	@Test
	void partsAgreeingWithEachOtherButNotWithTheTotalBlameTheTotal() {
		Evaluation evaluation = evaluate("    件数 1 0 0 0 1 |", "    件数 1 1 0 0 1 |");
		Check check = evaluation.broken().get(0);
		assertEquals(1, evaluation.broken().size());
		assertEquals("件数/复议总计", where(check.getCulprit()));
		assertEquals(new BigDecimal("2"), check.getExpected());
		assertEquals(new BigDecimal("2"), check.getRight());
		assertEquals(new BigDecimal("1"), check.getLeft());
	}

	@Test
	void aBlankTheIdentitiesDetermineTakesThatValue() {
		Evaluation evaluation = evaluate("    予以公开 3 1 0 0 0 0 | 4", "    予以公开 3 _ 0 0 0 0 | 4");
		assertEquals(1, evaluation.derivations().size());
		Derivation derivation = evaluation.derivations().iterator().next();
		assertEquals(new BigDecimal("1"), derivation.value());
		assertEquals("办理结果总计", derivation.check().getRule().getName());
		assertEquals(List.of(), evaluation.broken());
		assertTrue(evaluation.getData().value("申请", "予以公开", "商业企业").isDerived());
	}

	@Test
	void aBlankTheIdentitiesLeaveOpenCountsAsZero() {
		// four blanks in two rows and two columns whose totals leave room: every identity through them has two unknowns
		String text = GprTestSupport.minimal2019().replace("    总计 5 1 0 0 0 0 | 6", "    总计 5 1 1 0 0 0 | 7");
		Evaluation evaluation = evaluator.evaluate((Report) support.parse(text.replace(
				"    予以公开 3 1 0 0 0 0 | 4\n    部分公开 0 0 0 0 0 0 | 0", "    予以公开 3 _ _ 0 0 0 | 4\n    部分公开 0 _ _ 0 0 0 | 1")));
		assertEquals(List.of(), List.copyOf(evaluation.derivations()));
		List<Check> withBlank = evaluation.getChecks().stream().filter(c -> !c.blanks().isEmpty()).toList();
		assertEquals(4, withBlank.size(), withBlank::toString);
		Check row = withBlank.stream().filter(c -> c.getRule().getName().equals("申请人总计") && c.isBroken()).findFirst()
				.orElseThrow();
		// 4 = 3 + 0 + 0: the blanks count as 0 and the row does not add up
		assertEquals(new BigDecimal("4"), row.getLeft());
		assertEquals(new BigDecimal("3"), row.getRight());
	}

	@Test
	void notApplicableSkipsTheRule() {
		Evaluation evaluation = evaluate("    予以公开 3 1 0 0 0 0 | 4", "    予以公开 3 / 0 0 0 0 | 4");
		assertEquals(List.of(), evaluation.broken());
		assertEquals(2, evaluation.getChecks().stream()
				.filter(c -> c.getStatus() == Check.Status.SKIPPED && !c.isCrossYear()).count());
	}

	@Test
	void inequalitiesHaveNoExpectedValue() {
		Evaluation evaluation = evaluate("    规章 1 1 10", "    规章 1 2 1");
		List<Check> broken = evaluation.broken();
		assertEquals(2, broken.size());
		assertTrue(broken.stream().noneMatch(Check::isError));
		for (Check check : broken) {
			assertNull(check.getExpected());
		}
	}

	@Test
	void hugeNumbersAreExact() {
		String big = "123456789012345678901234567890";
		Evaluation evaluation = evaluate("    新收 5 1 0 0 0 0 | 6", "    新收 " + big + " 1 0 0 0 0 | 6");
		Check check = evaluation.broken().stream().filter(c -> c.getRule().getName().equals("申请人总计")).findFirst()
				.orElseThrow();
		assertEquals(new BigDecimal(big).add(BigDecimal.ONE), check.getRight());
	}
}
