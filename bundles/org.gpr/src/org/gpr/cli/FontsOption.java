package org.gpr.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --fonts DIR} of {@code gpr generate}: a folder of TrueType fonts (the GB/T 9704 fonts
 * 方正小标宋、黑体、仿宋_GB2312、楷体_GB2312 of the author's machine) searched before the usual font
 * folders when the PDF and Word documents are made.
 */
final class FontsOption {

	private FontsOption() {
	}

	/** The folder of {@code --fonts DIR} or {@code --fonts=DIR}; a folder that does not exist is bad usage. */
	static Path parse(String arg, String next, CommandContext context) throws InputException {
		String value = arg.equals("--fonts") ? next : arg.substring("--fonts=".length());
		if (value == null || value.isEmpty()) {
			throw new InputException(GenerateCommand.MESSAGES.get("generate.fontsMissingValue"));
		}
		Path folder = context.workingDirectory().resolve(value).toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new InputException(GenerateCommand.MESSAGES.get("generate.fontsNotFolder", value));
		}
		return folder;
	}
}
