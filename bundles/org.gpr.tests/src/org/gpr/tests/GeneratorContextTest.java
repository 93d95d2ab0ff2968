package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.gpr.GprRuntimeModule;
import org.gpr.generator.GprGenerator;
import org.gpr.generator.GprGeneratorContext;
import org.gpr.gpr.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

/**
 * What the Xtext generator is told by its caller: the Eclipse builder passes a
 * {@link GprGeneratorContext} saying the report was just validated (so the generator does not
 * validate it a second time) and whether the project asks for the figures at a glance; the
 * xtext-maven-plugin passes Xtext's own context (the generator validates, and the system
 * property {@code gpr.figures} turns the figures on). The validations are counted with a
 * validator that counts its calls.
 */
@ExtendWith(ChineseLocale.class)
class GeneratorContextTest {

	/** Xtext's validator, counting the resources it validates. */
	@Singleton
	public static class CountingValidator extends ResourceValidatorImpl {
		final AtomicInteger calls = new AtomicInteger();

		@Override
		public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
			calls.incrementAndGet();
			return super.validate(resource, mode, indicator);
		}
	}

	private Injector injector;
	private CountingValidator validator;

	@BeforeEach
	void setUp() {
		new GprInjectorProvider().getInjector();
		injector = Guice.createInjector(Modules.override(new GprRuntimeModule())
				.with(binder -> binder.bind(IResourceValidator.class).to(CountingValidator.class)));
		validator = injector.getInstance(CountingValidator.class);
	}

	private Resource customs(String change) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		GprTestSupport.load(set, "customs-format.gpr", GprTestSupport.example("customs-2020/customs-format.gpr"));
		String text = GprTestSupport.example("customs-2020/customs-2020.gpr");
		Report report = (Report) GprTestSupport.load(set, "customs-2020.gpr",
				change == null ? text : text.replace("    总计             178", change));
		return report.eResource();
	}

	private InMemoryFileSystemAccess generate(Resource resource, GeneratorContext context) {
		context.setCancelIndicator(CancelIndicator.NullImpl);
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		injector.getInstance(GprGenerator.class).doGenerate(resource, fsa, context);
		return fsa;
	}

	private static String html(InMemoryFileSystemAccess fsa) {
		Object page = fsa.getAllFiles().get(InMemoryFileSystemAccess.DEFAULT_OUTPUT + "customs-2020.html");
		if (page == null) {
			return null;
		}
		return page instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : page.toString();
	}

	@Test
	void xtextsOwnContextValidatesOnceAndWritesNothingForAReportWithErrors() {
		InMemoryFileSystemAccess fsa = generate(customs(null), new GeneratorContext());
		assertEquals(1, validator.calls.get(), "the generator validates a report no one validated");
		assertTrue(html(fsa).contains("海关总署(本级机关)2020年政府信息公开工作年度报告"));

		validator.calls.set(0);
		InMemoryFileSystemAccess broken = generate(customs("    总计             179"), new GeneratorContext());
		assertEquals(1, validator.calls.get());
		assertTrue(broken.getAllFiles().isEmpty(), "a report whose tables do not add up gets no output: "
				+ broken.getAllFiles().keySet());
	}

	@Test
	void theBuildersContextIsNotValidatedAgain() {
		InMemoryFileSystemAccess fsa = generate(customs(null), new GprGeneratorContext().setValidated(true));
		assertEquals(0, validator.calls.get(), "the builder validated the report for its markers already");
		assertTrue(html(fsa).contains("海关总署(本级机关)2020年政府信息公开工作年度报告"));
		// the same outputs as after the generator's own validation
		assertEquals(generate(customs(null), new GeneratorContext()).getAllFiles().keySet(), fsa.getAllFiles().keySet());
	}

	@Test
	void figuresAreOffByDefaultAndOnWhenTheContextOrThePropertyAsks() {
		assertFalse(html(generate(customs(null), new GeneratorContext())).contains("s-figures"),
				"the official layout has no figures");
		assertFalse(html(generate(customs(null), new GprGeneratorContext())).contains("s-figures"));
		assertTrue(html(generate(customs(null), new GprGeneratorContext().setFigures(true))).contains("s-figures"));
		String before = System.getProperty(GprGeneratorContext.FIGURES_PROPERTY);
		try {
			System.setProperty(GprGeneratorContext.FIGURES_PROPERTY, "true");
			assertTrue(html(generate(customs(null), new GeneratorContext())).contains("s-figures"),
					"mvn -Dgpr.figures=true: the figures with Xtext's own context");
			// the builder's context decides for itself: the project's setting, not the JVM's property
			assertFalse(html(generate(customs(null), new GprGeneratorContext())).contains("s-figures"));
		} finally {
			if (before == null) {
				System.clearProperty(GprGeneratorContext.FIGURES_PROPERTY);
			} else {
				System.setProperty(GprGeneratorContext.FIGURES_PROPERTY, before);
			}
		}
	}
}
