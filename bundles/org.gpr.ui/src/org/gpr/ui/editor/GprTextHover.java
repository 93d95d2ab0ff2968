package org.gpr.ui.editor;

import java.util.Iterator;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ide.editor.Hovers;
import org.gpr.ui.GprUiPlugin;

/**
 * Hover (computed by JFace off the UI thread): the problems at the mouse, then {@link Hovers}
 * from org.gpr.ide — the official labels and the identities a cell takes part in.
 */
public class GprTextHover implements ITextHover {

	private final GprEditor editor;
	private final ISourceViewer viewer;

	public GprTextHover(GprEditor editor, ISourceViewer viewer) {
		this.editor = editor;
		this.viewer = viewer;
	}

	@Override
	public String getHoverInfo(ITextViewer textViewer, IRegion region) {
		StringBuilder text = new StringBuilder();
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (annotation instanceof GprProblemAnnotation && position != null
						&& position.includes(region.getOffset())) {
					text.append(annotation.getText()).append("\n");
				}
			}
		}
		try {
			DocumentModel.Snapshot snapshot = editor.snapshot(textViewer.getDocument());
			Hovers.Hover hover = GprUiPlugin.injector().getInstance(Hovers.class).at(snapshot.resource(),
					region.getOffset());
			if (hover != null) {
				if (text.length() > 0) {
					text.append("\n");
				}
				text.append(hover.text());
			}
		} catch (RuntimeException | StackOverflowError e) {
			GprUiPlugin.logOnce("hover", e);
		}
		return text.length() == 0 ? null : text.toString().strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		return new Region(offset, 0);
	}
}
