package org.gpr.publish;

import java.util.List;

/**
 * The faces of an official document (GB/T 9704-2012) and the font files that give each: the
 * official font first (found on the author's machine), then free TrueType fonts whose licences allow
 * embedding (Debian's fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei, fonts-droid-fallback).
 * A candidate is a file name (lower case) and, for a collection (.ttc), the family of the face.
 */
public enum FontRole {
	/** 标题：二号方正小标宋简体 (or 黑体). */
	TITLE("方正小标宋简体", List.of(
			c("fzxbsjw.ttf"), c("方正小标宋简体.ttf"), c("fzxbsk.ttf"), c("方正小标宋_gbk.ttf"), c("fzxiaobiaosong-b05s.ttf"),
			c("simhei.ttf"), c("黑体.ttf"),
			c("wqy-zenhei.ttc", "WenQuanYi Zen Hei"), c("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
			c("droidsansfallbackfull.ttf"), c("droidsansfallback.ttf"))),
	/** 一级标题：黑体. */
	HEI("黑体", List.of(
			c("simhei.ttf"), c("黑体.ttf"),
			c("wqy-zenhei.ttc", "WenQuanYi Zen Hei"), c("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
			c("droidsansfallbackfull.ttf"), c("droidsansfallback.ttf"))),
	/** 二级标题：楷体_GB2312. */
	KAI("楷体_GB2312", List.of(
			c("kaiti_gb2312.ttf"), c("楷体_gb2312.ttf"), c("simkai.ttf"), c("楷体.ttf"),
			c("ukai.ttc", "AR PL UKai CN"), c("uming.ttc", "AR PL UMing CN"),
			c("droidsansfallbackfull.ttf"), c("droidsansfallback.ttf"))),
	/** 正文：三号仿宋_GB2312. */
	FANG("仿宋_GB2312", List.of(
			c("fangsong_gb2312.ttf"), c("仿宋_gb2312.ttf"), c("simfang.ttf"), c("仿宋.ttf"),
			c("uming.ttc", "AR PL UMing CN"),
			c("droidsansfallbackfull.ttf"), c("droidsansfallback.ttf"))),
	/** What no face of the others has (×, ≤, ①, Latin letters): the first that has it. */
	FALLBACK("", List.of(
			c("dejavuserif.ttf"), c("droidsansfallbackfull.ttf"), c("droidsansfallback.ttf"),
			c("wqy-zenhei.ttc", "WenQuanYi Zen Hei"), c("uming.ttc", "AR PL UMing CN"), c("dejavusans.ttf")));

	/** A font file name (lower case) and, in a collection, the family of the face. */
	public record Candidate(String file, String family) {
	}

	private final String officialName;
	private final List<Candidate> candidates;

	FontRole(String officialName, List<Candidate> candidates) {
		this.officialName = officialName;
		this.candidates = candidates;
	}

	private static Candidate c(String file) {
		return new Candidate(file, null);
	}

	private static Candidate c(String file, String family) {
		return new Candidate(file, family);
	}

	private static final java.util.Set<String> FREE = java.util.Set.of("wqy-zenhei.ttc", "wqy-microhei.ttc",
			"droidsansfallbackfull.ttf", "droidsansfallback.ttf", "ukai.ttc", "uming.ttc", "dejavuserif.ttf", "dejavusans.ttf");

	/** Whether the font file is one of the free substitutes (Debian's packages), not an official font. */
	public static boolean isFree(String lowerCaseFileName) {
		return FREE.contains(lowerCaseFileName);
	}

	/** The name of the official font of the role, as a Word document names it. */
	public String officialName() {
		return officialName;
	}

	public List<Candidate> candidates() {
		return candidates;
	}

	/** The CSS family the PDF's style sheet uses for the role. */
	public String cssFamily() {
		return "gpr-" + name().toLowerCase(java.util.Locale.ROOT);
	}
}
