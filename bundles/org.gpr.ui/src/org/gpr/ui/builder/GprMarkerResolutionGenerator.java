package org.gpr.ui.builder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ide.editor.QuickFixes;
import org.gpr.ui.GprFiles;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.editor.Edits;

/**
 * The quick fixes of org.gpr.ide from the Problems view. A resolution recomputes its fix on the
 * file's current text (the editor's document when one is open), finds the marker's problem there
 * by code and message, and applies the fix as one undoable change; a file no editor has open is
 * saved.
 */
public class GprMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(GprBuilder.CODE, null);
		return code != null && GprUiPlugin.injector().getInstance(QuickFixes.class).hasFixes(code);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		List<IMarkerResolution> result = new ArrayList<>();
		try {
			for (QuickFixes.Fix fix : fixes(marker, null)) {
				result.add(new Resolution(marker, fix.label()));
			}
		} catch (RuntimeException | CoreException | StackOverflowError e) {
			GprUiPlugin.logOnce("quick fixes of a marker", e);
		}
		return result.toArray(new IMarkerResolution[0]);
	}

	/** The fixes for the marker's problem in the given text (null: the file's current text). */
	static List<QuickFixes.Fix> fixes(IMarker marker, String text) throws CoreException {
		if (!(marker.getResource() instanceof IFile file)) {
			return List.of();
		}
		String current = text != null ? text : GprFiles.text(file);
		DocumentModel.Snapshot snapshot = GprUiPlugin.injector().getInstance(DocumentModel.class)
				.parse(GprFiles.uri(file), current, GprFiles.siblings(file), CancelIndicator.NullImpl);
		String code = marker.getAttribute(GprBuilder.CODE, null);
		String message = marker.getAttribute(IMarker.MESSAGE, null);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		Issue best = null;
		for (Issue issue : snapshot.issues()) {
			if (code != null && code.equals(issue.getCode()) && message != null && message.equals(issue.getMessage())) {
				if (best == null || Math.abs(issue.getOffset() - start) < Math.abs(best.getOffset() - start)) {
					best = issue;
				}
			}
		}
		if (best == null) {
			return List.of();
		}
		return GprUiPlugin.injector().getInstance(QuickFixes.class).fixes(snapshot.resource(), current,
				new QuickFixes.Problem(best.getCode(), best.getMessage(), best.getOffset(), best.getLength(),
						best.getData()));
	}

	/** One fix of a marker's problem. */
	public static class Resolution implements IMarkerResolution2 {

		private final IMarker marker;
		private final String label;

		Resolution(IMarker marker, String label) {
			this.marker = marker;
			this.label = label;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return marker.getAttribute(IMarker.MESSAGE, label);
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker ignored) {
			if (!(marker.getResource() instanceof IFile file)) {
				return;
			}
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			IPath path = file.getFullPath();
			boolean open = manager.getTextFileBuffer(path, LocationKind.IFILE) != null;
			try {
				manager.connect(path, LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
					IDocument document = buffer.getDocument();
					boolean dirty = buffer.isDirty();
					for (QuickFixes.Fix fix : fixes(marker, document.get())) {
						if (fix.label().equals(label)) {
							Edits.apply(document, fix.replacements());
							break;
						}
					}
					if (!open && !dirty) {
						buffer.commit(null, true);
					}
				} finally {
					manager.disconnect(path, LocationKind.IFILE, null);
				}
			} catch (Exception e) {
				GprUiPlugin.logOnce("applying " + label, e);
			}
		}
	}
}
