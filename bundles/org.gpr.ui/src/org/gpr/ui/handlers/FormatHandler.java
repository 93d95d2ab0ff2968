package org.gpr.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ide.editor.Formatting;
import org.gpr.ide.editor.QuickFixes.Replacement;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.editor.Edits;
import org.gpr.ui.editor.GprEditor;

/** Ctrl+Shift+F: the language's formatter (GprFormatter), applied as one undoable change. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof GprEditor editor) {
			format(editor);
		}
		return null;
	}

	public static void format(GprEditor editor) {
		IDocument document = editor.getDocument();
		if (document == null || !editor.isEditable()) {
			return;
		}
		try {
			DocumentModel.Snapshot snapshot = editor.snapshot(document);
			List<Replacement> replacements = GprUiPlugin.injector().getInstance(Formatting.class)
					.format(snapshot.resource(), snapshot.text());
			if (document.get().equals(snapshot.text())) {
				Edits.apply(document, replacements);
			}
		} catch (BadLocationException | RuntimeException | StackOverflowError e) {
			GprUiPlugin.logOnce("format", e);
		}
	}
}
