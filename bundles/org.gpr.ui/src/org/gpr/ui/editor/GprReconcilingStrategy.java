package org.gpr.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Runs in the reconciler's background thread: parses and validates the whole document through
 * org.gpr.ide and hands the snapshot to the editor. Never on the UI thread.
 */
public class GprReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final GprEditor editor;
	private IDocument document;
	private IProgressMonitor monitor;

	public GprReconcilingStrategy(GprEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		run();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		run();
	}

	@Override
	public void reconcile(IRegion partition) {
		run();
	}

	private void run() {
		if (document != null) {
			editor.reconcile(document, monitor);
		}
	}
}
