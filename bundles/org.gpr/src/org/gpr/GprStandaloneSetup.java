package org.gpr;

/** Sets gpr up outside Eclipse (command line, tests, Maven). */
public class GprStandaloneSetup extends GprStandaloneSetupGenerated {

	public static void doSetup() {
		new GprStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
