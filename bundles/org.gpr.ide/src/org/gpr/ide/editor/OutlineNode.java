package org.gpr.ide.editor;

import java.util.List;

/**
 * A node of a gpr file's outline: a section or a table (of a report or of a format), its
 * whole region and the region of its name.
 */
public record OutlineNode(String label, String kind, int offset, int length, int nameOffset, int nameLength,
		List<OutlineNode> children) {
}
