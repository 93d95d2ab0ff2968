package org.gpr.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.gpr.cli.Main;
import org.gpr.ide.server.LspCommand;
import org.gpr.tests.ChineseLocale;
import org.gpr.tests.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code gpr lsp} through the whole command line, as picocli parses it: help in both languages, bad
 * usage as one sentence with exit code 2, before anything is started. The command is found the way
 * the release finds it, through {@code META-INF/services/org.gpr.cli.GprCommand} of org.gpr.ide (seen
 * here through the thread's context class loader, as on the release's flat class path).
 */
@ExtendWith(ChineseLocale.class)
class LspCommandTest {

	private final CliRun cli = new CliRun(() -> Path.of("").toAbsolutePath()).withContextClassLoader(LspCommand.class.getClassLoader());

	private int run(String... args) {
		return cli.run(args);
	}

	private String refusal(String... args) {
		assertEquals(Main.USAGE, run(args), () -> cli.out());
		assertEquals("", cli.out());
		return cli.err();
	}

	@Test
	void badOptionsAreRefusedWithOneSentence() {
		assertEquals("gpr: --host 只能与 --port 一起使用\n", refusal("lsp", "--host", "0.0.0.0"));
		assertEquals("gpr: 端口必须是 0 到 65535 之间的整数，实际为“abc”\n", refusal("lsp", "--port", "abc"));
		assertEquals("gpr: 端口必须是 0 到 65535 之间的整数，实际为“70000”\n", refusal("lsp", "--port", "70000"));
		assertEquals("gpr: 选项 --port 后缺少 PORT（用 gpr lsp --help 查看用法）\n", refusal("lsp", "--port"));
		assertEquals("gpr: 未知的选项“--socket”（用 gpr --help 查看用法）\n", refusal("lsp", "--socket"));
		assertEquals("gpr: 未知的选项“--pots”；是否应为“--port”？（用 gpr lsp --help 查看用法）\n", refusal("lsp", "--pots", "5007"));
	}

	@Test
	void helpInChineseAndEnglish() {
		assertEquals(Main.OK, run("lsp", "--help"), () -> cli.err());
		String chinese = cli.out();
		assertTrue(chinese.startsWith("语言服务器（LSP）：为编辑器提供诊断、补全、悬停提示、格式化、跳转与快速修复\n"
				+ "用法：gpr lsp [-hV] [--stdio] [--host=ADDRESS] [--port=PORT]\n"), chinese);
		assertTrue(chinese.contains("      --port=PORT      改为在这个 TCP 端口上监听"), chinese);
		assertTrue(chinese.contains("      --host=ADDRESS   与 --port 一起使用：监听的地址（默认 127.0.0.1）"), chinese);
		assertTrue(chinese.contains("      --stdio          经标准输入输出通信（默认）"), chinese);
		assertTrue(chinese.contains("退出码："), chinese);
		assertEquals(Main.OK, run("help", "lsp"));
		assertEquals(chinese, cli.out(), "gpr help lsp is gpr lsp --help");
		assertEquals(Main.OK, run("--help"));
		assertTrue(cli.out().contains("  lsp       语言服务器（LSP）"), cli.out());

		Locale.setDefault(Locale.US);
		assertEquals(Main.OK, run("lsp", "-h"));
		String english = cli.out();
		assertTrue(english.startsWith("The language server (LSP) for editors: diagnostics, completion, hover, formatting, quick fixes\n"
				+ "Usage: gpr lsp [-hV] [--stdio] [--host=ADDRESS] [--port=PORT]\n"), english);
		assertTrue(english.contains("      --port=PORT      Listen on this TCP port instead"), english);
		assertEquals(Main.USAGE, run("lsp", "--host", "::1"));
		assertEquals("gpr: --host can only be used with --port\n", cli.err());
	}
}
