package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.format.BuiltinFormats;
import org.gpr.format.EffectiveTable;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Format;
import org.gpr.gpr.Report;
import org.gpr.ide.GprIdeSetup;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ide.editor.FormatLibraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Injector;

/**
 * The editor's document model keeps the shipped formats and the formats beside the document
 * parsed between parses (a format library), as long as their texts are unchanged: an edited
 * format takes effect on the next parse, and the snapshots made before keep what they had.
 */
@ExtendWith(ChineseLocale.class)
class FormatLibraryTest {

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new GprIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static final Path CUSTOMS = GprTestSupport.root().resolve("examples/customs-2020");

	private static final String REPORT = GprTestSupport.example("customs-2020/customs-2020.gpr");

	private static final String FORMAT = GprTestSupport.example("customs-2020/customs-format.gpr");

	private static URI uri(String name) {
		return URI.createFileURI(CUSTOMS.resolve(name).toString());
	}

	private static DocumentModel.Snapshot parse(String report, String format) {
		return injector.getInstance(DocumentModel.class).parse(uri("customs-2020.gpr"), report,
				Map.of(uri("customs-format.gpr"), format), CancelIndicator.NullImpl);
	}

	private static List<String> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> i.getLineNumber() + ": " + i.getMessage()).toList();
	}

	private static Report report(DocumentModel.Snapshot snapshot) {
		return (Report) snapshot.resource().getContents().get(0);
	}

	private static List<String> rowsOfTheApplicationsTable(DocumentModel.Snapshot snapshot) {
		EffectiveTable table = injector.getInstance(FormatModel.class).of(report(snapshot)).findTable("申请");
		return table.getAllRowNodes().stream().map(EffectiveTable.RowNode::getName).toList();
	}

	@Test
	void anEditedFormatTakesEffectOnTheNextParseAndEarlierSnapshotsKeepTheirs() {
		DocumentModel.Snapshot before = parse(REPORT, FORMAT);
		assertEquals(List.of(), errors(before.issues()));

		String edited = FORMAT.replace("逾期未补正 \"3.逾期未补正\"", "逾期未处理 \"3.逾期未补正\"");
		assertNotEquals(FORMAT, edited);
		DocumentModel.Snapshot after = parse(REPORT, edited);
		assertEquals(List.of("83: 格式 customs2020 的表“申请”中没有名为“逾期未补正”的行（是否应为“逾期未处理”？）",
				"59: 表“申请”缺少 1 行：逾期未处理（3.逾期未补正）"), errors(after.issues()));
		assertTrue(rowsOfTheApplicationsTable(after).contains("逾期未处理"));

		// the earlier snapshot still holds the format as it was, and checks as it did
		assertNotSame(report(before).getFormat(), report(after).getFormat());
		assertEquals(FORMAT.strip(), NodeModelUtils.getNode(report(before).getFormat()).getText().strip());
		assertTrue(rowsOfTheApplicationsTable(before).contains("逾期未补正"));
		assertTrue(!rowsOfTheApplicationsTable(before).contains("逾期未处理"));
		assertEquals(List.of(), errors(injector.getInstance(IResourceValidator.class).validate(before.resource(),
				CheckMode.ALL, CancelIndicator.NullImpl)));

		// and the format's first text again checks as at first
		assertEquals(List.of(), errors(parse(REPORT, FORMAT).issues()));
	}

	@Test
	void unchangedFormatTextsAreParsedOnceAndShared() {
		FormatLibraries libraries = injector.getInstance(FormatLibraries.class);
		DocumentModel.Snapshot first = parse(REPORT, new String(FORMAT));
		int built = libraries.built();
		DocumentModel.Snapshot second = parse(REPORT.replace("2020", "2020 "), new String(FORMAT));
		assertEquals(built, libraries.built());
		assertNotSame(first.resource(), second.resource());
		assertSame(report(first).getFormat(), report(second).getFormat());
		// the shipped format the project's format extends is shared too
		Format gov2019 = report(first).getFormat().getBase();
		assertEquals(BuiltinFormats.uri("gov2019"), gov2019.eResource().getURI());
		DocumentModel.Snapshot shipped = injector.getInstance(DocumentModel.class).parse(uri("other.gpr"),
				REPORT.replace("format customs2020", "format gov2019"), Map.of(), CancelIndicator.NullImpl);
		assertSame(gov2019, report(shipped).getFormat());

		// a changed text is parsed again
		parse(REPORT, FORMAT + "\n");
		assertEquals(built + 1, libraries.built());
	}

	@Test
	void aFormatThatExtendsTheDocumentIsParsedWithIt() {
		// 乙 links to the document, so it cannot be parsed apart from it: the cycle is still found
		for (int i = 0; i < 2; i++) {
			DocumentModel.Snapshot snapshot = injector.getInstance(DocumentModel.class).parse(uri("甲.gpr"),
					"format 甲 extends 乙 {\n}\n", Map.of(uri("乙.gpr"), "format 乙 extends 甲 {\n}\n"),
					CancelIndicator.NullImpl);
			assertEquals(List.of("1: 格式 甲 的继承关系构成循环：甲 → 乙 → 甲"), errors(snapshot.issues()));
		}
	}

	@Test
	void parsesInSeveralThreadsShareTheLibrary() throws Exception {
		String broken = REPORT.replace("撤销申请          52", "撤销申请          53");
		List<String> brokenErrors = errors(parse(broken, FORMAT).issues());
		assertNotEquals(List.of(), brokenErrors);
		Format format = report(parse(REPORT, FORMAT)).getFormat();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<DocumentModel.Snapshot>> parses = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String report = i % 2 == 0 ? REPORT : broken;
				parses.add(threads.submit(() -> parse(report, FORMAT)));
			}
			for (int i = 0; i < parses.size(); i++) {
				DocumentModel.Snapshot snapshot = parses.get(i).get(60, TimeUnit.SECONDS);
				assertSame(format, report(snapshot).getFormat());
				assertEquals(i % 2 == 0 ? List.of() : brokenErrors, errors(snapshot.issues()));
			}
		} finally {
			threads.shutdownNow();
		}
	}
}
