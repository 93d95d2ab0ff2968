package org.gpr.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.gpr.ide.editor.HighlightingStyles;
import org.gpr.ui.GprUiPlugin;

/** The text attributes of the highlighting styles, from the preference store. */
public final class Styles {

	private Styles() {
	}

	public static String colorKey(String style) {
		return "gpr.color." + style;
	}

	public static String boldKey(String style) {
		return "gpr.bold." + style;
	}

	public static TextAttribute attribute(String style) {
		IPreferenceStore store = GprUiPlugin.getDefault() == null ? null : GprUiPlugin.getDefault().getPreferenceStore();
		RGB rgb;
		boolean bold;
		if (store != null && store.contains(colorKey(style))) {
			rgb = PreferenceConverter.getColor(store, colorKey(style));
			bold = store.getBoolean(boldKey(style));
		} else {
			HighlightingStyles.Style defaults = HighlightingStyles.find(style);
			if (defaults == null) {
				return null;
			}
			rgb = new RGB(defaults.red(), defaults.green(), defaults.blue());
			bold = defaults.bold();
		}
		return new TextAttribute(new Color(rgb), null, bold ? SWT.BOLD : SWT.NORMAL);
	}
}
