package org.gpr.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gpr.Messages;

/**
 * Turns the paths on a command line into the .gpr files to read: folders recursively, files as
 * given, and the other .gpr files beside a given file (so that a format declared next to a
 * report resolves). Refuses what cannot be a report, with one sentence.
 */
public final class InputFiles {

	/** Reports are tens of kilobytes; anything this large is not one. */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	private final Path workingDirectory;

	public InputFiles(Path workingDirectory) {
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	/**
	 * What a command line's paths gave: the files that could be read, and a sentence for each
	 * argument or file that could not (missing, binary, not UTF-8, empty, too large …), in order.
	 */
	public record Inputs(List<SourceFile> files, List<String> unreadable) {

		/** Whether any file the user asked for could be read. */
		public boolean anyRequested() {
			return files.stream().anyMatch(SourceFile::requested);
		}
	}

	/** Every requested file first (in the order given, folders sorted), then their neighbours. */
	public List<SourceFile> collect(List<String> arguments) throws InputException {
		Inputs inputs = collectAll(arguments);
		if (!inputs.unreadable().isEmpty()) {
			throw new InputException(inputs.unreadable().get(0));
		}
		return inputs.files();
	}

	/**
	 * As {@link #collect(List)}, for a batch: a path or file that cannot be read does not stop the
	 * others; its sentence is in {@link Inputs#unreadable()}.
	 */
	public Inputs collectAll(List<String> arguments) {
		List<String> unreadable = new ArrayList<>();
		Map<Path, Boolean> files = new LinkedHashMap<>();
		for (String argument : arguments) {
			Path path = workingDirectory.resolve(argument).normalize();
			if (!Files.exists(path)) {
				unreadable.add(Messages.get("cli.missing", argument));
				continue;
			}
			if (Files.isDirectory(path)) {
				List<Path> found;
				try {
					found = walk(path);
				} catch (InputException e) {
					unreadable.add(e.getMessage());
					continue;
				}
				if (found.isEmpty()) {
					unreadable.add(Messages.get("cli.noFiles", argument));
					continue;
				}
				found.forEach(f -> files.put(f, true));
			} else {
				if (!path.getFileName().toString().endsWith(".gpr")) {
					unreadable.add(Messages.get("cli.notGpr", argument));
					continue;
				}
				files.put(path, true);
			}
		}
		List<Path> requested = new ArrayList<>(files.keySet());
		// each folder is listed once: with thousands of reports in one folder, listing it for every
		// file would take minutes
		java.util.Set<Path> listed = new java.util.HashSet<>();
		for (Path file : requested) {
			Path folder = file.getParent();
			if (folder != null && listed.add(folder)) {
				try (Stream<Path> siblings = Files.list(folder)) {
					siblings.filter(p -> p.getFileName().toString().endsWith(".gpr") && Files.isRegularFile(p))
							.sorted().forEach(p -> files.putIfAbsent(p, false));
				} catch (IOException e) {
					// neighbours are a convenience; the requested file is still read
				}
			}
		}
		List<SourceFile> result = new ArrayList<>();
		for (Map.Entry<Path, Boolean> entry : files.entrySet()) {
			try {
				result.add(read(entry.getKey(), entry.getValue()));
			} catch (InputException e) {
				if (entry.getValue()) {
					unreadable.add(e.getMessage());
				}
				// an unreadable neighbour that nobody asked for is skipped
			}
		}
		return new Inputs(result, unreadable);
	}

	private static List<Path> walk(Path folder) throws InputException {
		try (Stream<Path> stream = Files.walk(folder)) {
			return stream.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".gpr")).sorted()
					.toList();
		} catch (IOException | RuntimeException e) {
			throw new InputException(Messages.get("cli.unreadable", folder, e.getMessage()));
		}
	}

	/** Reads one file as strict UTF-8 (a byte-order mark is skipped). */
	public SourceFile read(Path path, boolean requested) throws InputException {
		String display = display(path);
		byte[] bytes;
		try {
			if (Files.size(path) > MAX_BYTES) {
				throw new InputException(Messages.get("cli.tooLarge", display, Files.size(path) / (1024 * 1024),
						MAX_BYTES / (1024 * 1024)));
			}
			bytes = Files.readAllBytes(path);
		} catch (IOException e) {
			throw new InputException(Messages.get("cli.unreadable", display, e.getMessage()));
		}
		if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
			throw new InputException(Messages.get("cli.empty", display));
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new InputException(Messages.get("cli.binary", display));
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new InputException(Messages.get("cli.notUtf8", display));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return new SourceFile(path, display, text, requested);
	}

	private String display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
				: absolute.toString();
	}
}
