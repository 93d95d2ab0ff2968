package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.gpr.GprStandaloneSetup;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** Shows that the headless test runtime works: the language's injector can be created. */
public class BuildSmokeTest {

	@Test
	public void injectorIsCreated() {
		Injector injector = new GprStandaloneSetup().createInjectorAndDoEMFRegistration();
		assertNotNull(injector);
	}
}
