package org.gpr.ide.server;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

/**
 * Starts gpr's language server on standard input and output, or on a socket of the loopback
 * address. Standard output carries the protocol and nothing else: {@link System#out} is sent to
 * standard error before anything is created that could print.
 */
public final class GprServerLauncher {

	private GprServerLauncher() {
	}

	/** Serves the client on standard input/output until it closes its end; returns the exit code. */
	public static int stdio() {
		OutputStream protocol = new FileOutputStream(FileDescriptor.out);
		InputStream in = new FileInputStream(FileDescriptor.in);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		System.setIn(new ByteArrayInputStream(new byte[0]));
		return serve(in, protocol);
	}

	/**
	 * Listens on {@code host:port} (the loopback address unless a host is given), serves the first
	 * client that connects until it disconnects, and returns the exit code.
	 */
	public static int socket(String host, int port, PrintStream log) throws IOException {
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		InetAddress address = host == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
		try (ServerSocket server = new ServerSocket()) {
			server.bind(new InetSocketAddress(address, port));
			log.println("gpr lsp: " + server.getLocalSocketAddress());
			try (Socket client = server.accept()) {
				return serve(client.getInputStream(), client.getOutputStream());
			}
		}
	}

	/** Serves one client over the two streams until its input ends. */
	public static int serve(InputStream in, OutputStream out) {
		StartTimes.mark("command");
		LanguageServerImpl server = Guice.createInjector(new GprServerModule()).getInstance(LanguageServerImpl.class);
		StartTimes.mark("server");
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		try {
			listening.get();
			return 0;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 0;
		} catch (ExecutionException e) {
			// the client went away mid-message
			System.err.println("gpr lsp: " + e.getCause());
			return 0;
		}
	}
}
