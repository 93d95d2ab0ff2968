package org.gpr.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.gpr.ui.builder.GprBuilder;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.gpr.ide.editor.DocumentModel;
import org.gpr.ide.editor.HighlightedRange;
import org.gpr.ide.editor.OutlineNode;
import org.gpr.ide.editor.Outlines;
import org.gpr.ide.editor.SemanticHighlighter;
import org.gpr.ui.GprFiles;
import org.gpr.ui.GprUiPlugin;

/**
 * The gpr editor: the Eclipse Platform text editor, configured by
 * {@link GprSourceViewerConfiguration}; every language service comes from org.gpr.ide. Parsing
 * and validation run in the reconciler's thread; the UI thread only applies their results.
 */
public class GprEditor extends TextEditor {

	public static final String MATCHING_BRACKETS = "gpr.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "gpr.matchingBracketsColor";

	/** The last parsed and validated text with what was derived from it. */
	public record State(long stamp, DocumentModel.Snapshot snapshot, List<HighlightedRange> highlighting,
			List<OutlineNode> outline, long reconciledAtNanos) {
	}

	private final DefaultCharacterPairMatcher matcher = new DefaultCharacterPairMatcher(new char[] { '{', '}', '(', ')' });
	private volatile State state;
	private ProjectionSupport projectionSupport;
	private GprOutlinePage outlinePage;
	private SemanticPresenter semanticPresenter;
	private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
	private final Map<ProjectionAnnotation, Position> folds = new HashMap<>();

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] {
				GprUiPlugin.getDefault().getPreferenceStore(), EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		setSourceViewerConfiguration(new GprSourceViewerConfiguration(this, store));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { "org.gpr.ui.editorContext" });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		fAnnotationAccess = getAnnotationAccess();
		fOverviewRuler = createOverviewRuler(getSharedColors());
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				styles);
		getSourceViewerDecorationSupport(viewer);
		semanticPresenter = new SemanticPresenter(() -> stamp(viewer.getDocument()));
		viewer.addTextPresentationListener(semanticPresenter);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		if (getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caretListener);
		}
		State current = state;
		if (current != null) {
			apply(current);
		}
	}

	private final ISelectionChangedListener caretListener = event -> {
		if (outlinePage != null && event.getSelection() instanceof ITextSelection selection) {
			outlinePage.reveal(selection.getOffset());
		}
	};

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(matcher);
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outlinePage == null || outlinePage.isDisposed()) {
				outlinePage = new GprOutlinePage(this);
				State current = state;
				if (current != null) {
					outlinePage.setInput(current.outline());
				}
			}
			return adapter.cast(outlinePage);
		}
		if (ProjectionAnnotationModel.class.equals(adapter) && projectionSupport != null) {
			return projectionSupport.getAdapter(getSourceViewer(), adapter);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		matcher.dispose();
		super.dispose();
	}

	/** The workspace file being edited, or null for a file outside the workspace. */
	public IFile getFile() {
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	public IDocument getDocument() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	public State getState() {
		return state;
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	public void addStateListener(Consumer<State> listener) {
		listeners.add(listener);
	}

	public void removeStateListener(Consumer<State> listener) {
		listeners.remove(listener);
	}

	static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: document == null ? -1 : document.get().hashCode();
	}

	/** A snapshot of the document's current text: the reconciled one when still current, else a new parse. */
	public DocumentModel.Snapshot snapshot(IDocument document) {
		long stamp = stamp(document);
		State current = state;
		if (current != null && current.stamp() == stamp) {
			return current.snapshot();
		}
		return parse(document.get(), CancelIndicator.NullImpl);
	}

	private DocumentModel.Snapshot parse(String text, CancelIndicator cancel) {
		IFile file = getFile();
		URI uri;
		Map<URI, String> others;
		if (file != null) {
			uri = GprFiles.uri(file);
			others = GprFiles.siblings(file);
		} else if (getEditorInput() instanceof org.eclipse.ui.IURIEditorInput input && input.getURI() != null
				&& "file".equals(input.getURI().getScheme())) {
			// a file outside the workspace: its folder's formats, from disk
			java.nio.file.Path path = java.nio.file.Path.of(input.getURI());
			uri = URI.createFileURI(path.toString());
			others = GprFiles.siblings(path);
		} else {
			uri = URI.createURI("gpr-editor:/" + (getEditorInput() == null ? "untitled" : getEditorInput().getName()));
			others = Map.of();
		}
		return GprUiPlugin.injector().getInstance(DocumentModel.class).parse(uri, text, others, cancel);
	}

	/** Called by the reconciler in its thread. */
	void reconcile(IDocument document, IProgressMonitor monitor) {
		long stamp = stamp(document);
		State previous = state;
		if (previous != null && previous.stamp() == stamp) {
			return;
		}
		String text = document.get();
		CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
		DocumentModel.Snapshot snapshot;
		try {
			snapshot = parse(text, cancel);
		} catch (Throwable e) {
			rethrowFatal(e);
			if (!cancelled(e)) {
				// the editor keeps working with what it had; logged once, never a dialog
				GprUiPlugin.logOnce("checking " + name(), e);
			}
			return;
		}
		if (cancel.isCanceled()) {
			return;
		}
		List<HighlightedRange> highlighting = List.of();
		try {
			highlighting = GprUiPlugin.injector().getInstance(SemanticHighlighter.class).highlight(snapshot.resource(),
					cancel);
		} catch (Throwable e) {
			rethrowFatal(e);
			if (cancelled(e)) {
				return;
			}
			GprUiPlugin.logOnce("semantic highlighting of " + name(), e);
		}
		List<OutlineNode> outline = previous == null ? List.of() : previous.outline();
		try {
			outline = GprUiPlugin.injector().getInstance(Outlines.class).of(snapshot.resource());
		} catch (Throwable e) {
			rethrowFatal(e);
			if (cancelled(e)) {
				return;
			}
			GprUiPlugin.logOnce("outline of " + name(), e);
		}
		State next = new State(stamp, snapshot, highlighting, outline, System.nanoTime());
		if (stamp(document) != stamp) {
			return; // typed meanwhile: the next reconcile brings the new text
		}
		try {
			updateAnnotations(next);
		} catch (RuntimeException e) {
			GprUiPlugin.logOnce("annotations of " + name(), e);
		}
		state = next;
		for (Consumer<State> listener : listeners) {
			listener.accept(next);
		}
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(() -> apply(next));
		}
	}

	private String name() {
		return getEditorInput() == null ? "?" : getEditorInput().getName();
	}

	/** Whether a failure is only a cancellation (the user typed on): never logged. */
	static boolean cancelled(Throwable e) {
		return e instanceof org.eclipse.xtext.service.OperationCanceledError
				|| e instanceof org.eclipse.core.runtime.OperationCanceledException
				|| e instanceof java.util.concurrent.CancellationException;
	}

	private static void rethrowFatal(Throwable e) {
		if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
			throw fatal;
		}
	}

	/** The longest time the UI thread spent applying a reconcile's results, in nanoseconds (for the benchmark). */
	public static volatile long maxApplyNanos;

	private void updateAnnotations(State next) {
		IAnnotationModel model = getDocumentProvider() == null ? null
				: getDocumentProvider().getAnnotationModel(getEditorInput());
		if (model == null) {
			return;
		}
		List<Annotation> old = new ArrayList<>();
		synchronized (lockOf(model)) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				if (annotation instanceof GprProblemAnnotation) {
					old.add(annotation);
				}
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		int length = next.snapshot().text().length();
		for (Issue issue : next.snapshot().issues()) {
			int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), length);
			int len = issue.getLength() == null ? 0 : Math.min(issue.getLength(), length - offset);
			added.put(new GprProblemAnnotation(issue), new Position(offset, len));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(new Annotation[0]), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
		if (markerModel != model) {
			markerModel = model;
			model.addAnnotationModelListener(GprEditor::hideBuilderMarkers);
		}
		hideBuilderMarkers(model);
	}

	/** The annotation model whose builder markers this editor hides. */
	private IAnnotationModel markerModel;

	/**
	 * The editor's live annotations already show every problem of the text being edited; the
	 * builder's markers of the same file (kept for the Problems view and for closed files) are
	 * hidden in this editor's rulers, so that no problem shows twice.
	 */
	private static void hideBuilderMarkers(IAnnotationModel model) {
		synchronized (lockOf(model)) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof MarkerAnnotation annotation && !annotation.isMarkedDeleted()
						&& isBuilderMarker(annotation)) {
					annotation.markDeleted(true);
				}
			}
		}
	}

	private static boolean isBuilderMarker(MarkerAnnotation annotation) {
		try {
			return annotation.getMarker().exists() && annotation.getMarker().isSubtypeOf(GprBuilder.MARKER);
		} catch (CoreException e) {
			return false;
		}
	}

	private static Object lockOf(IAnnotationModel model) {
		if (model instanceof org.eclipse.jface.text.ISynchronizable synchronizable
				&& synchronizable.getLockObject() != null) {
			return synchronizable.getLockObject();
		}
		return model;
	}

	/** On the UI thread: semantic highlighting, outline, folding. */
	private void apply(State next) {
		long start = System.nanoTime();
		try {
			applyNow(next);
		} catch (RuntimeException e) {
			GprUiPlugin.logOnce("updating the editor of " + name(), e);
		} finally {
			long took = System.nanoTime() - start;
			if (took > maxApplyNanos) {
				maxApplyNanos = took;
			}
		}
	}

	private void applyNow(State next) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || state != next) {
			return;
		}
		if (semanticPresenter != null) {
			semanticPresenter.update(next.stamp(), next.highlighting());
			if (stamp(viewer.getDocument()) == next.stamp()) {
				repaint(viewer, next);
			}
		}
		if (outlinePage != null && !outlinePage.isDisposed()) {
			outlinePage.setInput(next.outline());
		}
		updateFolding(next);
	}

	/** Characters re-presented per UI-thread slice, so that no slice blocks the UI for long. */
	private static final int SLICE = 16_000;

	/**
	 * Re-presents the document with the new semantic highlighting: the visible lines at once,
	 * the rest in slices, each its own UI event, as long as the text stays the same.
	 */
	private void repaint(ISourceViewer viewer, State next) {
		IDocument document = viewer.getDocument();
		if (!(viewer instanceof org.eclipse.jface.text.ITextViewerExtension2 extension)) {
			viewer.invalidateTextPresentation();
			return;
		}
		int length = document.getLength();
		int top = viewer.getTopIndexStartOffset();
		int bottom = Math.min(length, viewer.getBottomIndexEndOffset() + 1);
		if (bottom > top) {
			extension.invalidateTextPresentation(top, bottom - top);
		}
		Display display = viewer.getTextWidget().getDisplay();
		Runnable[] slice = new Runnable[1];
		int[] from = { 0 };
		slice[0] = () -> {
			if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || state != next
					|| stamp(document) != next.stamp() || from[0] >= length) {
				return;
			}
			int to = Math.min(length, from[0] + SLICE);
			try {
				IRegion start = document.getLineInformationOfOffset(from[0]);
				IRegion end = document.getLineInformationOfOffset(to);
				int a = start.getOffset();
				int b = Math.min(length, end.getOffset() + end.getLength());
				if (b > a && (b <= top || a >= bottom)) {
					extension.invalidateTextPresentation(a, b - a);
				} else if (b > a) {
					if (a < top) {
						extension.invalidateTextPresentation(a, top - a);
					}
					if (b > bottom) {
						extension.invalidateTextPresentation(bottom, b - bottom);
					}
				}
				from[0] = Math.max(b, to) + 1;
			} catch (BadLocationException e) {
				return;
			}
			display.asyncExec(slice[0]);
		};
		display.asyncExec(slice[0]);
	}

	private void updateFolding(State next) {
		ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		IDocument document = getSourceViewer().getDocument();
		if (model == null || document == null || stamp(document) != next.stamp()) {
			return;
		}
		Set<Position> wanted = new HashSet<>();
		collectFolds(next.outline(), document, wanted);
		List<Annotation> deletions = new ArrayList<>();
		Set<Position> kept = new HashSet<>();
		for (Map.Entry<ProjectionAnnotation, Position> fold : folds.entrySet()) {
			if (wanted.contains(fold.getValue()) && !fold.getValue().isDeleted()) {
				kept.add(fold.getValue());
			} else {
				deletions.add(fold.getKey());
			}
		}
		deletions.forEach(folds::remove);
		Map<ProjectionAnnotation, Position> additions = new HashMap<>();
		for (Position position : wanted) {
			if (!kept.contains(position)) {
				additions.put(new ProjectionAnnotation(), position);
			}
		}
		folds.putAll(additions);
		model.modifyAnnotations(deletions.toArray(new Annotation[0]), additions, null);
	}

	private static void collectFolds(List<OutlineNode> nodes, IDocument document, Set<Position> into) {
		for (OutlineNode node : nodes) {
			try {
				int firstLine = document.getLineOfOffset(node.offset());
				int lastLine = document.getLineOfOffset(node.offset() + node.length());
				if (lastLine > firstLine) {
					int start = document.getLineOffset(firstLine);
					int end = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1)
							: document.getLength();
					into.add(new Position(start, end - start));
				}
			} catch (BadLocationException e) {
				// a node of an older text: no fold
			}
			collectFolds(node.children(), document, into);
		}
	}

	/** Re-reads colours after a preference change. */
	public void refreshHighlighting() {
		if (getSourceViewerConfiguration() instanceof GprSourceViewerConfiguration configuration) {
			configuration.refresh();
		}
		if (semanticPresenter != null) {
			semanticPresenter.refresh();
		}
		if (getSourceViewer() != null) {
			getSourceViewer().invalidateTextPresentation();
		}
	}

	@Override
	protected void handlePreferenceStoreChanged(org.eclipse.jface.util.PropertyChangeEvent event) {
		super.handlePreferenceStoreChanged(event);
		if (event.getProperty().startsWith("gpr.color.") || event.getProperty().startsWith("gpr.bold.")) {
			refreshHighlighting();
		}
	}

	@Override
	protected boolean affectsTextPresentation(org.eclipse.jface.util.PropertyChangeEvent event) {
		return event.getProperty().startsWith("gpr.") || super.affectsTextPresentation(event);
	}
}
