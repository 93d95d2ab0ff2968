package org.gpr.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When a published report was published, as its page says: the 公开日期 / 发布日期 / 发布时间 of the
 * page's metadata block or table (索引号 … 公开日期), else the date in the page's {@code <meta>}
 * tags that content systems write (PubDate, publishdate, firstpublishedtime,
 * article:published_time). 成文日期 is the date the text was signed, not published, and is not
 * taken. Written as {@code published YYYY-MM-DD}.
 */
final class PublicationDate {

	private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
	/** A label of the page's metadata that dates the publication, with the date after it in the same text. */
	private static final Pattern LABELLED = Pattern.compile("(?:公开日期|发布日期|发布时间|公开时间|发布于|^时间)\\s*[:：]?\\s*"
			+ DATE.pattern());
	/**
	 * A portal's 来源/时间 line, the two run together ("来源：平潭综合实验区自然资源与生态环境局时间：2025-01-27 22:43"
	 * on a real page whose meta tags are not kept).
	 */
	private static final Pattern SOURCE_AND_TIME = Pattern.compile("^来源\\s*[:：][^:：]{0,60}?时间\\s*[:：]\\s*" + DATE.pattern());
	private static final Pattern LABEL_ONLY = Pattern.compile("^\\s*(?:公开日期|发布日期|发布时间|公开时间)\\s*[:：]?\\s*$");
	private static final Set<String> META_NAMES = Set.of("pubdate", "publishdate", "firstpublishedtime", "published",
			"publishtime", "article:published_time", "dcterms.issued");

	private PublicationDate() {
	}

	/** The date a labelled text of the page states ("发布日期：2020-01-31", "时间：2024-03-08 15:34"), or null. */
	static String ofText(String text) {
		String stripped = TextReader.strip(text);
		Matcher m = LABELLED.matcher(stripped);
		if (m.find()) {
			return date(m);
		}
		m = SOURCE_AND_TIME.matcher(stripped);
		return m.find() ? date(m) : null;
	}

	/** The date of a metadata table's row: a cell 公开日期 and the date in the next cell, or one cell with both. */
	static String ofRow(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			String labelled = ofText(cells.get(i));
			if (labelled != null) {
				return labelled;
			}
			if (LABEL_ONLY.matcher(cells.get(i)).matches() && i + 1 < cells.size()) {
				Matcher m = DATE.matcher(cells.get(i + 1));
				if (m.find()) {
					return date(m);
				}
			}
		}
		return null;
	}

	/** The publication date of the page's meta tags, or null. */
	static String ofMeta(Document document) {
		for (Element meta : document.select("meta[name], meta[property]")) {
			String name = (meta.hasAttr("name") ? meta.attr("name") : meta.attr("property")).trim().toLowerCase(Locale.ROOT);
			if (META_NAMES.contains(name)) {
				Matcher m = DATE.matcher(meta.attr("content"));
				if (m.find()) {
					String date = date(m);
					if (date != null) {
						return date;
					}
				}
			}
		}
		return null;
	}

	private static String date(Matcher m) {
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
		} catch (DateTimeException | NumberFormatException e) {
			return null;
		}
	}
}
