package org.gpr.ide.server;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;

/**
 * Offsets to protocol positions (zero-based line, UTF-16 character) in logarithmic time:
 * Xtext's {@code Document.getPosition} walks the text from its start, which is quadratic over
 * the thousands of tokens of a large report.
 */
final class LineIndex {

	private final int[] starts;

	LineIndex(String text) {
		int[] found = new int[64];
		int count = 0;
		found[count++] = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') { // lines as Xtext's Document counts them: a '\r' is a character of its line
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = i + 1;
			}
		}
		starts = Arrays.copyOf(found, count);
	}

	Position position(int offset) {
		int line = Arrays.binarySearch(starts, offset);
		if (line < 0) {
			line = -line - 2;
		}
		return new Position(line, offset - starts[line]);
	}
}
