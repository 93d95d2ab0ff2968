package org.gpr.ide.server;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Singleton;

/**
 * URIs as clients write them: Xtext keeps a file's URI with its Chinese characters as they are
 * ({@code file:///报告/海关.gpr}), while clients percent-encode them
 * ({@code file:///%E6%8A%A5%E5%91%8A/...}, RFC 3986). Every URI the server sends (diagnostics,
 * locations, edits) is written percent-encoded, so that a client finds its own document under it.
 */
@Singleton
public class GprUriExtensions extends UriExtensions {

	@Override
	public String toUriString(URI uri) {
		return encodeNonAscii(super.toUriString(uri));
	}

	static String encodeNonAscii(String uri) {
		StringBuilder result = null;
		for (int i = 0; i < uri.length(); i++) {
			char c = uri.charAt(i);
			if (c < 0x80) {
				if (result != null) {
					result.append(c);
				}
				continue;
			}
			if (result == null) {
				result = new StringBuilder(uri.length() * 3).append(uri, 0, i);
			}
			int end = Character.isHighSurrogate(c) && i + 1 < uri.length() ? i + 2 : i + 1;
			for (byte b : uri.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
				result.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
						.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
			}
			i = end - 1;
		}
		return result == null ? uri : result.toString();
	}
}
