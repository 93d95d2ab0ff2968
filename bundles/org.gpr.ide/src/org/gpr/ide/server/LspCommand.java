package org.gpr.ide.server;

import java.io.IOException;

import org.gpr.Messages;
import org.gpr.cli.CommandContext;
import org.gpr.cli.GprCommand;
import org.gpr.cli.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gpr lsp [--stdio | --port N [--host ADDRESS]]}: the language server, a picocli command
 * (help in Chinese and English from {@code lsp.properties} beside this class). Found by the
 * command line through {@code META-INF/services/org.gpr.cli.GprCommand} of this bundle (the
 * runtime cannot depend on the IDE bundle).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true)
public class LspCommand implements GprCommand {

	private static final Messages.Bundle TEXTS = new Messages.Bundle("org.gpr.ide.messages",
			LspCommand.class.getClassLoader());

	/** The default; accepted for the clients that pass it. */
	@Option(names = "--stdio", descriptionKey = "lsp.stdio")
	boolean stdio;

	/** A string, so that a bad port gets gpr's own sentence. */
	@Option(names = "--port", paramLabel = "PORT", descriptionKey = "lsp.port")
	String port;

	@Option(names = "--host", paramLabel = "ADDRESS", descriptionKey = "lsp.host")
	String host;

	@Override
	public String helpBundle() {
		return "org.gpr.ide.server.lsp";
	}

	@Override
	public int run(CommandContext context) throws InputException {
		if (port == null) {
			if (host != null) {
				throw new InputException(TEXTS.get("lsp.hostWithoutPort"));
			}
			return GprServerLauncher.stdio();
		}
		int number = number(port);
		try {
			return GprServerLauncher.socket(host, number, context.err());
		} catch (IOException e) {
			throw new InputException(TEXTS.get("lsp.cannotListen", host == null ? "127.0.0.1" : host, number, e.getMessage()));
		}
	}

	private static int number(String text) throws InputException {
		try {
			int port = Integer.parseInt(text);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new InputException(TEXTS.get("lsp.badPort", text));
	}
}
