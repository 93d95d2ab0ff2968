package org.gpr.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gpr.gpr.Format;
import org.gpr.gpr.FormatSection;

/**
 * A format with everything it inherits: the sections and tables of the formats it extends, in
 * official order, with the changes of each extension applied.
 */
public final class EffectiveFormat {

	/** A section of the format and the tables it holds. */
	public static final class Section {
		private final FormatSection section;
		private final List<EffectiveTable> tables;

		Section(FormatSection section, List<EffectiveTable> tables) {
			this.section = section;
			this.tables = Collections.unmodifiableList(tables);
		}

		public FormatSection getSection() {
			return section;
		}

		public String getName() {
			return section.getName();
		}

		public String getLabel() {
			return section.getLabel();
		}

		public List<EffectiveTable> getTables() {
			return tables;
		}
	}

	private final Format format;
	private final List<Format> chain;
	private final boolean cyclic;
	private final List<Section> sections;
	private final Map<String, Section> sectionsByName = new LinkedHashMap<>();
	private final Map<String, EffectiveTable> tablesByName = new LinkedHashMap<>();

	EffectiveFormat(Format format, List<Format> chain, boolean cyclic, List<Section> sections) {
		this.format = format;
		this.chain = Collections.unmodifiableList(chain);
		this.cyclic = cyclic;
		this.sections = Collections.unmodifiableList(sections);
		for (Section section : sections) {
			sectionsByName.put(section.getName(), section);
			for (EffectiveTable table : section.getTables()) {
				tablesByName.put(table.getName(), table);
			}
		}
	}

	/** Values derived from this effective format alone (see {@link #memo}). */
	private final Memos memos = new Memos();

	/** A value derived from this format alone, computed once and kept as long as this object (see {@link Memos}). */
	public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
		return memos.get(key, compute);
	}

	public Format getFormat() {
		return format;
	}

	public String getName() {
		return format.getName();
	}

	/** The format and the formats it extends, the most basic first. */
	public List<Format> getChain() {
		return chain;
	}

	/** Whether following {@code extends} leads back to a format already seen. */
	public boolean isCyclic() {
		return cyclic;
	}

	public List<Section> getSections() {
		return sections;
	}

	public Section findSection(String name) {
		return sectionsByName.get(name);
	}

	public EffectiveTable findTable(String name) {
		return tablesByName.get(name);
	}

	public List<EffectiveTable> getTables() {
		return new ArrayList<>(tablesByName.values());
	}

	/** The first and last report year the format is for, from the nearest format that says. */
	public Integer getFromYear() {
		for (int i = chain.size() - 1; i >= 0; i--) {
			Integer year = parseYear(chain.get(i).getFromYear());
			if (year != null) {
				return year;
			}
		}
		return null;
	}

	public Integer getToYear() {
		for (int i = chain.size() - 1; i >= 0; i--) {
			Format f = chain.get(i);
			if (f.getFromYear() != null) {
				return f.getToYear() == null ? null : parseYear(f.getToYear());
			}
		}
		return null;
	}

	static Integer parseYear(String text) {
		if (text == null || text.length() > 4) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
