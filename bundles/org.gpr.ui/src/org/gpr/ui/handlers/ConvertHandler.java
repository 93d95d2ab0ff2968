package org.gpr.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.builder.GprNature;

/** Configure → Convert to gpr Project: adds the gpr nature (and with it the builder). */
public class ConvertHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection.toList()) {
				IProject project = Adapters.adapt(element, IProject.class);
				if (project != null) {
					try {
						GprNature.add(project, null);
					} catch (CoreException e) {
						GprUiPlugin.logOnce("converting " + project.getName(), e);
					}
				}
			}
		}
		return null;
	}
}
