package org.gpr.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.gpr.ui.builder.GprBuilder;
import org.gpr.ui.builder.GprNature;
import org.gpr.ui.wizard.NewReportWizard;
import org.gpr.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/** The new report wizard: a complete skeleton with no errors other than blanks. */
class WizardTest {

	@Test
	void skeletonHasNoErrorsOtherThanBlanks() throws Exception {
		IProject project = Ui.importExample("wizard", "customs-2020");
		for (String format : List.of("gov2019", "gov2021", "customs2020")) {
			NewReportWizard wizard = new NewReportWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
			WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.create();
			String name = "new-" + format + ".gpr";
			boolean linked = format.equals("customs2020");
			wizard.getPage().set(format, linked ? "海关总署(本级机关)" : "测试机关", 2021, linked ? "customs-2020.gpr" : null, name);
			assertTrue(wizard.performFinish());
			dialog.close();
			IFile file = wizard.getCreated();
			assertNotNull(file);
			assertTrue(project.hasNature(GprNature.ID));
			String text = Ui.read(java.nio.file.Path.of(file.getLocation().toOSString()));
			assertTrue(text.contains("format " + format), text);
			assertEquals(linked, text.contains("previous \"customs-2020.gpr\""), text);
			Ui.waitUntil("the skeleton's markers", 20_000, () -> {
				try {
					return file.findMarkers(GprBuilder.MARKER, true, IResource.DEPTH_ZERO).length > 0;
				} catch (Exception e) {
					return false;
				}
			});
			List<String> others = java.util.Arrays.stream(file.findMarkers(GprBuilder.MARKER, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR)
					.filter(m -> !IssueCodes.isBlank(m.getAttribute(GprBuilder.CODE, "")))
					.map(m -> m.getAttribute(GprBuilder.CODE, "") + ": " + m.getAttribute(IMarker.MESSAGE, ""))
					.toList();
			assertEquals(List.of(), others, format + "\n" + text);
		}
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void nextYearsReportProposesLastYearsReportAndTheFormatOfTheYear() throws Exception {
		IProject project = Ui.importExample("wizard-next-year", "customs-2020");
		NewReportWizard wizard = new NewReportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		NewReportWizard.Page page = wizard.getPage();
		page.setYear(2021);
		// the year decides the format; last year's report of the folder is proposed, with its body
		assertEquals("gov2021", page.format());
		assertEquals("customs-2020.gpr", page.previous());
		assertEquals("海关总署(本级机关)", page.body());
		assertEquals("report-2021.gpr", page.fileName());
		page.setYear(2020);
		assertEquals("gov2019", page.format());
		assertEquals(null, page.previous()); // no 2019 report in the folder
		page.setYear(2021);
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile file = wizard.getCreated();
		String text = Ui.read(java.nio.file.Path.of(file.getLocation().toOSString()));
		assertTrue(text.startsWith("report \"海关总署(本级机关)\" year 2021 format gov2021\nprevious \"customs-2020.gpr\"\n"),
				text);
		assertTrue(text.contains("\n    结转 _ _ _ _ _ _ | _\n"), text);
		Ui.waitUntil("the new report's markers", 20_000, () -> {
			try {
				return file.findMarkers(GprBuilder.MARKER, true, IResource.DEPTH_ZERO).length > 0;
			} catch (Exception e) {
				return false;
			}
		});
		List<String> unexpected = java.util.Arrays.stream(file.findMarkers(GprBuilder.MARKER, true, IResource.DEPTH_ZERO))
				.filter(m -> IssueCodes.CROSS_YEAR_MISMATCH.equals(m.getAttribute(GprBuilder.CODE, ""))
						|| m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR
								&& !IssueCodes.isBlank(m.getAttribute(GprBuilder.CODE, "")))
				.map(m -> m.getAttribute(GprBuilder.CODE, "") + ": " + m.getAttribute(IMarker.MESSAGE, "")).toList();
		assertEquals(List.of(), unexpected, text);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}
}
