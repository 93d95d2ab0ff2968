package org.gpr.studio;

import java.io.File;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * {@code gpr-studio FILE.gpr ...}: opens the files named on the command line, as workspace files
 * when they are inside a project (so the builder's markers show), else as external files.
 */
public class OpenFilesOnStartup implements IStartup {

	@Override
	public void earlyStartup() {
		String[] args = Platform.getApplicationArgs();
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null || window.getActivePage() == null) {
				return;
			}
			IWorkbenchPage page = window.getActivePage();
			for (String arg : args) {
				if (!arg.endsWith(".gpr")) {
					continue;
				}
				File file = new File(arg).getAbsoluteFile();
				if (!file.isFile()) {
					continue;
				}
				try {
					IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toURI());
					if (inWorkspace.length > 0 && inWorkspace[0].exists()) {
						IDE.openEditor(page, inWorkspace[0], "org.gpr.ui.editor");
					} else {
						IFileStore store = EFS.getLocalFileSystem().getStore(file.toURI());
						IDE.openEditorOnFileStore(page, store);
					}
				} catch (Exception e) {
					Platform.getLog(OpenFilesOnStartup.class)
							.log(new Status(IStatus.ERROR, "org.gpr.studio", "cannot open " + file, e));
				}
			}
		});
	}
}
