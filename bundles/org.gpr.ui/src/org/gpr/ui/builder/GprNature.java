package org.gpr.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The gpr project nature: adds the gpr builder. */
public class GprNature implements IProjectNature {

	public static final String ID = "org.gpr.ui.gprNature";

	private IProject project;

	/** Adds the nature (and so the builder) to a project that lacks it. */
	public static void add(IProject project, IProgressMonitor monitor) throws CoreException {
		if (project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		for (ICommand command : description.getBuildSpec()) {
			if (GprBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand[] commands = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
		ICommand command = description.newCommand();
		command.setBuilderName(GprBuilder.ID);
		commands[commands.length - 1] = command;
		description.setBuildSpec(commands);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !GprBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
