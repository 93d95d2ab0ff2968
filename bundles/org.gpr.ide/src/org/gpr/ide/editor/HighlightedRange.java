package org.gpr.ide.editor;

/** A highlighted range of a document: offset, length and the style id of {@link HighlightingStyles}. */
public record HighlightedRange(int offset, int length, String style) {
}
