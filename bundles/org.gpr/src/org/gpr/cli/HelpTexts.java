package org.gpr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import org.gpr.Messages;

import picocli.CommandLine;

/**
 * Gives picocli commands their help texts: a resource bundle per command (Chinese base file,
 * {@code _en} English, chosen as {@link Messages} chooses), loaded with the command's own class
 * loader (picocli's own lookup would use picocli's, which under OSGi sees none of ours).
 */
final class HelpTexts {

	private HelpTexts() {
	}

	/**
	 * The command's texts: its base (Chinese) file, or its {@code _en} file when messages are in
	 * English, over {@code shared} (the root's texts: headings, help, version; null for the root
	 * itself, whose English file lies over its Chinese one). Read into bundles without a base name,
	 * so that picocli uses these objects and never looks the name up again with its own class loader.
	 */
	static ResourceBundle load(String baseName, ClassLoader loader, ResourceBundle shared) {
		String path = baseName.replace('.', '/');
		ResourceBundle base = read(loader, path + ".properties", shared);
		if (Messages.english()) {
			ResourceBundle english = read(loader, path + "_en.properties", shared != null ? shared : base);
			if (english != null) {
				return english;
			}
		}
		if (base == null) {
			throw new MissingResourceException("no help texts " + path + ".properties", baseName, "");
		}
		return base;
	}

	private static ResourceBundle read(ClassLoader loader, String resource, ResourceBundle parent) {
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				return null;
			}
			return new Texts(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class Texts extends PropertyResourceBundle {
		Texts(Reader reader, ResourceBundle parent) throws IOException {
			super(reader);
			if (parent != null) {
				setParent(parent);
			}
		}
	}

	static void apply(CommandLine command, ResourceBundle texts) {
		command.setResourceBundle(texts);
	}

	/** The layout of every help text of the tree: sorted as declared, CJK-aware line breaks. */
	static void layout(CommandLine root) {
		root.setUsageHelpLongOptionsMaxWidth(24);
		root.setUsageHelpWidth(100);
		root.setAdjustLineBreaksForWideCJKCharacters(true);
	}
}
