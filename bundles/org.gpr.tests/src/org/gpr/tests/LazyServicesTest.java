package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.impl.Serializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.IConcreteSyntaxValidator;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxValidator;
import org.gpr.LazyConcreteSyntaxValidator;
import org.gpr.LazySerializer;
import org.gpr.gpr.GprFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The serializer and the concrete syntax validator that Xtext gives every resource are made only
 * when something uses them (parsing and checking never do), and then answer as Xtext's own.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GprInjectorProvider.class)
@ExtendWith(ChineseLocale.class)
class LazyServicesTest {

	@Inject
	private GprTestSupport support;

	@Inject
	private Injector injector;

	@Test
	void checkingAReportMakesNeitherService() {
		GprFile file = support.parse(GprTestSupport.minimal2019());
		XtextResource resource = (XtextResource) file.eResource();
		support.validation().assertNoIssues(file);
		LazySerializer serializer = assertInstanceOf(LazySerializer.class, resource.getSerializer());
		LazyConcreteSyntaxValidator validator = assertInstanceOf(LazyConcreteSyntaxValidator.class,
				resource.getConcreteSyntaxValidator());
		assertFalse(serializer.isMade(), "parsing, linking and validating made the serializer");
		assertFalse(validator.isMade(), "parsing, linking and validating made the concrete syntax validator");
	}

	@Test
	void theSerializerAnswersAsXtextsOwn() throws IOException {
		String text = GprTestSupport.minimal2019();
		GprFile file = support.parse(text);
		XtextResource resource = (XtextResource) file.eResource();
		LazySerializer serializer = (LazySerializer) resource.getSerializer();
		String expected = injector.getInstance(Serializer.class).serialize(file);
		assertEquals(text, expected, "Xtext's serializer gives back the unchanged text");
		assertEquals(expected, serializer.serialize(file));
		assertTrue(serializer.isMade());
		assertEquals(expected, serializer.serialize(file, SaveOptions.defaultOptions()));
		StringWriter written = new StringWriter();
		serializer.serialize(file, written, SaveOptions.defaultOptions());
		assertEquals(expected, written.toString());
		assertEquals(expected, serializer.serializeReplacement(file, SaveOptions.defaultOptions()).getText());
	}

	@Test
	void theConcreteSyntaxValidatorAnswersAsXtextsOwn() {
		GprFile file = support.parse(GprTestSupport.minimal2019());
		XtextResource resource = (XtextResource) file.eResource();
		LazyConcreteSyntaxValidator validator = (LazyConcreteSyntaxValidator) resource.getConcreteSyntaxValidator();
		List<String> lazy = new ArrayList<>();
		List<String> own = new ArrayList<>();
		boolean lazyValid = validator.validateRecursive(file, d -> lazy.add(d.getMessage()), new HashMap<>());
		boolean ownValid = injector.getInstance(ConcreteSyntaxValidator.class).validateRecursive(file,
				d -> own.add(d.getMessage()), new HashMap<>());
		assertTrue(validator.isMade());
		assertEquals(ownValid, lazyValid);
		assertEquals(own, lazy);
		IConcreteSyntaxValidator direct = injector.getInstance(ConcreteSyntaxValidator.class);
		assertEquals(direct.validateObject(file, d -> { }, new HashMap<>()),
				validator.validateObject(file, d -> { }, new HashMap<>()));
	}
}
