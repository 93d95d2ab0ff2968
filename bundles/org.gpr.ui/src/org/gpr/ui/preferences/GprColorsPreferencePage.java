package org.gpr.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.gpr.ide.editor.HighlightingStyles;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.UiMessages;
import org.gpr.ui.editor.GprEditor;
import org.gpr.ui.editor.Styles;

/** Preferences → gpr: the colour and weight of every highlighting style; open editors follow. */
public class GprColorsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public GprColorsPreferencePage() {
		super(GRID);
		setDescription(UiMessages.get("preferences.description"));
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(GprUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		for (HighlightingStyles.Style style : HighlightingStyles.ALL) {
			addField(new ColorFieldEditor(Styles.colorKey(style.id()), style.label(), getFieldEditorParent()));
			addField(new BooleanFieldEditor(Styles.boldKey(style.id()), UiMessages.get("preferences.bold"), getFieldEditorParent()));
		}
		addField(new BooleanFieldEditor(GprEditor.MATCHING_BRACKETS, UiMessages.get("preferences.brackets"),
				getFieldEditorParent()));
	}
}
