package org.gpr.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Converts documents with LibreOffice headless for tests ({@code soffice --convert-to}), when it is installed. */
final class LibreOffice {

	private LibreOffice() {
	}

	/** LibreOffice's {@code soffice}, or null when it is not installed. */
	static Path soffice() {
		return Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").map(Path::of).filter(Files::isExecutable).findFirst()
				.orElse(null);
	}

	/**
	 * Converts the files, in one start of LibreOffice, to {@code extension} (its filter chosen by
	 * LibreOffice: {@code doc} is "MS Word 97") into {@code work}, with a profile of its own there.
	 *
	 * @return the converted files in the order given, or null when LibreOffice is not installed,
	 *         did not finish in two minutes, or did not write one of them
	 */
	static List<Path> convert(Path work, String extension, Path... files) throws IOException, InterruptedException {
		Path soffice = soffice();
		if (soffice == null) {
			return null;
		}
		Files.createDirectories(work);
		List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=file://" + work.resolve("profile"),
				"--headless", "--convert-to", extension, "--outdir", work.toString()));
		for (Path file : files) {
			command.add(file.toAbsolutePath().toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile())
				.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return null;
		}
		List<Path> converted = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			Path result = work.resolve(name.substring(0, name.lastIndexOf('.') + 1) + extension);
			if (!Files.isRegularFile(result)) {
				return null;
			}
			converted.add(result);
		}
		return converted;
	}
}
