package org.gpr.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Reads the issue data a diagnostic carries: a String[] inside the server, a JSON array once it
 * has travelled to a client and back.
 */
final class IssueData {

	private IssueData() {
	}

	static String first(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] array) {
			return array.length == 0 ? null : array[0];
		}
		if (data instanceof List<?> list) {
			return list.isEmpty() ? null : String.valueOf(list.get(0));
		}
		if (data instanceof JsonArray array) {
			return array.isEmpty() ? null : array.get(0).getAsString();
		}
		if (data instanceof JsonElement element && element.isJsonPrimitive()) {
			return element.getAsString();
		}
		if (data instanceof String string) {
			return string;
		}
		return null;
	}
}
