package org.gpr.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text of a narrative section as headings ("（一）全面落实主动公开法定要求。"), numbered
 * lists (lines "1.", "2.", … become the items, numbers dropped) and paragraphs.
 */
public final class NarrativeReader {

	/** A piece of narrative before its statements are audited. */
	public record Piece(ImportedReport.Narrative.Kind kind, List<String> texts, List<Integer> lines) {
	}

	private static final Pattern HEADING = Pattern.compile("^[(（][一二三四五六七八九十]+[)）].{1,30}$");
	private static final Pattern ITEM = Pattern.compile("^\\d{1,2}\\s*[.．、]\\s*");

	public List<Piece> read(List<SourceDocument.Block> blocks, ImportedReport report) {
		List<Piece> pieces = new ArrayList<>();
		Piece list = null;
		for (SourceDocument.Block block : blocks) {
			List<SourceDocument.Line> lines = new ArrayList<>();
			if (block instanceof SourceDocument.Line line) {
				lines.add(line);
			} else if (block instanceof SourceDocument.Grid grid) {
				report.warn(grid.line(), ImportMessages.get("import.tableInNarrative"));
				for (List<SourceDocument.GridCell> row : grid.rows()) {
					List<String> texts = SourceDocument.Grid.texts(row);
					if (!texts.isEmpty()) {
						lines.add(new SourceDocument.Line(String.join(" ", texts), grid.line()));
					}
				}
			}
			for (SourceDocument.Line line : lines) {
				String text = line.text();
				if (ITEM.matcher(text).find() && !text.matches("^\\d{4}.*")) {
					if (list == null) {
						list = new Piece(ImportedReport.Narrative.Kind.LIST, new ArrayList<>(), new ArrayList<>());
						pieces.add(list);
					}
					list.texts().add(ITEM.matcher(text).replaceFirst(""));
					list.lines().add(line.line());
					continue;
				}
				list = null;
				int stop = text.indexOf('。');
				boolean heading = HEADING.matcher(text).matches() && (stop < 0 || stop == text.length() - 1);
				pieces.add(new Piece(heading ? ImportedReport.Narrative.Kind.HEADING : ImportedReport.Narrative.Kind.PARAGRAPH,
						List.of(text), List.of(line.line())));
			}
		}
		return pieces;
	}
}
