package org.gpr.ide.server;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.Inject;

/**
 * Finds the {@code .gpr} files of a workspace folder as Xtext's scanner does, leaving out what
 * {@code gpr check} refuses to read (see {@link DocumentGuard}): a file over 16 MB or a binary
 * file is not loaded into the index, so one such file beside the reports costs nothing.
 */
public class GprFileSystemScanner implements IFileSystemScanner {

	@Inject
	private IFileSystemScanner.JavaIoFileSystemScanner scanner;

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		scanner.scan(root, uri -> {
			if (!uri.isFile() || readable(new File(uri.toFileString()))) {
				acceptor.accept(uri);
			}
		});
	}

	private static boolean readable(File file) {
		if (!file.getName().endsWith(".gpr")) {
			return true;
		}
		if (file.length() > DocumentGuard.MAX_CHARS) {
			return false;
		}
		byte[] head = new byte[8192];
		try (InputStream in = Files.newInputStream(file.toPath())) {
			int read = in.readNBytes(head, 0, head.length);
			for (int i = 0; i < read; i++) {
				if (head[i] == 0) {
					return false;
				}
			}
			return true;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
