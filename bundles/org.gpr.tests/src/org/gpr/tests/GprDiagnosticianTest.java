package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.gpr.GprStandaloneSetup;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.InvalidCell;
import org.gpr.gpr.Literal;
import org.gpr.gpr.Report;
import org.gpr.gpr.TableRow;
import org.gpr.validation.GprDiagnostician;
import org.gpr.validation.GprValidator;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * gpr's diagnostician hands an object to the validators only when a check applies to it, and
 * only when all the validators of gpr's package are gpr's: a literal or a number cell is not
 * handed to gpr's validator, a table row or an invalid cell is, and a validator of another kind
 * registered beside it still sees every object.
 */
class GprDiagnosticianTest {

	private final Injector injector = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();

	/** Counts the objects it is asked about. */
	private static final class Counting implements EValidator {
		int objects;

		@Override
		public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return validate(eObject.eClass(), eObject, diagnostics, context);
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			objects++;
			return true;
		}

		@Override
		public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return true;
		}
	}

	private Report customs() {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		GprTestSupport.load(set, "customs-format.gpr", GprTestSupport.example("customs-2020/customs-format.gpr"));
		String text = GprTestSupport.example("customs-2020/customs-2020.gpr").replaceFirst("(?m)^(    [^ \\n]+ +)178 ", "$1， ");
		Report report = (Report) GprTestSupport.load(set, "customs-2020.gpr", text);
		EcoreUtil.resolveAll(report.eResource());
		return report;
	}

	@Test
	void checksApplyToTheirClassesOnly() {
		GprValidator validator = injector.getInstance(GprValidator.class);
		Report report = customs();
		int literals = 0;
		int invalid = 0;
		for (TreeIterator<EObject> all = report.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof Literal) {
				assertFalse(validator.checks(object), "a literal");
				literals++;
			} else if (object instanceof TableRow || object instanceof InvalidCell) {
				assertTrue(validator.checks(object), object.toString());
				invalid += object instanceof InvalidCell ? 1 : 0;
			}
		}
		assertTrue(validator.checks(report));
		assertTrue(literals > 10, "literals: " + literals);
		assertEquals(1, invalid, "the cell made invalid");
	}

	@Test
	void anotherValidatorBesideGprsSeesEveryObject() {
		Report report = customs();
		int all = 1;
		for (TreeIterator<EObject> it = report.eAllContents(); it.hasNext(); it.next()) {
			all++;
		}
		CompositeEValidator composite = injector.getInstance(CompositeEValidator.class);
		composite.addValidator(injector.getInstance(GprValidator.class));
		Counting counting = new Counting();
		composite.addValidator(counting);
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(GprPackage.eINSTANCE, composite);
		GprDiagnostician diagnostician = new GprDiagnostician(registry);
		injector.injectMembers(diagnostician);
		BasicDiagnostic diagnostic = diagnostician.createDefaultDiagnostic(report);
		diagnostician.validate(report, diagnostic, new HashMap<>());
		assertEquals(all, counting.objects);
		// and gpr's own checks ran: the invalid cell is reported
		assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getMessage().contains("，")), diagnostic.toString());
	}
}
