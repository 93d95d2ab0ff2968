package org.gpr.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.gpr.eval.Figures;
import org.gpr.eval.NarrativeEvaluator;
import org.gpr.eval.ReportData;
import org.gpr.eval.Rollup;
import org.gpr.eval.RollupEvaluator;
import org.gpr.eval.RollupMessages;
import org.gpr.format.EffectiveFormat;
import org.gpr.format.FormatModel;
import org.gpr.generator.RollupWriter;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;
import org.gpr.gpr.RosterEntry;
import org.gpr.gpr.RosterExclusion;
import org.gpr.validation.RollupValidator;
import org.gpr.formatting2.GprFormatter;

/**
 * {@code gpr rollup ROSTER --out DIR [--force]}: sums the member reports a roster names (checking
 * each), writes the aggregate report {@code DIR/ROSTER-rollup.gpr} (every table filled, a narrative
 * skeleton of the format's figures; when gpr rollup wrote that file before, only its tables and its
 * leading roster comments are refilled and its narrative is kept) through a temporary file, and prints a table of the members:
 * body, file, status and the format's summary figures, with the aggregate's figures as the last row.
 * Exit code 1 when a member is left out or has errors of its own (the aggregate is written all the
 * same), 2 for bad usage or an unreadable roster.
 */
@picocli.CommandLine.Command(name = "rollup", mixinStandardHelpOptions = true)
public class RollupCommand implements GprCommand {

	@picocli.CommandLine.Option(names = "--out", paramLabel = "DIR", descriptionKey = "rollup.out")
	String outArg;

	@picocli.CommandLine.Option(names = "--force", descriptionKey = "rollup.force")
	boolean force;

	/** Zero or more, so that none and too many get gpr's own sentences. */
	@picocli.CommandLine.Parameters(paramLabel = "ROSTER", arity = "0..*", descriptionKey = "rollup.roster")
	List<String> paths = new ArrayList<>();

	@Override
	public String helpBundle() {
		return "org.gpr.cli.rollup";
	}

	@Override
	public int run(CommandContext context) throws InputException {
		if (paths.isEmpty()) {
			throw new InputException(RollupMessages.get("cli.rollup.noRoster"));
		}
		if (paths.size() > 1) {
			throw new InputException(RollupMessages.get("cli.rollup.tooMany", paths.size()));
		}
		if (outArg == null) {
			throw new InputException(RollupMessages.get("cli.rollup.noOut"));
		}
		if (outArg.isEmpty()) {
			throw new InputException(RollupMessages.get("cli.rollup.outMissingValue"));
		}
		Path rosterFile = context.workingDirectory().resolve(paths.get(0)).normalize();
		if (Files.isDirectory(rosterFile)) {
			throw new InputException(RollupMessages.get("cli.rollup.notRoster", paths.get(0)));
		}
		List<SourceFile> files = new InputFiles(context.workingDirectory()).collect(paths);
		Workspace workspace = context.injector().getInstance(Workspace.class);
		// the roster and the formats beside it; the members are read by the roll-up, in batches
		List<SourceFile> load = new ArrayList<>();
		for (SourceFile file : files) {
			if (file.requested() || Batches.isFormat(file)) {
				load.add(file);
			}
		}
		workspace.load(load);
		SourceFile source = files.get(0);
		Resource resource = workspace.resourceOf(source);
		if (!Workspace.isGpr(resource) || !(resource.getContents().get(0) instanceof Roster roster)) {
			throw new InputException(RollupMessages.get("cli.rollup.notRoster", source.display()));
		}
		EffectiveFormat format = context.injector().getInstance(FormatModel.class).of(roster.getFormat());
		if (format == null) {
			throw new InputException(RollupMessages.get("cli.rollup.noFormat",
					org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(roster,
							org.gpr.gpr.GprPackage.Literals.ROSTER__FORMAT).stream()
							.map(org.eclipse.xtext.nodemodel.util.NodeModelUtils::getTokenText).findFirst().orElse("?")));
		}
		Path out = output(context.workingDirectory().resolve(outArg).normalize(), outArg);
		String base = org.gpr.generator.ReportRenderer.baseName(source.path().getFileName().toString());
		Path target = out.resolve(base + "-rollup.gpr");
		String existing = null;
		if (Files.exists(target)) {
			try {
				existing = Files.readString(target, StandardCharsets.UTF_8);
			} catch (IOException e) {
				if (!force) {
					throw new InputException(RollupMessages.get("cli.rollup.exists", ImportCommand.display(context, target)));
				}
			}
			if (existing != null && !RollupWriter.isWritten(existing)) {
				if (!force) {
					throw new InputException(RollupMessages.get("cli.rollup.exists", ImportCommand.display(context, target)));
				}
				existing = null; // --force: another file is replaced by a new skeleton
			}
		}
		// an aggregate gpr rollup wrote before keeps its narrative: parse it now, before the members are summed
		Report previous = existing == null ? null : parseExisting(workspace, target, existing, context);
		Rollup rollup = context.injector().getInstance(RollupEvaluator.class).rollup(roster, true);
		String rosterPath = out.toAbsolutePath().relativize(source.path().toAbsolutePath().normalize()).toString()
				.replace('\\', '/');
		String text = previous == null ? RollupWriter.write(rollup, format, rosterPath)
				: RollupWriter.refill(existing, previous, rollup, format, rosterPath);
		if (previous != null) {
			forget(workspace, previous.eResource());
		}
		try {
			ImportCommand.atomicWrite(target, text);
		} catch (IOException e) {
			throw new InputException(RollupMessages.get("cli.rollup.cannotWrite", ImportCommand.display(context, target),
					e.getMessage()));
		}
		table(rollup, roster, format, aggregateFigures(workspace, target, text, format), context);
		context.err().println(RollupMessages.get("cli.rollup.wrote", ImportCommand.display(context, target),
				rollup.summed().size(), rollup.leftOut().size()));
		boolean problems = rollup.getMembers().stream().anyMatch(m -> m.status() != Rollup.Status.INCLUDED);
		return problems ? Main.ERRORS : Main.OK;
	}

	/**
	 * The aggregate as it is, parsed to be refilled; a file with syntax errors is refused (its tables
	 * cannot be found reliably), naming the first error's line.
	 */
	private static Report parseExisting(Workspace workspace, Path target, String text, CommandContext context)
			throws InputException {
		Resource resource = workspace.getResourceSet().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					workspace.getResourceSet().getLoadOptions());
		} catch (IOException e) {
			forget(workspace, resource);
			throw new InputException(RollupMessages.get("cli.rollup.cannotRefill", ImportCommand.display(context, target), 0));
		}
		org.eclipse.xtext.parser.IParseResult parse = ((org.eclipse.xtext.resource.XtextResource) resource).getParseResult();
		if (!Workspace.isGpr(resource) || parse.hasSyntaxErrors() || !(parse.getRootASTElement() instanceof Report report)) {
			int line = parse == null ? 1 : java.util.stream.StreamSupport.stream(parse.getSyntaxErrors().spliterator(), false)
					.mapToInt(n -> n.getStartLine()).findFirst().orElse(1);
			forget(workspace, resource);
			throw new InputException(RollupMessages.get("cli.rollup.cannotRefill", ImportCommand.display(context, target), line));
		}
		return report;
	}

	/** Unloads a resource parsed only for this command and takes it out of the workspace's set. */
	private static void forget(Workspace workspace, Resource resource) {
		resource.unload();
		workspace.getResourceSet().getResources().remove(resource);
	}

	private static Path output(Path out, String shown) throws InputException {
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new InputException(RollupMessages.get("cli.rollup.outIsFile", shown));
		}
		try {
			Files.createDirectories(out);
		} catch (IOException | SecurityException e) {
			throw new InputException(RollupMessages.get("cli.rollup.cannotWrite", shown, e.getMessage()));
		}
		return out;
	}

	/** The aggregate's own figures, read back from the text written (so the last row is what the file says). */
	private static Map<String, NarrativeEvaluator.Value> aggregateFigures(Workspace workspace, Path target, String text,
			EffectiveFormat format) {
		Map<String, NarrativeEvaluator.Value> values = new java.util.LinkedHashMap<>();
		Resource resource = workspace.getResourceSet().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					workspace.getResourceSet().getLoadOptions());
		} catch (IOException e) {
			return values;
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return values;
		}
		ReportData data = new ReportData(report, format);
		for (Figures.Definition figure : Figures.of(format)) {
			if (figure.summary()) {
				values.put(figure.name(), Figures.evaluate(figure.expression(), data, null));
			}
		}
		return values;
	}

	private static void table(Rollup rollup, Roster roster, EffectiveFormat format,
			Map<String, NarrativeEvaluator.Value> totals, CommandContext context) {
		List<Figures.Definition> figures = Figures.of(format).stream().filter(Figures.Definition::summary).toList();
		List<String[]> rows = new ArrayList<>();
		String[] header = RollupMessages.get("cli.rollup.header").split("\t");
		String[] head = new String[3 + figures.size()];
		System.arraycopy(header, 0, head, 0, Math.min(3, header.length));
		for (int f = 0; f < figures.size(); f++) {
			head[3 + f] = figures.get(f).label();
		}
		rows.add(head);
		for (Rollup.Member member : rollup.getMembers()) {
			String[] row = new String[3 + figures.size()];
			row[0] = member.body() + (member.own() ? "（own）" : "");
			row[1] = member.file();
			row[2] = RollupValidator.status(member, roster);
			for (int f = 0; f < figures.size(); f++) {
				NarrativeEvaluator.Value value = member.summary() == null ? null
						: member.summary().figures().get(figures.get(f).name());
				row[3 + f] = value == null ? "" : value.display();
			}
			rows.add(row);
		}
		for (RosterEntry entry : roster.getEntries()) {
			if (entry instanceof RosterExclusion exclusion) {
				String[] row = new String[3 + figures.size()];
				java.util.Arrays.fill(row, "");
				row[0] = exclusion.getBody();
				row[2] = RollupMessages.get("status.EXCLUDED", exclusion.getReason());
				rows.add(row);
			}
		}
		String[] total = new String[3 + figures.size()];
		java.util.Arrays.fill(total, "");
		total[0] = RollupMessages.get("cli.rollup.total", rollup.summed().size());
		for (int f = 0; f < figures.size(); f++) {
			NarrativeEvaluator.Value value = totals.get(figures.get(f).name());
			total[3 + f] = value == null ? "" : value.display();
		}
		rows.add(total);
		int[] widths = new int[head.length];
		for (String[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				widths[c] = Math.max(widths[c], GprFormatter.width(row[c]));
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < row.length; c++) {
				String cell = row[c] == null ? "" : row[c];
				boolean number = c >= 3;
				String pad = " ".repeat(widths[c] - GprFormatter.width(cell));
				if (c > 0) {
					line.append("  ");
				}
				line.append(number ? pad + cell : c == row.length - 1 ? cell : cell + pad);
			}
			context.out().println(line.toString().stripTrailing());
		}
	}
}
