package org.gpr.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gpr.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Word tables of a 2021-format report hold the labels of the 2021 template as circulated to
 * bodies (../shared/corpus/template-2021-blank.docx, read in place; skipped when absent), in the
 * same order: the header and row labels of table 三 and of table 四.
 */
class TemplateTest {

	private static Path template() {
		// ../shared/corpus beside the project (CI), or further up (a worktree of the project)
		for (Path dir = Run.root().getParent(); dir != null; dir = dir.getParent()) {
			Path template = dir.resolve("shared/corpus/template-2021-blank.docx");
			if (Files.isRegularFile(template)) {
				return template;
			}
		}
		Assumptions.abort("the corpus (../shared/corpus/template-2021-blank.docx) is not beside the project");
		return null;
	}

	/** The texts of the cells that are not numbers or blank, whitespace removed, row by row. */
	private static List<String> labels(XWPFTable table) {
		List<String> labels = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				String text = cell.getText().replaceAll("[\\s\u3000]", "");
				if (!text.isEmpty() && !text.matches("-?[0-9.]+(万元|元)?|/")) {
					labels.add(text);
				}
			}
		}
		return labels;
	}

	private static XWPFTable containing(XWPFDocument doc, String text) {
		return doc.getTables().stream().filter(t -> t.getText().contains(text)).findFirst().orElseThrow();
	}

	@Test
	void tablesThreeAndFourHoldTheTemplatesLabels() throws IOException {
		Path template = template();
		Path out = Files.createTempDirectory("gpr-template");
		Run run = Run.gpr(Run.root(), "generate", "examples/synthetic-2021", "--out", out.toString(), "--formats", "docx");
		assertEquals(Main.OK, run.exit, run.toString());
		try (XWPFDocument ours = Run.docx(out.resolve("synthetic-2021.docx")); XWPFDocument theirs = Run.docx(template)) {
			assertEquals(labels(containing(theirs, "申请人情况")), labels(containing(ours, "申请人情况")), "table 三");
			assertEquals(labels(containing(theirs, "未经复议直接起诉")), labels(containing(ours, "未经复议直接起诉")), "table 四");
		}
	}
}
