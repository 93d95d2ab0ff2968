package org.gpr.cli.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the jars of a folder into another without their signature files (META-INF/*.SF, *.RSA,
 * *.DSA, *.EC): the JVM's class data sharing skips every class of a signed jar (and Java 17's
 * dynamic archive dump can crash on lambdas of such classes), and the Eclipse jars (Xtext, EMF) are
 * signed. Their manifests lose the per-entry digests of the signature as well (a {@code Name:}
 * section with a {@code SHA-256-Digest} for each of Xtext's 1,631 files: 235 KB that the JVM would
 * parse at every start when it defines the jar's first package); their main attributes stay as they
 * are. The release's lib/ is made this way; the classes are the same bytes.
 * <p>
 * {@code java org.gpr.cli.release.Unsign FROM TO}
 */
public final class Unsign {

	private Unsign() {
	}

	public static void main(String[] args) throws IOException {
		Path from = Path.of(args[0]);
		Path to = Files.createDirectories(Path.of(args[1]));
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(from, "*.jar")) {
			for (Path jar : jars) {
				copy(jar, to.resolve(jar.getFileName()));
			}
		}
	}

	static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}

	/** The manifest without the signature's digest attributes (and the per-entry sections they leave empty). */
	static Manifest withoutDigests(Manifest manifest) {
		for (Iterator<Map.Entry<String, Attributes>> sections = manifest.getEntries().entrySet().iterator(); sections.hasNext();) {
			Attributes attributes = sections.next().getValue();
			attributes.keySet().removeIf(name -> name.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
			if (attributes.isEmpty()) {
				sections.remove();
			}
		}
		return manifest;
	}

	private static void copy(Path jar, Path target) throws IOException {
		try (InputStream file = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(file);
				OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (isSignature(entry.getName())) {
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				zip.putNextEntry(copy);
				if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
					withoutDigests(new Manifest(in)).write(zip);
				} else {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		Files.setLastModifiedTime(target, Files.getLastModifiedTime(jar));
	}
}
