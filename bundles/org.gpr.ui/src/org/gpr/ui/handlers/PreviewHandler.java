package org.gpr.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWebBrowser;
import org.eclipse.ui.handlers.HandlerUtil;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.UiMessages;
import org.gpr.ui.builder.GprBuilder;

/**
 * Preview: opens the HTML the builder generated for the active report in report-gen/ — in the
 * platform's internal browser where it has one, else the system browser.
 */
public class PreviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part == null || !(part.getEditorInput() instanceof IFileEditorInput input)) {
			return null;
		}
		IFile html = GprBuilder.generatedHtml(input.getFile());
		if (html == null || !html.exists() || html.getLocation() == null) {
			MessageDialog.openInformation(part.getSite().getShell(), UiMessages.get("preview.title"),
					UiMessages.get("preview.none", input.getFile().getName()));
			return null;
		}
		try {
			IWebBrowser browser = PlatformUI.getWorkbench().getBrowserSupport().createBrowser("org.gpr.ui.preview");
			browser.openURL(html.getLocation().toFile().toURI().toURL());
		} catch (Exception e) {
			GprUiPlugin.logOnce("preview", e);
		}
		return null;
	}
}
