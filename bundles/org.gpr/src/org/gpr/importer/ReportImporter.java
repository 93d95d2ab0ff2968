package org.gpr.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gpr.eval.Evaluator;
import org.gpr.format.BuiltinFormats;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.FormatModel;
import org.gpr.gpr.Format;
import org.gpr.gpr.Report;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Imports one published report (a web page, or text scraped from one): finds its title, body
 * and year, chooses the official format (gov2019 for 2019–2020, gov2021 from 2021, confirmed by
 * the labels), splits the page into the format's sections, reads the tables
 * ({@link TableReader}, {@link TableMatcher}) and the narrative ({@link NarrativeReader},
 * {@link NarrativeAuditor}). The result is written by {@link GprWriter}.
 */
public class ReportImporter {

	/** Reports are tens of kilobytes; a page with its scripts a few hundred. */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?度?");
	private static final Pattern FOOTER = Pattern.compile("^(报告下载|附件下载|浏览次数|打印本页|【打印|打印\\s*关闭|关闭窗口|【关闭|版权所有"
			+ "|主办单位|承办单位|网站标识码|京公网安备|网站地图|关于我们|分享到|扫一扫|相关链接|上一篇|下一篇|您接下来访问的内容)|版权所有|ICP备|公网安备");
	private static final Pattern PAGE_INFO = Pattern.compile("^(发布时间|发布日期|公开日期|时间[:：]|来源|信息来源|文章来源|作者|字号|【字体|索引号|发文机关|浏览次数|点击数"
			+ "|全真版|文字版|文件下载$)");
	private static final List<String> MARKERS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
			"采购项目数量", "政府集中采购");
	private static final List<String> MARKERS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额",
			"本年处理决定数量", "逾期不补正", "逾期未按收费通知要求缴纳费用");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private FormatModel formats;

	@Inject
	private Evaluator evaluator;

	private DocumentReaders readers;

	/** Reads PDF and Word files with these readers (by default those {@link DocumentReaders#loaded()} finds). */
	public void setReaders(DocumentReaders readers) {
		this.readers = readers;
	}

	private DocumentReaders readers() {
		if (readers == null) {
			readers = DocumentReaders.loaded();
		}
		return readers;
	}

	/**
	 * @param display the file's name as the user should see it
	 * @param base the name the output files are made from (the file name without its extension)
	 */
	public ImportedReport read(Path file, String display, String base) throws ImportException {
		return read(file, display, base, null);
	}

	/** A resource set for {@link #read(Path, String, String, XtextResourceSet)} over many files. */
	public XtextResourceSet sharedResourceSet() {
		return resourceSets.get();
	}

	/**
	 * Reads a report with a resource set that already holds the shipped formats (so that a batch of
	 * imports parses them once, not once per file); the report's own resources are taken out of it
	 * again when the import is done. Null: a resource set of its own.
	 */
	public ImportedReport read(Path file, String display, String base, XtextResourceSet shared) throws ImportException {
		byte[] bytes;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new ImportException(ImportMessages.get("import.tooLarge", display, MAX_BYTES / (1024 * 1024)));
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ImportException(ImportMessages.get("import.unreadable", display, e.getMessage()));
		}
		if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
			throw new ImportException(ImportMessages.get("import.empty", display));
		}
		String name = file.getFileName().toString();
		DocumentReader reader = readers().find(name, bytes);
		if (reader != null) {
			return assemble(reader.read(bytes, display), display, base, shared);
		}
		String kind = DocumentReaders.documentKind(name, bytes);
		if (kind != null) {
			throw new ImportException(ImportMessages.get("import.noReader", display, kind));
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new ImportException(ImportMessages.get("import.binary", display));
			}
		}
		SourceDocument document = isHtml(file, bytes) ? new HtmlReader().read(bytes, display)
				: new TextReader().read(decode(bytes, display));
		return assemble(document, display, base, shared);
	}

	/**
	 * Reads last year's report for {@code gpr import --previous}: a {@code .gpr} report is parsed
	 * (with the other {@code .gpr} files of its folder, which hold its format when it is not a
	 * shipped one) and its tables evaluated; any other file is imported as {@link #read} imports it.
	 *
	 * @throws ImportException when it cannot be read, or is no report
	 */
	public PreviousReport previous(Path file, String display, String base) throws ImportException {
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpr")) {
			ImportedReport imported = read(file, display, base);
			return new PreviousReport(imported.body, imported.year, imported.values::get, imported, null);
		}
		Path absolute = file.toAbsolutePath().normalize();
		XtextResourceSet resourceSet = resourceSets.get();
		BuiltinFormats.load(resourceSet);
		Resource resource;
		try {
			if (Files.size(absolute) > MAX_BYTES) {
				throw new ImportException(ImportMessages.get("import.tooLarge", display, MAX_BYTES / (1024 * 1024)));
			}
			try (java.util.stream.Stream<Path> files = Files.list(absolute.getParent())) {
				for (Path sibling : files.filter(p -> p.getFileName().toString().endsWith(".gpr") && !p.equals(absolute)
						&& Files.isRegularFile(p)).sorted().toList()) {
					if (Files.size(sibling) <= MAX_BYTES) {
						resourceSet.getResource(URI.createFileURI(sibling.toString()), true);
					}
				}
			}
			resource = resourceSet.getResource(URI.createFileURI(absolute.toString()), true);
		} catch (IOException | RuntimeException e) {
			throw new ImportException(ImportMessages.get("import.previous.unreadable", display,
					e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0]));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)
				|| !resource.getErrors().isEmpty() || report.getYear() == null || !report.getYear().matches("\\d{4}")) {
			throw new ImportException(ImportMessages.get("import.previous.notReport", display));
		}
		ImportedTables tables;
		try {
			tables = ImportedTables.of(report, evaluator);
		} catch (RuntimeException e) {
			throw new ImportException(ImportMessages.get("import.previous.notReport", display));
		}
		return new PreviousReport(report.getBody(), Integer.parseInt(report.getYear()), expression -> {
			ImportedTables.Value value = tables.value(expression);
			return value == null ? null : value.number();
		}, null, absolute);
	}

	static boolean isHtml(Path file, byte[] bytes) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
			return true;
		}
		if (name.endsWith(".txt")) {
			return false;
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1).trim()
				.toLowerCase(Locale.ROOT);
		return head.startsWith("<") && (head.contains("<html") || head.contains("<!doctype") || head.contains("<table")
				|| head.contains("<body") || head.contains("<div") || head.contains("<p"));
	}

	private static String decode(byte[] bytes, String display) throws ImportException {
		for (Charset charset : new Charset[] { StandardCharsets.UTF_8, Charset.forName("GB18030") }) {
			try {
				String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				return text.startsWith("\uFEFF") ? text.substring(1) : text;
			} catch (CharacterCodingException e) {
				// try the next
			}
		}
		throw new ImportException(ImportMessages.get("import.encoding", display));
	}

	ImportedReport assemble(SourceDocument document, String display, String base) throws ImportException {
		return assemble(document, display, base, null);
	}

	private ImportedReport assemble(SourceDocument document, String display, String base, XtextResourceSet shared)
			throws ImportException {
		XtextResourceSet resourceSet = shared != null ? shared : resourceSets.get();
		try {
			return assembleIn(document, display, base, resourceSet);
		} finally {
			if (shared != null) {
				// keep the shipped formats for the next import, drop this report's resources
				shared.getResources().removeIf(r -> !BuiltinFormats.SCHEME.equals(r.getURI().scheme()));
			}
		}
	}

	private ImportedReport assembleIn(SourceDocument document, String display, String base, XtextResourceSet resourceSet)
			throws ImportException {
		List<SourceDocument.Block> blocks = document.blocks();
		ImportedReport report = new ImportedReport();
		report.source = display;
		report.places = document.places();
		int titleIndex = findTitle(blocks);
		if (titleIndex < 0) {
			throw new ImportException(ImportMessages.get("import.notReport.title", display));
		}
		String titleLine = ((SourceDocument.Line) blocks.get(titleIndex)).text();
		report.title = cleanTitle(titleLine);
		Matcher year = YEAR.matcher(report.title);
		year.find();
		report.year = Integer.parseInt(year.group(1));
		report.body = body(report.title, year);
		if (report.body.isEmpty() && titleIndex > 0 && blocks.get(titleIndex - 1) instanceof SourceDocument.Line above
				&& isBodyLine(above.text())) {
			// a title set on two lines: the body's name above "2024年政府信息公开工作年度报告"
			report.body = TextReader.strip(above.text());
			report.title = report.body + report.title;
			titleLine = above.text() + titleLine;
			blocks = new ArrayList<>(blocks);
			blocks.remove(titleIndex - 1);
			titleIndex--;
		}
		if (report.body.isEmpty()) {
			report.body = base;
		}
		report.baseFormat = chooseFormat(report, blocks);
		report.format = report.baseFormat;

		Format format = BuiltinFormats.load(resourceSet, report.baseFormat);
		EffectiveFormat effective = formats.of(format);

		// split the page into the format's sections
		List<EffectiveFormat.Section> sections = effective.getSections();
		int[] starts = new int[sections.size()];
		java.util.Arrays.fill(starts, -1);
		int next = 0;
		for (int i = titleIndex + 1; i < blocks.size() && next < sections.size(); i++) {
			if (blocks.get(i) instanceof SourceDocument.Line line) {
				for (int s = next; s < sections.size(); s++) {
					if (LabelMatcher.isSection(line.text(), sections.get(s).getLabel())) {
						starts[s] = i;
						next = s + 1;
						break;
					}
				}
			}
		}
		// a section whose heading was not found: a heading between its neighbours that names it in
		// other closing words ("五、存在的主要问题及整改措施") or under another number, read as it with a warning
		for (int s = 0; s < sections.size(); s++) {
			if (starts[s] >= 0) {
				continue;
			}
			int from = titleIndex + 1;
			for (int t = s - 1; t >= 0; t--) {
				if (starts[t] >= 0) {
					from = starts[t] + 1;
					break;
				}
			}
			int to = blocks.size();
			for (int t = s + 1; t < sections.size(); t++) {
				if (starts[t] >= 0) {
					to = starts[t];
					break;
				}
			}
			for (int i = from; i < to; i++) {
				if (blocks.get(i) instanceof SourceDocument.Line line) {
					String key = LabelMatcher.isSimilarSection(line.text(), sections.get(s).getLabel()) ? "import.similarSection"
							: LabelMatcher.isRenumberedSection(line.text(), sections.get(s).getLabel()) ? "import.renumberedSection" : null;
					if (key != null) {
						starts[s] = i;
						report.warn(line.line(), ImportMessages.get(key, TextReader.strip(line.text()), sections.get(s).getLabel()));
						break;
					}
				}
			}
		}
		// a part of text only whose heading is missing altogether, after a part of tables: the text after
		// that part's last table ("（一）主要问题 …" right after table 四) is read as it, with a warning
		for (int s = 1; s < sections.size(); s++) {
			if (starts[s] >= 0 || starts[s - 1] < 0 || !sections.get(s).getTables().isEmpty()
					|| sections.get(s - 1).getTables().isEmpty()) {
				continue;
			}
			int to = blocks.size();
			for (int t = s + 1; t < sections.size(); t++) {
				if (starts[t] >= 0) {
					to = starts[t];
					break;
				}
			}
			int lastGrid = -1;
			for (int i = starts[s - 1] + 1; i < to; i++) {
				if (blocks.get(i) instanceof SourceDocument.Grid) {
					lastGrid = i;
				}
			}
			if (lastGrid < 0 || lastGrid + 1 >= to || !(blocks.get(lastGrid + 1) instanceof SourceDocument.Line after)) {
				continue;
			}
			blocks = new ArrayList<>(blocks);
			blocks.add(lastGrid + 1, new SourceDocument.Line(sections.get(s).getLabel(), after.line()));
			for (int t = 0; t < sections.size(); t++) {
				if (starts[t] > lastGrid) {
					starts[t]++;
				}
			}
			starts[s] = lastGrid + 1;
			report.warn(after.line(), ImportMessages.get("import.untitledSection", sections.get(s).getLabel(),
					sections.get(s - 1).getLabel()));
		}
		long found = java.util.Arrays.stream(starts).filter(s -> s >= 0).count();
		if (found < 2) {
			throw new ImportException(ImportMessages.get("import.notReport.sections", display));
		}
		for (int i = 0; i < titleIndex; i++) {
			String text = text(blocks.get(i));
			if (!text.equals(titleLine) && !text.equals(report.title)) {
				outside(report, blocks.get(i).line(), text);
			}
		}
		int firstStart = java.util.Arrays.stream(starts).filter(s -> s >= 0).min().orElse(blocks.size());
		report.published = published(blocks, firstStart, document.published());
		List<String> preamble = new ArrayList<>();
		for (int i = titleIndex + 1; i < firstStart; i++) {
			String text = text(blocks.get(i));
			if (PAGE_INFO.matcher(text).find() || text.equals(titleLine) || text.equals(report.title)) {
				outside(report, blocks.get(i).line(), text);
			} else {
				preamble.add(text);
			}
		}
		if (!preamble.isEmpty()) {
			report.contact = List.of(ImportedReport.Part.literal(String.join("\n", preamble)));
		}
		List<List<SourceDocument.Block>> contents = new ArrayList<>();
		for (int s = 0; s < sections.size(); s++) {
			List<SourceDocument.Block> content = new ArrayList<>();
			if (starts[s] >= 0) {
				int end = blocks.size();
				for (int t = s + 1; t < sections.size(); t++) {
					if (starts[t] >= 0) {
						end = starts[t];
						break;
					}
				}
				content.addAll(blocks.subList(starts[s] + 1, end));
			}
			contents.add(content);
		}
		// the page after the report: its footer
		List<SourceDocument.Block> last = contents.get(sections.size() - 1);
		for (int s = sections.size() - 1; s >= 0; s--) {
			if (starts[s] >= 0) {
				last = contents.get(s);
				break;
			}
		}
		for (int i = 0; i < last.size(); i++) {
			if (last.get(i) instanceof SourceDocument.Line line && FOOTER.matcher(line.text()).find()) {
				for (SourceDocument.Block block : last.subList(i, last.size())) {
					outside(report, block.line(), text(block));
				}
				last.subList(i, last.size()).clear();
				break;
			}
		}
		if (!report.outside.isEmpty()) {
			report.warn(report.outsideLine, ImportMessages.get("import.outside", report.outside.size()));
		}

		for (int s = 0; s < sections.size(); s++) {
			EffectiveFormat.Section section = sections.get(s);
			report.sections.add(new ImportedReport.Section(section.getName(), section.getLabel()));
			if (starts[s] < 0) {
				report.warn(0, ImportMessages.get("import.missingSection", section.getLabel()));
			}
		}
		TableMatcher matcher = new TableMatcher(report);
		for (int s = 0; s < sections.size(); s++) {
			EffectiveFormat.Section section = sections.get(s);
			if (!section.getTables().isEmpty()) {
				List<TableReader.Item> items = new TableReader(section.getTables()).read(contents.get(s));
				matcher.match(section, items, report.sections.get(s));
			}
		}
		if (report.needsExtension()) {
			report.format = Names.forFormat(base);
		}
		NarrativeAuditor auditor = new NarrativeAuditor(report, ImportedTables.of(report, resourceSet, evaluator));
		NarrativeReader narratives = new NarrativeReader();
		for (int s = 0; s < sections.size(); s++) {
			if (sections.get(s).getTables().isEmpty()) {
				for (NarrativeReader.Piece piece : narratives.read(contents.get(s), report)) {
					List<List<ImportedReport.Part>> texts = new ArrayList<>();
					for (int i = 0; i < piece.texts().size(); i++) {
						texts.add(auditor.audit(piece.texts().get(i), piece.lines().get(i)));
					}
					report.sections.get(s).items.add(new ImportedReport.Narrative(piece.kind(), texts));
				}
			}
		}
		return report;
	}

	private static String text(SourceDocument.Block block) {
		if (block instanceof SourceDocument.Line line) {
			return line.text();
		}
		List<String> rows = new ArrayList<>();
		for (List<SourceDocument.GridCell> row : ((SourceDocument.Grid) block).rows()) {
			rows.add(String.join(" | ", SourceDocument.Grid.texts(row)));
		}
		return String.join(" / ", rows);
	}

	/**
	 * The publication date the page states before the report's first section (its metadata block or
	 * table: 公开日期, 发布日期, 发布时间), else the one of its meta tags, else null.
	 */
	private static String published(List<SourceDocument.Block> blocks, int end, String meta) {
		for (int i = 0; i < end && i < blocks.size(); i++) {
			String date = null;
			if (blocks.get(i) instanceof SourceDocument.Line line) {
				date = PublicationDate.ofText(line.text());
			} else if (blocks.get(i) instanceof SourceDocument.Grid grid) {
				for (List<SourceDocument.GridCell> row : grid.rows()) {
					date = PublicationDate.ofRow(SourceDocument.Grid.texts(row));
					if (date != null) {
						break;
					}
				}
			}
			if (date != null) {
				return date;
			}
		}
		return meta;
	}

	/** A line that can be the body's name above a title: short, a name, not a sentence. */
	private static boolean isBodyLine(String text) {
		String n = LabelMatcher.normalize(text);
		return !n.isEmpty() && n.length() <= 40 && !n.matches(".*[，,。；;：:！!？?\\d].*") && !n.contains("政府信息公开");
	}

	private static boolean isTitle(String text) {
		String n = LabelMatcher.normalize(text);
		return n.length() <= 100 && n.contains("政府信息公开") && (n.contains("年度报告") || n.contains("年报"))
				&& YEAR.matcher(n).find();
	}

	/** The line that is the report's title: the first that ends with 报告, else the first that names one. */
	private static int findTitle(List<SourceDocument.Block> blocks) {
		int first = -1;
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof SourceDocument.Line line && isTitle(line.text())) {
				if (LabelMatcher.normalize(line.text()).matches(".*(报告|年报)(\\(\\d{4}年?度?\\))?")) {
					return i;
				}
				if (first < 0) {
					first = i;
				}
			}
		}
		return first;
	}

	private static String cleanTitle(String line) {
		int end = Math.max(line.lastIndexOf("报告"), line.lastIndexOf("年报"));
		String title = end >= 0 ? line.substring(0, end + 2) : line;
		return TextReader.strip(title);
	}

	private static String body(String title, Matcher year) {
		String before = title.substring(0, year.start());
		String body = before.isBlank() ? title.substring(year.end()) : before;
		int cut = body.indexOf("政府信息公开");
		if (cut >= 0) {
			body = body.substring(0, cut);
		}
		return TextReader.strip(body.replaceAll("^[-—_:：,，、《》\\s]+|[-—_:：,，、《》\\s]+$", ""));
	}

	private static String chooseFormat(ImportedReport report, List<SourceDocument.Block> blocks) {
		String byYear = report.year <= 2020 ? "gov2019" : "gov2021";
		StringBuilder all = new StringBuilder();
		for (SourceDocument.Block block : blocks) {
			all.append(LabelMatcher.loose(LabelMatcher.normalize(text(block)))).append('\n');
		}
		long marks2019 = MARKERS_2019.stream().filter(m -> all.indexOf(m) >= 0).count();
		long marks2021 = MARKERS_2021.stream().filter(m -> all.indexOf(m) >= 0).count();
		String byLabels = marks2019 > 0 && marks2021 == 0 ? "gov2019" : marks2021 > 0 && marks2019 == 0 ? "gov2021" : null;
		if (byLabels != null && !byLabels.equals(byYear)) {
			report.warn(0, ImportMessages.get("import.formatByLabels", report.year, byYear, byLabels));
			return byLabels;
		}
		return byYear;
	}

	/** Keeps a line of the page outside the report; the warning about them names the first one's place. */
	private static void outside(ImportedReport report, int line, String text) {
		if (report.outside.isEmpty()) {
			report.outsideLine = line;
		}
		report.outside.add(text);
	}
}
