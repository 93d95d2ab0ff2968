package org.gpr.ide.server;

import java.io.IOException;
import java.util.List;

import org.gpr.Messages;
import org.gpr.cli.Command;
import org.gpr.cli.CommandContext;
import org.gpr.cli.InputException;

/**
 * {@code gpr lsp [--stdio | --port N [--host ADDRESS]]}: the language server. Found by the
 * command line through {@code META-INF/services/org.gpr.cli.Command} of this bundle (the runtime
 * cannot depend on the IDE bundle).
 */
public class LspCommand implements Command {

	private static final Messages.Bundle TEXTS = new Messages.Bundle("org.gpr.ide.messages",
			LspCommand.class.getClassLoader());

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String usage() {
		return TEXTS.get("lsp.usage");
	}

	@Override
	public int run(List<String> args, CommandContext context) throws InputException {
		Integer port = null;
		String host = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--stdio" -> {
				// the default
			}
			case "--port" -> port = number(value(args, ++i, arg));
			case "--host" -> host = value(args, ++i, arg);
			default -> throw new InputException(Messages.get("cli.unknownOption", arg));
			}
		}
		if (port == null) {
			if (host != null) {
				throw new InputException(TEXTS.get("lsp.hostWithoutPort"));
			}
			return GprServerLauncher.stdio();
		}
		try {
			return GprServerLauncher.socket(host, port, context.err());
		} catch (IOException e) {
			throw new InputException(TEXTS.get("lsp.cannotListen", host == null ? "127.0.0.1" : host, port, e.getMessage()));
		}
	}

	private static String value(List<String> args, int index, String option) throws InputException {
		if (index >= args.size()) {
			throw new InputException(TEXTS.get("lsp.missingValue", option));
		}
		return args.get(index);
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
