package org.gpr.ide.server;

import org.gpr.Messages;

/**
 * What the server refuses to parse, as {@code gpr check} does: a text over 16 MB, or a binary
 * one (a NUL character). Such a document gets one diagnostic saying why and is otherwise left alone.
 */
final class DocumentGuard {

	/** The largest text parsed, in bytes of UTF-8 (as {@code gpr check}'s limit of 16 MB). */
	static final long MAX_CHARS = 16L * 1024 * 1024;

	private DocumentGuard() {
	}

	/** Why a text is not parsed (the sentence of {@code gpr check}), or null when it is. */
	static String refusal(String name, String text) {
		if (text == null) {
			return null;
		}
		if (text.length() > MAX_CHARS || utf8Length(text) > MAX_CHARS) {
			return Messages.get("cli.tooLarge", name, utf8Length(text) / (1024 * 1024), MAX_CHARS / (1024 * 1024));
		}
		if (text.indexOf('\u0000') >= 0) {
			return Messages.get("cli.binary", name);
		}
		return null;
	}

	private static long utf8Length(String text) {
		long length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				length++;
			} else if (c < 0x800) {
				length += 2;
			} else if (Character.isHighSurrogate(c)) {
				length += 4;
				i++;
			} else {
				length += 3;
			}
		}
		return length;
	}
}
