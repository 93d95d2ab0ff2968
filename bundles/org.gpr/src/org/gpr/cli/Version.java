package org.gpr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.gpr.Messages;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code gpr --version}: the version and the commit gpr was built from, as the release build
 * writes them into {@code org/gpr/cli/build.properties} (releng/org.gpr.cli); a build without it
 * (the bundles in an IDE or under OSGi) says so.
 */
public final class Version implements IVersionProvider {

	static final String RESOURCE = "/org/gpr/cli/build.properties";

	@Override
	public String[] getVersion() {
		Properties build = properties();
		String version = build.getProperty("version");
		if (version == null) {
			return new String[] { Messages.get("cli.version.unknown") };
		}
		return new String[] {
				Messages.get("cli.version", version, build.getProperty("commit", "?"), build.getProperty("date", "?")),
				Messages.get("cli.version.java", System.getProperty("java.version"), System.getProperty("java.home")) };
	}

	/** The build's properties; empty when they are not on the class path. */
	public static Properties properties() {
		Properties properties = new Properties();
		try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException e) {
			// no build information: the version says so
		}
		return properties;
	}
}
