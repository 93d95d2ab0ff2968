package org.gpr.ui.builder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.generator.GprGeneratorContext;
import org.gpr.gpr.Report;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ide.editor.FormatFiles;
import org.gpr.ui.GprFiles;
import org.gpr.ui.UiMessages;
import org.gpr.ui.GprUiPlugin;

/**
 * The gpr project builder: validates changed {@code .gpr} files and the files that depend on
 * them (the reports of a changed format's folder, next year's report through its
 * {@code previous} link), keeps problem markers with the editor's messages, and regenerates each
 * report's outputs into {@code report-gen/} through Xtext's {@link GeneratorDelegate}. A report
 * with errors, or deleted, keeps no generated output. Each file is validated once: the markers'
 * validation is the one the generator relies on. The project's settings ({@link #SETTINGS})
 * may turn on the figures at a glance ({@link #FIGURES}).
 */
public class GprBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.gpr.ui.gprBuilder";
	public static final String MARKER = "org.gpr.ui.problem";
	public static final String OUTPUT = "report-gen";
	public static final String CODE = "code";
	public static final String DATA = "data";
	/** Separates the strings of an issue's data in the marker attribute. */
	public static final String DATA_SEPARATOR = "\u0001";

	/**
	 * The project's gpr settings: Eclipse's project preferences of this node, kept in
	 * {@code .settings/org.gpr.ui.prefs} (a file that goes into version control with the reports).
	 */
	public static final String SETTINGS = "org.gpr.ui";
	/** {@code figures=true}: the generated HTML ends with the figures at a glance (数说年报); off by default. */
	public static final String FIGURES = "figures";

	private static final QualifiedName GENERATED = new QualifiedName("org.gpr.ui", "generated");
	private static final Pattern PREVIOUS = Pattern.compile("\\bprevious\\s+\"([^\"]*)\"");

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		List<IFile> all = gprFiles(project);
		Set<IFile> check = new LinkedHashSet<>();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		if (delta == null) {
			check.addAll(all);
		} else {
			Set<IFile> changed = new LinkedHashSet<>();
			Set<IPath> removed = new LinkedHashSet<>();
			boolean[] settings = { false };
			delta.accept(d -> {
				IResource resource = d.getResource();
				if (isOutput(resource)) {
					return false;
				}
				if (isSettings(resource)) {
					settings[0] = true;
				}
				if (GprFiles.isGpr(resource)) {
					if (d.getKind() == IResourceDelta.REMOVED) {
						removed.add(resource.getFullPath());
					} else if (d.getKind() == IResourceDelta.ADDED
							|| (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
						changed.add((IFile) resource);
					}
				}
				return true;
			});
			for (IPath path : removed) {
				deleteGenerated(project, path);
			}
			check.addAll(changed);
			check.addAll(dependents(all, changed, removed));
			if (settings[0]) {
				// the project's settings change what is generated for every report
				check.addAll(all);
			}
		}
		for (IFile file : check) {
			if (monitor != null && monitor.isCanceled()) {
				break;
			}
			if (file.exists()) {
				checkAndGenerate(file, monitor);
			}
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		project.deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
		for (IFile file : gprFiles(project)) {
			deleteGenerated(project, file.getFullPath());
		}
	}

	/** The project's settings file, {@code .settings/org.gpr.ui.prefs}. */
	private static boolean isSettings(IResource resource) {
		return resource.getType() == IResource.FILE && resource.getParent().getType() == IResource.FOLDER
				&& ".settings".equals(resource.getParent().getName())
				&& resource.getParent().getParent().getType() == IResource.PROJECT
				&& (SETTINGS + ".prefs").equals(resource.getName());
	}

	/** Whether the project asks for the figures at a glance (数说年报) in its generated HTML. */
	public static boolean figures(IProject project) {
		return new ProjectScope(project).getNode(SETTINGS).getBoolean(FIGURES, false);
	}

	private static boolean isOutput(IResource resource) {
		return resource.getType() == IResource.FOLDER && resource.getParent().getType() == IResource.PROJECT
				&& OUTPUT.equals(resource.getName());
	}

	private static List<IFile> gprFiles(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(resource -> {
			if (isOutput(resource) || resource.isDerived()) {
				return false;
			}
			if (GprFiles.isGpr(resource)) {
				files.add((IFile) resource);
			}
			return true;
		});
		return files;
	}

	/**
	 * The files to check again when others changed: every file of a folder where a format
	 * changed or a file was removed, and every report whose previous link names a changed file.
	 */
	private static Set<IFile> dependents(List<IFile> all, Set<IFile> changed, Set<IPath> removed) {
		Set<IContainer> folders = new LinkedHashSet<>();
		Set<IPath> paths = new LinkedHashSet<>(removed);
		for (IFile file : changed) {
			paths.add(file.getFullPath());
			try {
				if (FormatFiles.isFormat(GprFiles.saved(file))) {
					folders.add(file.getParent());
				}
			} catch (CoreException e) {
				// unreadable: checked on its own
			}
		}
		for (IPath path : removed) {
			IResource parent = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
					.findMember(path.removeLastSegments(1));
			if (parent instanceof IContainer container) {
				folders.add(container);
			}
		}
		Set<IFile> result = new LinkedHashSet<>();
		rollups(all, changed, paths, result);
		for (IFile file : all) {
			if (changed.contains(file)) {
				continue;
			}
			if (folders.contains(file.getParent())) {
				result.add(file);
				continue;
			}
			try {
				Matcher matcher = PREVIOUS.matcher(GprFiles.saved(file));
				if (matcher.find()) {
					IPath target = file.getParent().getFullPath().append(matcher.group(1));
					if (paths.contains(target.makeAbsolute())) {
						result.add(file);
					}
				}
			} catch (CoreException | IllegalArgumentException e) {
				// no readable link
			}
		}
		return result;
	}

	/**
	 * Rosters that name a changed file, and aggregate reports whose roster names one or is itself
	 * changed or checked again (a member's change reaches the aggregate through its roster).
	 */
	private static void rollups(List<IFile> all, Set<IFile> changed, Set<IPath> paths, Set<IFile> result) {
		Set<IPath> reached = new LinkedHashSet<>(paths);
		for (int round = 0; round < 2; round++) {
			for (IFile file : all) {
				if (changed.contains(file) || result.contains(file)) {
					continue;
				}
				try {
					for (String path : org.gpr.eval.RollupLinks.paths(GprFiles.saved(file))) {
						IPath target = file.getParent().getFullPath().append(path).makeAbsolute();
						if (reached.contains(target)) {
							result.add(file);
							reached.add(file.getFullPath().makeAbsolute());
							break;
						}
					}
				} catch (CoreException | IllegalArgumentException e) {
					// no readable links
				}
			}
		}
	}

	private void checkAndGenerate(IFile file, IProgressMonitor monitor) throws CoreException {
		IProject project = file.getProject();
		DocumentModel.Snapshot snapshot;
		try {
			String text = GprFiles.saved(file);
			Map<URI, String> others = GprFiles.siblings(file, true);
			CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
			snapshot = GprUiPlugin.injector().getInstance(DocumentModel.class).parse(GprFiles.uri(file), text, others,
					cancel);
		} catch (org.eclipse.xtext.service.OperationCanceledError e) {
			return;
		} catch (RuntimeException | StackOverflowError e) {
			GprUiPlugin.logOnce("building " + file.getFullPath(), e);
			return;
		}
		updateMarkers(file, snapshot.issues());
		boolean errors = snapshot.issues().stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR);
		boolean report = !snapshot.resource().getContents().isEmpty()
				&& snapshot.resource().getContents().get(0) instanceof Report;
		Set<IFile> before = generated(project, file.getFullPath());
		Set<IFile> now = new LinkedHashSet<>();
		if (report && !errors) {
			ProjectFileSystemAccess access = new ProjectFileSystemAccess(project.getFolder(OUTPUT));
			List<String> warnings = new ArrayList<>();
			try {
				// the snapshot was validated with every check and has no error: the generator does
				// not validate it again (GprGenerator validates only when no one has)
				GprGeneratorContext context = new GprGeneratorContext(warnings::add).setValidated(true)
						.setFigures(figures(project));
				context.setCancelIndicator(() -> monitor != null && monitor.isCanceled());
				GprUiPlugin.injector().getInstance(GeneratorDelegate.class).generate(snapshot.resource(), access, context);
			} catch (RuntimeException | StackOverflowError e) {
				GprUiPlugin.logOnce("generating " + file.getFullPath(), e);
			}
			addGenerationWarnings(file, warnings);
			now.addAll(access.getWritten());
		}
		for (IFile stale : before) {
			if (!now.contains(stale) && stale.exists()) {
				stale.delete(true, null);
			}
		}
		remember(project, file.getFullPath(), now);
	}

	/**
	 * A warning marker on the report for each thing the generated documents lack (a character no
	 * registered font has, named with its code point); the file's markers were just set anew, so
	 * a fixed report loses them on its next build.
	 */
	static void addGenerationWarnings(IFile file, List<String> warnings) throws CoreException {
		for (String warning : new LinkedHashSet<>(warnings)) {
			IMarker marker = file.createMarker(MARKER);
			marker.setAttribute(IMarker.MESSAGE, warning);
			marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
			marker.setAttribute(IMarker.LINE_NUMBER, 1);
			marker.setAttribute(IMarker.LOCATION, UiMessages.get("marker.line", 1));
		}
	}

	/** Sets the file's problem markers: the same issues, with the same messages, as the editor's annotations. */
	public static void updateMarkers(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(MARKER, true, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			IMarker marker = file.createMarker(MARKER);
			int offset = issue.getOffset() == null ? 0 : issue.getOffset();
			int length = issue.getLength() == null ? 0 : issue.getLength();
			marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
			marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			marker.setAttribute(IMarker.CHAR_START, offset);
			marker.setAttribute(IMarker.CHAR_END, offset + length);
			if (issue.getLineNumber() != null) {
				marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber());
				marker.setAttribute(IMarker.LOCATION, UiMessages.get("marker.line", issue.getLineNumber()));
			}
			if (issue.getCode() != null) {
				marker.setAttribute(CODE, issue.getCode());
			}
			if (issue.getData() != null && issue.getData().length > 0) {
				marker.setAttribute(DATA, String.join(DATA_SEPARATOR, issue.getData()));
			}
		}
	}

	private static QualifiedName key(IPath source) {
		return new QualifiedName(GENERATED.getQualifier(), GENERATED.getLocalName() + ":" + source.toPortableString());
	}

	/** The files generated for a source file, as recorded at its last build. */
	public static Set<IFile> generated(IProject project, IPath source) throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		if (!project.isAccessible()) {
			return files;
		}
		String value = project.getPersistentProperty(key(source));
		if (value != null && !value.isEmpty()) {
			for (String path : value.split("\n")) {
				files.add(project.getFile(IPath.fromPortableString(path)));
			}
		}
		return files;
	}

	private static void remember(IProject project, IPath source, Set<IFile> files) throws CoreException {
		StringBuilder value = new StringBuilder();
		for (IFile file : files) {
			if (value.length() > 0) {
				value.append('\n');
			}
			value.append(file.getProjectRelativePath().toPortableString());
		}
		String text = value.toString();
		project.setPersistentProperty(key(source), text.length() > 2000 ? text.substring(0, text.lastIndexOf('\n', 2000)) : (text.isEmpty() ? null : text));
	}

	private static void deleteGenerated(IProject project, IPath source) throws CoreException {
		for (IFile file : generated(project, source)) {
			if (file.exists()) {
				file.delete(true, null);
			}
		}
		remember(project, source, Set.of());
	}

	/** The HTML generated for a report: the first recorded .html file, else report-gen/NAME.html. */
	public static IFile generatedHtml(IFile source) {
		try {
			for (IFile file : generated(source.getProject(), source.getFullPath())) {
				if ("html".equals(file.getFileExtension())) {
					return file;
				}
			}
		} catch (CoreException e) {
			GprUiPlugin.logOnce("preview", e);
		}
		String name = source.getFullPath().removeFileExtension().lastSegment() + ".html";
		return source.getProject().getFolder(OUTPUT).getFile(name);
	}
}
