package org.gpr.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.gpr.cli.InputException;
import org.gpr.ide.server.LspCommand;
import org.gpr.tests.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code gpr lsp}'s options: bad usage is one sentence (exit code 2), before anything is started. */
@ExtendWith(ChineseLocale.class)
class LspCommandTest {

	private static String refusal(String... args) {
		return assertThrows(InputException.class, () -> new LspCommand().run(List.of(args), null)).getMessage();
	}

	@Test
	void badOptionsAreRefusedWithOneSentence() {
		assertEquals("--host 只能与 --port 一起使用", refusal("--host", "0.0.0.0"));
		assertEquals("端口必须是 0 到 65535 之间的整数，实际为“abc”", refusal("--port", "abc"));
		assertEquals("端口必须是 0 到 65535 之间的整数，实际为“70000”", refusal("--port", "70000"));
		assertEquals("--port 后面缺少取值", refusal("--port"));
		assertEquals("未知的选项“--socket”（用 gpr --help 查看用法）", refusal("--socket"));
		assertEquals("lsp", new LspCommand().name());
	}
}
