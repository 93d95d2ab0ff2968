package org.gpr.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.gpr.ide.editor.OutlineNode;
import org.gpr.ui.builder.GprBuilder;
import org.gpr.ui.editor.GprContentAssistProcessor;
import org.gpr.ui.editor.GprEditor;
import org.gpr.ui.editor.GprOutlinePage;
import org.gpr.ui.editor.GprProblemAnnotation;
import org.gpr.ui.handlers.FormatHandler;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


/**
 * The gpr editor, builder, markers, quick fixes and wizard in a real workbench and workspace
 * (run under Xvfb): the customs example imported into a project.
 */
class GprUiTest {

	static final String BROKEN_FROM = "    总计             178";
	static final String BROKEN_TO = "    总计             179";

	private IProject project;
	private IFile report;
	private String original;

	@BeforeEach
	void importCustoms() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1280, 800);
		project = Ui.importExample("customs", "customs-2020");
		report = project.getFile("customs-2020.gpr");
		original = Ui.read(Ui.repository().resolve("examples/customs-2020/customs-2020.gpr"));
		Ui.waitUntil("the first build", 60_000, () -> GprBuilder.generatedHtml(report).exists());
	}

	@AfterEach
	void close() throws CoreException {
		page().closeAllEditors(false);
		Ui.processEvents();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static GprEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(page(), file);
		assertTrue(part instanceof GprEditor, "opened with " + part);
		GprEditor editor = (GprEditor) part;
		Ui.waitUntil("the first reconcile", 30_000, () -> editor.getState() != null);
		return editor;
	}

	static List<GprProblemAnnotation> annotations(GprEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<GprProblemAnnotation> result = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof GprProblemAnnotation annotation) {
				result.add(annotation);
			}
		}
		return result;
	}

	static List<IMarker> markers(IFile file) throws CoreException {
		return Arrays.asList(file.findMarkers(GprBuilder.MARKER, true, IResource.DEPTH_ZERO));
	}

	static boolean brokenAnnotation(GprEditor editor) {
		return annotations(editor).stream()
				.anyMatch(a -> IssueCodes.IDENTITY_BROKEN.equals(a.getIssue().getCode()) && a.getType().equals(GprProblemAnnotation.ERROR));
	}

	@Test
	void breakANumberSeeTheAnnotationAndTheMarkerThenFixItFromTheMarker() throws Exception {
		GprEditor editor = open(report);
		IDocument document = editor.getDocument();
		assertEquals(List.of(), annotations(editor).stream().filter(a -> a.getType().equals(GprProblemAnnotation.ERROR)).toList());

		int at = document.get().indexOf(BROKEN_FROM);
		document.replace(at + BROKEN_FROM.length() - 3, 3, "179");
		Ui.waitUntil("the annotation of the broken total", 10_000, () -> brokenAnnotation(editor));
		GprProblemAnnotation annotation = annotations(editor).stream()
				.filter(a -> IssueCodes.IDENTITY_BROKEN.equals(a.getIssue().getCode())).findFirst().orElseThrow();
		String message = annotation.getText();
		assertTrue(message.contains("178") && message.contains("179"), message);

		editor.doSave(new NullProgressMonitor());
		Ui.waitUntil("the marker after save", 20_000, () -> {
			try {
				return markers(report).stream().anyMatch(m -> message.equals(m.getAttribute(IMarker.MESSAGE, "")));
			} catch (CoreException e) {
				return false;
			}
		});
		IMarker marker = markers(report).stream().filter(m -> message.equals(m.getAttribute(IMarker.MESSAGE, "")))
				.findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(IssueCodes.IDENTITY_BROKEN, marker.getAttribute(GprBuilder.CODE, ""));
		// the problem shows once in the editor's rulers: the marker's annotation is hidden behind the live one
		Ui.waitUntil("the marker's annotation hidden", 10_000, () -> shownMarkerAnnotations(editor) == 0);
		assertEquals(1, annotations(editor).stream().filter(a -> a.getText().equals(message)).count());
		// a report with errors keeps no stale output
		Ui.waitUntil("the stale HTML to go", 20_000, () -> !GprBuilder.generatedHtml(report).exists());

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length, Arrays.toString(resolutions));
		resolutions[0].run(marker);
		assertEquals(original, document.get());
		// one undoable edit
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
		assertEquals(original.replace(BROKEN_FROM, BROKEN_TO), document.get());
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).redo();
		assertEquals(original, document.get());
		Ui.waitUntil("the annotation to go", 10_000, () -> !brokenAnnotation(editor));

		editor.doSave(new NullProgressMonitor());
		Ui.waitUntil("the marker to go and the HTML to come back", 20_000, () -> {
			try {
				return markers(report).stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR)
						&& GprBuilder.generatedHtml(report).exists();
			} catch (CoreException e) {
				return false;
			}
		});
	}

	@Test
	void quickFixOnCtrl1WithScreenshot() throws Exception {
		GprEditor editor = open(report);
		IDocument document = editor.getDocument();
		int at = document.get().indexOf(BROKEN_FROM) + BROKEN_FROM.length() - 3;
		document.replace(at, 3, "179");
		Ui.waitUntil("the annotation", 10_000, () -> brokenAnnotation(editor));
		editor.selectAndReveal(at + 1, 0);
		ISourceViewer viewer = editor.viewer();
		var proposals = org.gpr.ui.editor.GprQuickAssistProcessor.proposals(editor, document, at + 1);
		assertFalse(proposals.isEmpty());
		assertEquals(1, proposals.size(), "one fix, however many broken identities share the cell");
		// the live error in the Problems view too: save, then show the quick fix popup as Ctrl+1 does
		editor.doSave(new NullProgressMonitor());
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Ui.waitUntil("the marker", 20_000, () -> {
			try {
				return !markers(report).isEmpty();
			} catch (CoreException e) {
				return false;
			}
		});
		page().activate(editor);
		editor.selectAndReveal(at + 1, 0);
		Ui.runFor(500);
		((org.eclipse.jface.text.source.SourceViewer) viewer).doOperation(ISourceViewer.QUICK_ASSIST);
		Ui.runFor(1500);
		// written under target/: the committed docs/editor-quickfix.png is a copy of one such run
		Ui.screenshot(Ui.repository().resolve("bundles/org.gpr.ui.tests/target/screenshots/editor-quickfix.png"));
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
					&& shell.isVisible()) {
				shell.close();
			}
		}
		Ui.runFor(100);
		proposals.get(0).apply(document);
		assertEquals(original, document.get());
		editor.doSave(new NullProgressMonitor());
	}

	@Test
	void contentAssistProposesTheFormatsRowNamesAtARowPosition() throws Exception {
		GprEditor editor = open(report);
		IDocument document = editor.getDocument();
		int at = document.get().indexOf("    结转              12");
		document.replace(at, 0, "    \n");
		ICompletionProposal[] proposals = new GprContentAssistProcessor(editor)
				.computeCompletionProposals(editor.viewer(), at + 4);
		Set<String> names = Arrays.stream(proposals).map(p -> p.getDisplayString().split(" ")[0]).collect(Collectors.toSet());
		assertTrue(names.containsAll(List.of("新收", "结转", "予以公开", "撤销申请", "咨询事项", "逾期未补正", "总计")), names.toString());
		editor.doRevertToSaved();
	}

	@Test
	void outlineShowsTheSixSectionsAndFoldingTheirRegions() throws Exception {
		GprEditor editor = open(report);
		page().showView(IPageLayout.ID_OUTLINE);
		Ui.runFor(300);
		GprOutlinePage outline = (GprOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Ui.waitUntil("the outline", 10_000, () -> outline.getInput().size() == 6);
		assertEquals(List.of("总体情况", "主动公开", "依申请公开", "复议诉讼", "问题改进", "其他事项"),
				outline.getInput().stream().map(OutlineNode::label).toList());
		assertEquals(6, outline.viewer().getTree().getItemCount());
		ProjectionAnnotationModel folding = editor.getAdapter(ProjectionAnnotationModel.class);
		Ui.waitUntil("folds", 10_000, () -> {
			int count = 0;
			for (Iterator<Annotation> it = folding.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof ProjectionAnnotation) {
					count++;
				}
			}
			return count >= 10;
		});
		// caret in a table selects it in the outline
		int offset = editor.getDocument().get().indexOf("撤销申请");
		editor.selectAndReveal(offset, 0);
		Ui.waitUntil("the linked outline selection", 5_000,
				() -> outline.viewer().getStructuredSelection().getFirstElement() instanceof OutlineNode node
						&& node.label().equals("申请"));
	}

	@Test
	void builderWritesTheHtmlAndRemovesItWhenTheReportIsDeleted() throws Exception {
		// the generator writes the HTML first, then the CSVs, the workbook, the JSON document, the PDF
		// and the Word document (org.gpr.publish, found by org.gpr through buddy class loading);
		// the first build may still be running (a build also runs when the project is opened)
		Ui.waitUntil("the tables and documents beside the HTML and the end of the build", 90_000,
				() -> project.getFile("report-gen/customs-2020.json").exists()
						&& project.getFile("report-gen/customs-2020.xlsx").exists()
						&& project.getFile("report-gen/customs-2020.pdf").exists()
						&& project.getFile("report-gen/customs-2020.docx").exists()
						&& project.getFile("report-gen/customs-2020.申请.csv").exists()
						&& Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0);
		IFile html = GprBuilder.generatedHtml(report);
		assertTrue(html.exists());
		assertEquals("report-gen/customs-2020.html", html.getProjectRelativePath().toString());
		// written by the real GprGenerator: the official form
		String page = java.nio.file.Files.readString(html.getLocation().toFile().toPath());
		assertTrue(page.contains("海关总署(本级机关)2020年政府信息公开工作年度报告"), page);
		assertTrue(page.contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
		assertTrue(markers(project.getFile("customs-format.gpr")).stream()
				.noneMatch(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR));
		report.delete(true, null);
		Ui.waitUntil("the HTML to be deleted", 20_000, () -> !html.exists());
	}

	@Test
	void theProjectsFiguresSettingTurnsTheFiguresAtAGlanceOnAndOff() throws Exception {
		IFile html = GprBuilder.generatedHtml(report);
		Ui.waitUntil("the end of the first build", 90_000,
				() -> html.exists() && Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0);
		assertFalse(contains(html, "s-figures"), "off by default: the official layout");
		org.eclipse.core.runtime.preferences.IEclipsePreferences settings = new org.eclipse.core.resources.ProjectScope(
				project).getNode(GprBuilder.SETTINGS);
		try {
			settings.putBoolean(GprBuilder.FIGURES, true);
			settings.flush();
			assertTrue(project.getFile(".settings/org.gpr.ui.prefs").exists(), "kept in the project's settings file");
			// the settings file changed: the builder generates every report again, with the figures
			Ui.waitUntil("the figures in the generated HTML", 90_000, () -> contains(html, "s-figures"));
			assertEquals(0, errors(report));
			settings.putBoolean(GprBuilder.FIGURES, false);
			settings.flush();
			Ui.waitUntil("the official layout again", 90_000, () -> html.exists() && !contains(html, "s-figures"));
		} finally {
			settings.remove(GprBuilder.FIGURES);
			settings.flush();
			// the settings file changed again: let that build end before the next test
			Ui.waitUntil("the build after the settings' reset", 90_000,
					() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0);
		}
	}

	private static boolean contains(IFile file, String text) {
		try {
			return file.exists() && java.nio.file.Files.readString(file.getLocation().toFile().toPath()).contains(text);
		} catch (java.io.IOException e) {
			return false;
		}
	}

	@Test
	void aCharacterNoFontHasIsAWarningMarkerOnTheReportUntilItIsGone() throws Exception {
		// U+100000 is a private use character of plane 16: no font has it; the builder's PDF says so
		String odd = original.replaceFirst("paragraph \"2019年", "paragraph \"\uDBC0\uDC00 2019年");
		assertTrue(!odd.equals(original), "the report has the paragraph the test changes");
		Ui.write(project, "customs-2020.gpr", odd);
		Ui.waitUntil("a warning marker naming U+100000", 120_000, () -> glyphMarkers().size() == 1);
		IMarker marker = glyphMarkers().get(0);
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("U+100000"), marker.getAttribute(IMarker.MESSAGE, ""));
		Ui.write(project, "customs-2020.gpr", original);
		Ui.waitUntil("the warning marker to go with the character", 120_000, () -> glyphMarkers().isEmpty()
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0);
	}

	private List<IMarker> glyphMarkers() {
		try {
			return markers(report).stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("U+100000")).toList();
		} catch (CoreException e) {
			return List.of();
		}
	}

	@Test
	void nextYearsReportIsCheckedWhenLastYearsChanges() throws Exception {
		// 2021: 结转 is 2020's 结转下年 (0), the rest adds up
		// (the title and the statistics period name the year too: the reviewer's checks read them)
		String next = original.replace("year 2020", "year 2021").replace("title ", "previous \"customs-2020.gpr\"\ntitle ")
				.replace("(本级机关)2020年政府", "(本级机关)2021年政府")
				.replace("2020年1月1日起至2020年12月31日", "2021年1月1日起至2021年12月31日")
				.replace("    新收             166     11       1       0       0      2  |  180",
						"    新收             178     11       1       0       0      2  |  192")
				.replace("    结转              12      0       0       0       0      0  |   12",
						"    结转               0      0       0       0       0      0  |    0");
		IFile nextFile = Ui.write(project, "customs-2021.gpr", next);
		Ui.waitUntil("the next year's build", 20_000, () -> GprBuilder.generatedHtml(nextFile).exists());
		assertEquals(0, errors(nextFile));
		// last year's 结转下年 changes: next year's report gets a cross-year problem without being touched
		Ui.write(project, "customs-2020.gpr", original.replace(
				"    结转下年           0      0       0       0       0      0  |    0",
				"    结转下年           1      0       0       0       0      0  |    1"));
		Ui.waitUntil("next year's cross-year problem", 20_000, () -> {
			try {
				return markers(nextFile).stream()
						.anyMatch(m -> IssueCodes.CROSS_YEAR_MISMATCH.equals(m.getAttribute(GprBuilder.CODE, "")));
			} catch (CoreException e) {
				return false;
			}
		});
	}

	private static int errors(IFile file) {
		try {
			return (int) markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR)
					.count();
		} catch (CoreException e) {
			return -1;
		}
	}

	@Test
	void formatAlignsTablesAsOneUndoableEdit() throws Exception {
		GprEditor editor = open(report);
		IDocument document = editor.getDocument();
		FormatHandler.format(editor);
		String formatted = document.get();
		String messy = original.replace("    新收             166     11", "    新收 166   11");
		document.set(messy);
		Ui.waitUntil("reconcile", 10_000, () -> editor.getState().snapshot().text().equals(messy));
		FormatHandler.format(editor);
		assertEquals(formatted, document.get());
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
		assertEquals(messy, document.get());
		editor.doRevertToSaved();
	}

	@Test
	void highlightingHoverAndCommentToggling() throws Exception {
		GprEditor editor = open(report);
		IDocument document = editor.getDocument();
		String text = document.get();
		// semantic highlighting: a row name in the row colour, a total in the total colour
		int row = text.indexOf("予以公开          60");
		editor.selectAndReveal(row, 0);
		Ui.runFor(500);
		org.eclipse.swt.custom.StyledText widget = editor.viewer().getTextWidget();
		Ui.waitUntil("semantic highlighting", 10_000, () -> {
			org.eclipse.swt.custom.StyleRange style = widget.getStyleRangeAtOffset(
					((org.eclipse.jface.text.ITextViewerExtension5) editor.viewer()).modelOffset2WidgetOffset(row));
			return style != null && style.foreground != null && style.foreground.getRGB().equals(
					org.gpr.ui.editor.Styles.attribute(org.gpr.ide.editor.HighlightingStyles.ROW).getForeground().getRGB());
		});
		// hover on a cell: labels and the identities with their values
		int cell = text.indexOf("178", text.indexOf(BROKEN_FROM.substring(0, 8))) + 1;
		String hover = new org.gpr.ui.editor.GprTextHover(editor, editor.viewer()).getHoverInfo(editor.viewer(),
				new org.eclipse.jface.text.Region(cell, 0));
		assertTrue(hover != null && hover.contains("（七）总计") && hover.contains("178 = 178"), hover);
		// Ctrl+/ toggles // on the selected lines, as one undoable edit
		int line = document.getLineOfOffset(row);
		org.gpr.ui.handlers.ToggleCommentHandler.toggle(document, line, line + 1);
		assertTrue(document.get(document.getLineOffset(line), 3).equals("// "));
		org.gpr.ui.handlers.ToggleCommentHandler.toggle(document, line, line + 1);
		assertEquals(text, document.get());
		org.gpr.ui.handlers.ToggleCommentHandler.toggle(document, line, line + 1);
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
		assertEquals(text, document.get());
	}

	/** The builder's marker annotations an editor's rulers would draw. */
	private static long shownMarkerAnnotations(GprEditor editor) {
		org.eclipse.jface.text.source.IAnnotationModel model = editor.getDocumentProvider()
				.getAnnotationModel(editor.getEditorInput());
		long shown = 0;
		for (java.util.Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof org.eclipse.ui.texteditor.MarkerAnnotation annotation && !annotation.isMarkedDeleted()) {
				shown++;
			}
		}
		return shown;
	}
}
