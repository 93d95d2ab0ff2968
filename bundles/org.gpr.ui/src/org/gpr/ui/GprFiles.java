package org.gpr.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.gpr.ide.editor.FormatFiles;

/** Workspace files as the language services see them: file URIs and texts. */
public final class GprFiles {

	private GprFiles() {
	}

	public static boolean isGpr(IResource resource) {
		return resource instanceof IFile && "gpr".equals(resource.getFileExtension());
	}

	/** A file's URI: its location on disk, so that {@code previous} links resolve as on the command line. */
	public static URI uri(IFile file) {
		IPath location = file.getLocation();
		return location != null ? URI.createFileURI(location.toOSString())
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The text of a file: its editor's document when one is open, else its contents on disk. */
	public static String text(IFile file) throws CoreException {
		String open = openText(file);
		return open != null ? open : saved(file);
	}

	/** The text of the file's open editor document, or null when no editor has it open. */
	private static String openText(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		return buffer == null ? null : buffer.getDocument().get();
	}

	/** The text of a file as saved on disk. */
	public static String saved(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
		}
	}

	/**
	 * The format files among the other gpr files of the file's folder: what a report's format or a
	 * format's base may be. Other reports are not loaded (a previous report is found through its
	 * link), and a file on disk is read again only when it changed (see {@link FormatFiles}), so a
	 * large report beside the edited one costs nothing per keystroke.
	 */
	public static Map<URI, String> siblings(IFile file) {
		return siblings(file, false);
	}

	/** @param savedOnly whether to read the saved texts even of files open in an editor (the builder does) */
	public static Map<URI, String> siblings(IFile file, boolean savedOnly) {
		Map<URI, String> result = new LinkedHashMap<>();
		IContainer parent = file.getParent();
		if (parent == null || !parent.exists()) {
			return result;
		}
		try {
			for (IResource member : parent.members()) {
				if (isGpr(member) && !member.equals(file)) {
					try {
						String text = formatText((IFile) member, savedOnly);
						if (text != null) {
							result.put(uri((IFile) member), text);
						}
					} catch (CoreException e) {
						// unreadable: not offered to the services
					}
				}
			}
		} catch (CoreException e) {
			GprUiPlugin.logOnce("reading " + parent.getFullPath(), e);
		}
		return result;
	}

	/** The files on disk last read by {@link #siblings}: read again only when changed. */
	private static final FormatFiles DISK = new FormatFiles();

	/** The file's text when it is a format, else null: its editor's document when one is open, else what is on disk. */
	private static String formatText(IFile file, boolean savedOnly) throws CoreException {
		String open = savedOnly ? null : openText(file);
		if (open != null) {
			return FormatFiles.isFormat(open) ? open : null;
		}
		IPath location = file.getLocation();
		return DISK.formatText(file, location == null ? null : location.toPath(), file.getModificationStamp(),
				() -> saved(file));
	}

	/** The format files beside a file outside the workspace, read from disk. */
	public static Map<URI, String> siblings(java.nio.file.Path file) {
		Map<URI, String> result = new LinkedHashMap<>();
		java.nio.file.Path folder = file.toAbsolutePath().getParent();
		if (folder == null) {
			return result;
		}
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
			for (java.nio.file.Path other : files.filter(p -> p.toString().endsWith(".gpr") && !p.equals(file.toAbsolutePath()))
					.sorted().toList()) {
				try {
					String format = DISK.formatText(other, other, 0,
							() -> java.nio.file.Files.readString(other, StandardCharsets.UTF_8));
					if (format != null) {
						result.put(URI.createFileURI(other.toString()), format);
					}
				} catch (IOException | RuntimeException e) {
					// unreadable or not UTF-8: not offered to the services
				}
			}
		} catch (IOException e) {
			GprUiPlugin.logOnce("reading " + folder, e);
		}
		return result;
	}

	public static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
