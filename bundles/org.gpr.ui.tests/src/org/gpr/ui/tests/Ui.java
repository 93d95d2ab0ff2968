package org.gpr.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.gpr.ui.GprFiles;
import org.gpr.ui.builder.GprNature;

/** Helpers of the UI tests: the repository, projects, waiting while the UI runs, screenshots. */
final class Ui {

	private Ui() {
	}

	static Path repository() {
		String property = System.getProperty("gpr.repository");
		Path dir = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("examples/customs-2020"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("repository not found");
		}
		return dir.toAbsolutePath().normalize();
	}

	static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A new project holding the files of an example folder, with the gpr nature. */
	static IProject importExample(String name, String example) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		project.setDefaultCharset("UTF-8", null);
		try (var files = Files.list(repository().resolve("examples").resolve(example))) {
			for (Path path : files.filter(p -> p.toString().endsWith(".gpr")).sorted().toList()) {
				IFile file = project.getFile(path.getFileName().toString());
				file.create(GprFiles.stream(Files.readString(path, StandardCharsets.UTF_8)), true, null);
			}
		}
		GprNature.add(project, null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project;
	}

	static IFile write(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.setContents(GprFiles.stream(text), true, false, null);
		} else {
			file.create(GprFiles.stream(text), true, null);
		}
		return file;
	}

	/** Runs the UI until the condition holds; fails after the timeout. */
	static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			processEvents(display);
			sleep(5);
		}
	}

	static void processEvents() {
		processEvents(Display.getCurrent());
	}

	private static void processEvents(Display display) {
		if (display != null) {
			while (display.readAndDispatch()) {
				// run everything queued
			}
		}
	}

	/** Runs the UI for a while. */
	static void runFor(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			processEvents();
			sleep(5);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Saves a screenshot of the whole screen as PNG (SWT's GC.copyArea). */
	static void screenshot(Path target) {
		Display display = Display.getCurrent();
		runFor(300);
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		try {
			Files.createDirectories(target.getParent());
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} finally {
			image.dispose();
		}
	}
}
