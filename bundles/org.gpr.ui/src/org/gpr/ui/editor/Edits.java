package org.gpr.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.gpr.ide.editor.QuickFixes.Replacement;

/** Applies the replacements of a fix or of the formatter to a document as one undoable change. */
public final class Edits {

	private Edits() {
	}

	/** @param replacements sorted from the last to the first, none overlapping */
	public static void apply(IDocument document, List<Replacement> replacements) throws BadLocationException {
		if (replacements.isEmpty()) {
			return;
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (Replacement replacement : replacements) {
				document.replace(replacement.offset(), replacement.length(), replacement.text());
			}
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}
}
