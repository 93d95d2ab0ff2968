package org.gpr.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.gpr.ide.editor.OutlineNode;

/** The outline of sections and tables (from org.gpr.ide's {@code Outlines}), linked with the editor. */
public class GprOutlinePage extends ContentOutlinePage {

	private final GprEditor editor;
	private List<OutlineNode> input = List.of();
	private boolean revealing;
	private boolean disposed;

	public GprOutlinePage(GprEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object element) {
				return ((List<?>) element).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return ((OutlineNode) element).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				OutlineNode node = (OutlineNode) element;
				return ("table".equals(node.kind()) ? "▦ " : "§ ") + node.label();
			}
		});
		viewer.setInput(input);
		viewer.expandAll();
		viewer.addSelectionChangedListener(event -> {
			if (revealing) {
				return;
			}
			if (event.getStructuredSelection().getFirstElement() instanceof OutlineNode node) {
				editor.selectAndReveal(node.nameOffset(), node.nameLength());
			}
		});
	}

	/** The outline's tree viewer (null before the Outline view shows the page). */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	public List<OutlineNode> getInput() {
		return input;
	}

	public void setInput(List<OutlineNode> nodes) {
		if (nodes.equals(input)) {
			return;
		}
		input = nodes;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			revealing = true;
			try {
				viewer.setInput(nodes);
				viewer.expandAll();
			} finally {
				revealing = false;
			}
		}
	}

	/** Selects the innermost section or table holding the offset, without moving the editor. */
	public void reveal(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		OutlineNode found = find(input, offset);
		revealing = true;
		try {
			viewer.setSelection(found == null ? StructuredSelection.EMPTY : new StructuredSelection(found), true);
		} finally {
			revealing = false;
		}
	}

	private static OutlineNode find(List<OutlineNode> nodes, int offset) {
		for (OutlineNode node : nodes) {
			if (node.offset() <= offset && offset <= node.offset() + node.length()) {
				OutlineNode inner = find(node.children(), offset);
				return inner != null ? inner : node;
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		disposed = true;
		super.dispose();
	}

	public boolean isDisposed() {
		return disposed;
	}
}
