package org.gpr.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.gpr.ide.editor.HighlightedRange;

/**
 * Merges the semantic highlighting of the last reconciled text into every presentation the
 * viewer computes, as long as the document is still that text.
 */
public class SemanticPresenter implements ITextPresentationListener {

	private volatile List<HighlightedRange> ranges = List.of();
	private volatile long stamp = Long.MIN_VALUE;
	private final Map<String, TextAttribute> attributes = new HashMap<>();
	private final java.util.function.LongSupplier current;

	public SemanticPresenter(java.util.function.LongSupplier current) {
		this.current = current;
	}

	/** @param forStamp the document's modification stamp the ranges were computed for */
	public void update(long forStamp, List<HighlightedRange> newRanges) {
		this.ranges = newRanges;
		this.stamp = forStamp;
	}

	public void refresh() {
		attributes.clear();
	}

	public List<HighlightedRange> ranges() {
		return ranges;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (stamp != current.getAsLong()) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		for (HighlightedRange range : ranges) {
			if (range.offset() + range.length() <= start || range.offset() >= end) {
				continue;
			}
			TextAttribute attribute = attributes.computeIfAbsent(range.style(), Styles::attribute);
			if (attribute == null) {
				continue;
			}
			int from = Math.max(start, range.offset());
			int to = Math.min(end, range.offset() + range.length());
			StyleRange style = new StyleRange(from, to - from, attribute.getForeground(), null, attribute.getStyle());
			presentation.mergeStyleRange(style);
		}
	}
}
