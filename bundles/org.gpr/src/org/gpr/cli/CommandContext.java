package org.gpr.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import com.google.inject.Injector;

/**
 * What a command runs with: its output streams, the working directory its paths are relative to,
 * and the gpr injector (created on first use).
 */
public interface CommandContext {

	PrintStream out();

	PrintStream err();

	Path workingDirectory();

	Injector injector();
}
