package org.gpr.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.AbstractFileSystemAccess2;
import org.eclipse.xtext.util.RuntimeIOException;

/**
 * Xtext's file system access for generators, writing into one folder of the workspace
 * (the project's {@code report-gen/}) and remembering every file it wrote.
 */
public class ProjectFileSystemAccess extends AbstractFileSystemAccess2 {

	private final IFolder root;
	private final Set<IFile> written = new LinkedHashSet<>();

	public ProjectFileSystemAccess(IFolder root) {
		this.root = root;
	}

	public Set<IFile> getWritten() {
		return written;
	}

	private IFile file(String fileName) {
		return root.getFile(IPath.fromOSString(fileName));
	}

	@Override
	public void generateFile(String fileName, String outputConfigName, CharSequence contents) {
		write(fileName, contents.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void generateFile(String fileName, String outputConfigName, InputStream content) {
		try (InputStream in = content) {
			write(fileName, in.readAllBytes());
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
	}

	private void write(String fileName, byte[] bytes) {
		IFile file = file(fileName);
		try {
			create(file.getParent());
			if (file.exists()) {
				file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE, null);
			} else {
				file.create(new ByteArrayInputStream(bytes), IResource.FORCE | IResource.DERIVED, null);
			}
			file.setCharset("UTF-8", null);
			written.add(file);
		} catch (CoreException e) {
			throw new RuntimeIOException(e);
		}
	}

	static void create(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent());
			folder.create(IResource.FORCE | IResource.DERIVED, true, null);
		}
	}

	@Override
	public void deleteFile(String fileName, String outputConfigName) {
		IFile file = file(fileName);
		try {
			if (file.exists()) {
				file.delete(true, null);
			}
		} catch (CoreException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public URI getURI(String path, String outputConfiguration) {
		IFile file = file(path);
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	@Override
	public InputStream readBinaryFile(String fileName, String outputCfgName) throws RuntimeIOException {
		try {
			return file(fileName).getContents(true);
		} catch (CoreException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public CharSequence readTextFile(String fileName, String outputCfgName) throws RuntimeIOException {
		try (InputStream in = readBinaryFile(fileName, outputCfgName)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public boolean isFile(String path, String outputConfigurationName) throws RuntimeIOException {
		return file(path).exists();
	}
}
