package org.gpr.importer.documents;

/**
 * POI logs through log4j-api, which, without an implementation on the command line's class path,
 * prints a complaint to stderr: the readers have nothing to log, so log4j-api gets its simple
 * logger, switched off (unless the user configured logging).
 */
final class Quiet {

	private Quiet() {
	}

	static void logging() {
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		}
	}
}
