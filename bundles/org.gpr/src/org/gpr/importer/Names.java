package org.gpr.importer;

import java.util.Set;

/** Names for rows and formats the importer creates, made from labels and file names. */
public final class Names {

	/** The words of the gpr language, which cannot be names. */
	private static final Set<String> KEYWORDS = Set.of("format", "extends", "notice", "years", "to", "section", "extend",
			"table", "corner", "header", "columns", "group", "count", "signed", "money", "unit", "total", "rows", "rules",
			"error", "warning", "rule", "for", "each", "column", "row", "previous", "add", "after", "before", "in",
			"replace", "with", "remove", "relabel", "report", "year", "title", "contact", "heading", "paragraph", "list",
			"item", "percent",
			// review rules, the report's header, acceptances and changes (issue 13)
			"deadline", "leftover", "instruction", "placeholder", "mention", "when", "words", "none", "allowed", "power",
			"cells", "only", "at", "magnitude", "cell", "below", "department", "government", "township", "other",
			"national", "province", "city", "county", "published", "body", "accept", "change", "from");

	private Names() {
	}

	/** A row name from a label: no ordinal, the words before the first comma or bracket. */
	public static String fromLabel(String label, Set<String> taken) {
		String normalized = LabelMatcher.normalize(label);
		String text = normalized.substring(LabelMatcher.ordinal(normalized).length());
		String[] parts = text.split("[,、;:(（]", 2);
		String core = LabelMatcher.loose(parts[0]);
		if (core.isEmpty()) {
			core = LabelMatcher.loose(text);
		}
		return unique(identifier(core, "行"), taken);
	}

	/** A format name from a file's base name. */
	public static String forFormat(String base) {
		String id = identifier(base.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", ""), "格式");
		return KEYWORDS.contains(id) ? id + "_format" : id;
	}

	private static String identifier(String text, String prefix) {
		StringBuilder b = new StringBuilder();
		text.codePoints().filter(c -> isStart(c) || (c >= '0' && c <= '9') || c == '_').forEach(b::appendCodePoint);
		String id = b.toString();
		if (id.isEmpty() || !isStart(id.codePointAt(0))) {
			id = prefix + id;
		}
		return KEYWORDS.contains(id) ? id + "_" : id;
	}

	private static boolean isStart(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x3400 && c <= 0x4DBF)
				|| (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
	}

	private static String unique(String name, Set<String> taken) {
		String result = name;
		for (int i = 2; taken.contains(result); i++) {
			result = name + i;
		}
		taken.add(result);
		return result;
	}
}
