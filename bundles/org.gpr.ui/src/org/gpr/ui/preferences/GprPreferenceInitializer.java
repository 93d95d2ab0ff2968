package org.gpr.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.gpr.ide.editor.HighlightingStyles;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.editor.GprEditor;
import org.gpr.ui.editor.Styles;

/** Default colours of the highlighting styles (from org.gpr.ide) and bracket matching. */
public class GprPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = GprUiPlugin.getDefault().getPreferenceStore();
		for (HighlightingStyles.Style style : HighlightingStyles.ALL) {
			PreferenceConverter.setDefault(store, Styles.colorKey(style.id()),
					new RGB(style.red(), style.green(), style.blue()));
			store.setDefault(Styles.boldKey(style.id()), style.bold());
		}
		store.setDefault(GprEditor.MATCHING_BRACKETS, true);
		PreferenceConverter.setDefault(store, GprEditor.MATCHING_BRACKETS_COLOR, new RGB(128, 128, 128));
	}
}
