package org.gpr.ui.wizard;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.gpr.ide.editor.ReportSkeleton;
import org.gpr.ui.GprFiles;
import org.gpr.ui.UiMessages;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.builder.GprNature;

/**
 * New gpr Annual Report: a complete skeleton of the chosen format (gov2019, gov2021 or a format
 * of the folder) — every section, every table, every row in the official order, cells blank —
 * optionally linked to last year's report. Adds the gpr nature to the project.
 */
public class NewReportWizard extends Wizard implements INewWizard {

	private IContainer container;
	private IWorkbench workbench;
	private Page page;
	private IFile created;

	public NewReportWizard() {
		setWindowTitle(UiMessages.get("wizard.title"));
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first == null ? null : Adapters.adapt(first, IResource.class);
		if (resource instanceof IFile file) {
			container = file.getParent();
		} else if (resource instanceof IContainer folder && folder.getType() != IResource.ROOT) {
			container = folder;
		} else {
			IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
			container = projects.length > 0 ? projects[0] : null;
		}
	}

	/** For tests and callers that choose the folder themselves. */
	public void setContainer(IContainer container) {
		this.container = container;
	}

	public IFile getCreated() {
		return created;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	public Page getPage() {
		return page;
	}

	private Map<URI, String> folderFiles() {
		Map<URI, String> files = new LinkedHashMap<>();
		if (container == null || !container.exists()) {
			return files;
		}
		try {
			for (IResource member : container.members()) {
				if (GprFiles.isGpr(member)) {
					files.put(GprFiles.uri((IFile) member), GprFiles.text((IFile) member));
				}
			}
		} catch (CoreException e) {
			GprUiPlugin.logOnce("new report wizard", e);
		}
		return files;
	}

	private static String fileNameOf(ReportSkeleton.ReportHeader report) {
		return report.uri().lastSegment() == null ? "" : URI.decode(report.uri().lastSegment());
	}

	@Override
	public boolean performFinish() {
		if (container == null) {
			page.setErrorMessage(UiMessages.get("wizard.error.noFolder"));
			return false;
		}
		IFile file = container.getFile(org.eclipse.core.runtime.IPath.fromPortableString(page.fileName()));
		String text = GprUiPlugin.injector().getInstance(ReportSkeleton.class).create(page.format(), folderFiles(),
				page.body(), page.year(), page.previous());
		if (text == null) {
			page.setErrorMessage(UiMessages.get("wizard.error.unknownFormat", page.format()));
			return false;
		}
		try {
			if (file.exists()) {
				page.setErrorMessage(UiMessages.get("wizard.error.exists", file.getName()));
				return false;
			}
			file.create(GprFiles.stream(text), true, null);
			file.setCharset("UTF-8", null);
			GprNature.add(file.getProject(), null);
			created = file;
			IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
					: workbench.getActiveWorkbenchWindow().getActivePage();
			if (active != null) {
				IDE.openEditor(active, file, GprUiPlugin.EDITOR_ID);
			}
			return true;
		} catch (PartInitException e) {
			GprUiPlugin.logOnce("opening " + file.getName(), e);
			return true;
		} catch (CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** The one page: format, body, year, previous report, file name. */
	public class Page extends WizardPage {

		private Combo formatCombo;
		private Text bodyText;
		private Spinner yearSpinner;
		private Combo previousCombo;
		private Text fileText;
		private List<ReportSkeleton.ReportHeader> candidates = List.of();

		Page() {
			super("report");
			setTitle(UiMessages.get("wizard.title"));
			setDescription(UiMessages.get("wizard.description"));
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			label(composite, UiMessages.get("wizard.folder"));
			label(composite, container == null ? UiMessages.get("wizard.folder.none") : container.getFullPath().toString());
			label(composite, UiMessages.get("wizard.format"));
			formatCombo = new Combo(composite, SWT.READ_ONLY);
			ReportSkeleton skeleton = GprUiPlugin.injector().getInstance(ReportSkeleton.class);
			Map<URI, String> files = folderFiles();
			for (String name : skeleton.formatNames(files)) {
				formatCombo.add(name);
			}
			label(composite, UiMessages.get("wizard.body"));
			bodyText = new Text(composite, SWT.BORDER);
			bodyText.setText(UiMessages.get("wizard.body.default"));
			label(composite, UiMessages.get("wizard.year"));
			yearSpinner = new Spinner(composite, SWT.BORDER);
			yearSpinner.setValues(Year.now().getValue() - 1, 2008, 2100, 0, 1, 10);
			label(composite, UiMessages.get("wizard.previous"));
			previousCombo = new Combo(composite, SWT.READ_ONLY);
			previousCombo.add("");
			candidates = skeleton.reports(files); // what the new report may link as last year's
			for (ReportSkeleton.ReportHeader candidate : candidates) {
				previousCombo.add(fileNameOf(candidate));
			}
			label(composite, UiMessages.get("wizard.file"));
			fileText = new Text(composite, SWT.BORDER);
			yearChanged();
			yearSpinner.addModifyListener(e -> yearChanged());
			for (Control control : new Control[] { formatCombo, bodyText, yearSpinner, previousCombo, fileText }) {
				control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			}
			fileText.addModifyListener(e -> validate());
			bodyText.addModifyListener(e -> validate());
			setControl(composite);
			validate();
		}

		/**
		 * The defaults that follow the year: the format for the year, last year's report of the
		 * folder as the previous report (and its body, while the body is still the placeholder),
		 * and the file name.
		 */
		private void yearChanged() {
			int year = yearSpinner.getSelection();
			String format = GprUiPlugin.injector().getInstance(ReportSkeleton.class).formatFor(year);
			int index = format == null ? -1 : formatCombo.indexOf(format);
			formatCombo.select(index >= 0 ? index : Math.min(1, formatCombo.getItemCount() - 1));
			ReportSkeleton.ReportHeader last = null;
			for (ReportSkeleton.ReportHeader candidate : candidates) {
				if (candidate.year() == year - 1 && (last == null || candidate.body().equals(body()))) {
					last = candidate;
				}
			}
			previousCombo.setText(last == null ? "" : fileNameOf(last));
			if (last != null && body().equals(UiMessages.get("wizard.body.default"))) {
				bodyText.setText(last.body());
			}
			fileText.setText("report-" + year + ".gpr");
		}

		private void validate() {
			String error = null;
			if (container == null) {
				error = UiMessages.get("wizard.error.noFolder");
			} else if (body().isBlank()) {
				error = UiMessages.get("wizard.error.noBody");
			} else if (!fileName().endsWith(".gpr")) {
				error = UiMessages.get("wizard.error.fileName");
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		private static void label(Composite parent, String text) {
			new Label(parent, SWT.NONE).setText(text);
		}

		public String format() {
			return formatCombo.getText();
		}

		public String body() {
			return bodyText.getText().strip();
		}

		public int year() {
			return yearSpinner.getSelection();
		}

		public String previous() {
			String text = previousCombo.getText();
			return text.isEmpty() ? null : text;
		}

		public String fileName() {
			return fileText.getText().strip();
		}

		/** Sets the year as the spinner does (for tests): the defaults that follow the year follow it. */
		public void setYear(int year) {
			yearSpinner.setSelection(year);
			yearChanged();
		}

		/** Sets the fields (for tests). */
		public void set(String format, String body, int year, String previous, String fileName) {
			setYear(year); // first: the defaults that follow the year are then overridden
			formatCombo.setText(format);
			bodyText.setText(body);
			previousCombo.setText(previous == null ? "" : previous);
			fileText.setText(fileName);
		}
	}
}
