package org.gpr.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.gpr.GprRuntimeModule;
import org.gpr.ide.GprIdeModule;
import org.gpr.ide.GprIdeSetup;
import org.gpr.ide.editor.HighlightedRange;
import org.gpr.ide.editor.SemanticHighlighter;
import org.gpr.ui.GprFiles;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.builder.GprNature;
import org.gpr.ui.editor.GprEditor;
import org.gpr.ui.editor.GprProblemAnnotation;
import org.gpr.ui.handlers.FormatHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Bad input: the editor keeps working, never rewrites the text on its own, and logs a failure
 * once — never in a dialog.
 */
class BadInputTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("bad");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		GprNature.add(project, null);
	}

	@AfterAll
	static void restore() {
		GprUiPlugin.setInjector(null);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	private static GprEditor open(IFile file) throws Exception {
		GprEditor editor = (GprEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		Ui.waitUntil("reconcile", 30_000, () -> editor.getState() != null);
		return editor;
	}

	private static void type(GprEditor editor, String text) throws Exception {
		IDocument document = editor.getDocument();
		for (char c : text.toCharArray()) {
			document.replace(document.getLength(), 0, String.valueOf(c));
			Ui.runFor(10);
		}
		Ui.waitUntil("reconcile of the typed text", 10_000,
				() -> editor.getState() != null && editor.getState().snapshot().text().equals(document.get()));
	}

	private static long dialogs() {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		return Arrays.stream(Display.getCurrent().getShells()).filter(s -> s != workbench && s.isVisible()).count();
	}

	@Test
	void aFileThatFailsToParse() throws Exception {
		String text = "report \"某机关\" year 2020 format gov2019\ntitle \"t\"\nsection 依申请公开 {\n  table 申请 {\n    新收 1 2 ，3\n";
		IFile file = Ui.write(project, "broken.gpr", text);
		GprEditor editor = open(file);
		assertTrue(editor.getState().snapshot().issues().size() > 0);
		Ui.waitUntil("syntax error annotation", 10_000, () -> GprUiTest.annotations(editor).stream()
				.anyMatch(a -> a.getType().equals(GprProblemAnnotation.ERROR)));
		FormatHandler.format(editor);
		Ui.runFor(300);
		assertEquals(text, editor.getDocument().get(), "the text is never rewritten without an edit");
		type(editor, "  }\n}\n");
		assertEquals(text + "  }\n}\n", editor.getDocument().get());
		assertEquals(0, dialogs());
	}

	/** A semantic highlighter that always fails: a bug inside a service. */
	public static class FailingHighlighter extends SemanticHighlighter {
		@Override
		public java.util.List<HighlightedRange> highlight(org.eclipse.xtext.resource.XtextResource resource,
				CancelIndicator cancel) {
			throw new IllegalStateException("a bug in a service");
		}
	}

	@Test
	void anExceptionInsideAServiceIsLoggedOnceAndTheEditorKeepsWorking() throws Exception {
		Injector injector = new GprIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new GprRuntimeModule(), new GprIdeModule(),
						binder -> binder.bind(SemanticHighlighter.class).to(FailingHighlighter.class)));
			}
		}.createInjectorAndDoEMFRegistration();
		GprUiPlugin.setInjector(injector);
		try {
			String format = Ui.read(Ui.repository().resolve("examples/customs-2020/customs-format.gpr"));
			Ui.write(project, "customs-format.gpr", format);
			String report = Ui.read(Ui.repository().resolve("examples/customs-2020/customs-2020.gpr"));
			IFile file = Ui.write(project, "service.gpr", report);
			int before = GprUiPlugin.loggedCount();
			GprEditor editor = open(file);
			type(editor, "// 1\n");
			type(editor, "// 2\n");
			IDocument document = editor.getDocument();
			int at = document.get().indexOf(GprUiTest.BROKEN_FROM) + GprUiTest.BROKEN_FROM.length() - 3;
			document.replace(at, 3, "179");
			Ui.waitUntil("the annotation despite the failing service", 10_000, () -> GprUiTest.brokenAnnotation(editor));
			assertEquals(before + 1, GprUiPlugin.loggedCount(), "logged once");
			assertEquals(report + "// 1\n// 2\n", document.get().replace("179", "178"));
			assertEquals(0, dialogs());
		} finally {
			GprUiPlugin.setInjector(null);
		}
	}

	@Test
	void aFormatFileWithCycles() throws Exception {
		Ui.write(project, "b.gpr", "format b extends a \"B\" {\n}\n");
		IFile a = Ui.write(project, "a.gpr", "format a extends b \"A\" {\n}\n");
		IFile r = Ui.write(project, "r.gpr", "report \"x\" year 2020 format a\ntitle \"t\"\n");
		GprEditor editor = open(a);
		GprEditor reportEditor = open(r);
		type(editor, "// edit\n");
		type(reportEditor, "// edit\n");
		assertTrue(editor.getState().snapshot().issues().stream().anyMatch(i -> i.getMessage() != null),
				editor.getState().snapshot().issues().toString());
		assertEquals("format a extends b \"A\" {\n}\n// edit\n", editor.getDocument().get());
		assertEquals(0, dialogs());
		EObject root = editor.getState().snapshot().resource().getContents().get(0);
		assertTrue(root != null);
		GprFiles.text(a);
	}
}
