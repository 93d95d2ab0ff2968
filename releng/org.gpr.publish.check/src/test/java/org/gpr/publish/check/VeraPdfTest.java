package org.gpr.publish.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The customs example's PDF passes veraPDF's PDF/A-2u (archiving) and PDF/UA-1 (accessibility) profiles. */
class VeraPdfTest {

	@BeforeAll
	static void initialise() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private static String failures(Path pdf, PDFAFlavour flavour) throws Exception {
		try (VeraPDFFoundry foundry = Foundries.defaultInstance();
				InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = foundry.createParser(in, flavour);
				PDFAValidator validator = foundry.createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			List<TestAssertion> failed = result.getTestAssertions().stream()
					.filter(a -> a.getStatus() == TestAssertion.Status.FAILED).toList();
			String text = failed.stream().map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
					+ a.getMessage().replaceAll("\\s+", " ")).distinct().collect(Collectors.joining("\n  "));
			return result.isCompliant() ? "" : flavour + ": " + failed.size() + " failed checks\n  " + text;
		}
	}

	@Test
	void aPdfThatIsNotPdfAFails() throws Exception {
		// the check can fail: a plain PDFBox page has no XMP metadata, no output intent, no tags
		Path plain = Generate.customs().resolve("plain.pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(plain.toFile());
		}
		assertTrue(!failures(plain, PDFAFlavour.PDFA_2_U).isEmpty(), "PDF/A-2u rejects a plain PDF");
		assertTrue(!failures(plain, PDFAFlavour.PDFUA_1).isEmpty(), "PDF/UA-1 rejects a plain PDF");
	}

	@Test
	void pdfA2u() throws Exception {
		Path pdf = Generate.customs().resolve("customs-2020.pdf");
		String failures = failures(pdf, PDFAFlavour.PDFA_2_U);
		assertTrue(failures.isEmpty(), failures);
	}

	@Test
	void pdfUa1() throws Exception {
		Path pdf = Generate.customs().resolve("customs-2020.pdf");
		String failures = failures(pdf, PDFAFlavour.PDFUA_1);
		assertTrue(failures.isEmpty(), failures);
	}

	@Test
	void theFiguresAndTheirChartsKeepPdfA2uAndPdfUa1() throws Exception {
		Path pdf = Generate.figures().resolve("synthetic-2021.pdf");
		String failures = failures(pdf, PDFAFlavour.PDFA_2_U) + failures(pdf, PDFAFlavour.PDFUA_1);
		assertTrue(failures.isEmpty(), failures);
	}

}
