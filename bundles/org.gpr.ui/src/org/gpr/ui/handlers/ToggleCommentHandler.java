package org.gpr.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.gpr.ide.editor.QuickFixes.Replacement;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.editor.Edits;
import org.gpr.ui.editor.GprEditor;

/** Ctrl+/: comments the selected lines with {@code //}, or uncomments them when all are comments. */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof GprEditor editor && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			toggle(editor.getDocument(), selection.getStartLine(), selection.getEndLine());
		}
		return null;
	}

	public static void toggle(IDocument document, int firstLine, int lastLine) {
		try {
			boolean allCommented = true;
			for (int line = firstLine; line <= lastLine; line++) {
				String text = lineText(document, line);
				if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
					allCommented = false;
				}
			}
			List<Replacement> replacements = new ArrayList<>();
			for (int line = lastLine; line >= firstLine; line--) {
				IRegion region = document.getLineInformation(line);
				String text = lineText(document, line);
				if (allCommented) {
					int at = text.indexOf("//");
					if (at >= 0) {
						int length = text.startsWith("// ", at) ? 3 : 2;
						replacements.add(new Replacement(region.getOffset() + at, length, ""));
					}
				} else if (!text.isBlank() || firstLine == lastLine) {
					replacements.add(new Replacement(region.getOffset(), 0, "// "));
				}
			}
			Edits.apply(document, replacements);
		} catch (BadLocationException e) {
			GprUiPlugin.logOnce("toggle comment", e);
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
