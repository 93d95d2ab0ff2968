package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code gpr check}: diagnostics, exit codes, and one clear sentence for input it cannot read. */
@ExtendWith(ChineseLocale.class)
class CliTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	private int run(Path workingDirectory, String... args) {
		return cli.runIn(workingDirectory, args);
	}

	private String out() {
		return cli.out();
	}

	private String err() {
		return cli.err();
	}

	private Path copyExample() {
		return GprTestSupport.copyExample(dir);
	}

	@Test
	void examplesFolderIsClean() {
		assertEquals(Main.OK, run(GprTestSupport.root(), "check", "examples/"), err());
		// no finding at all: the roll-up's aggregate has its narrative written (gpr rollup refills only its tables)
		assertEquals("", out());
		assertTrue(err().contains("examples/customs-2020/customs-2020.gpr：0 个错误，0 个警告"), err());
	}

	@Test
	void misspelledRowExitsOneWithTheLine() throws IOException {
		Path example = copyExample();
		Path report = example.resolve("customs-2020.gpr");
		String text = Files.readString(report);
		Files.writeString(report, text.replace("    结转下年  ", "    结转下个年"));
		int line = (int) text.substring(0, text.indexOf("    结转下年  ")).chars().filter(c -> c == '\n').count() + 1;
		assertEquals(Main.ERRORS, run(dir, "check", "customs-2020/customs-2020.gpr"));
		assertTrue(out().contains("customs-2020/customs-2020.gpr:" + line
				+ ":5: error: 格式 customs2020 的表“申请”中没有名为“结转下个年”的行（是否应为“结转下年”？） [org.gpr.unknownRow]\n"), out());
		assertTrue(out().contains("[org.gpr.unknownRow]"), out());
	}

	@Test
	void jsonOutput() throws IOException {
		Path example = copyExample();
		Path report = example.resolve("customs-2020.gpr");
		Files.writeString(report, Files.readString(report).replace("    结转下年  ", "    结转下个年"));
		assertEquals(Main.ERRORS, run(dir, "check", "--json", "customs-2020"));
		String json = out().strip();
		assertTrue(json.startsWith("[{\"file\":\"customs-2020/customs-2020.gpr\",\"line\":"), json);
		assertTrue(json.contains("\"severity\":\"error\",\"code\":\"org.gpr.unknownRow\",\"message\":\"格式 customs2020"), json);
		assertTrue(json.contains("\"offset\":") && json.contains("\"length\":5"), json);
		assertTrue(json.endsWith("}]"), json);
	}

	@Test
	void missingFile() {
		assertEquals(Main.USAGE, run(dir, "check", "nowhere.gpr"));
		assertEquals("gpr: 找不到文件或目录：nowhere.gpr\n", err());
	}

	@Test
	void folderWithoutGprFiles() throws IOException {
		Files.createDirectories(dir.resolve("empty"));
		Files.writeString(dir.resolve("empty/readme.txt"), "x");
		assertEquals(Main.USAGE, run(dir, "check", "empty"));
		assertEquals("gpr: 目录 empty 中没有 .gpr 文件\n", err());
	}

	@Test
	void binaryFile() throws IOException {
		Files.write(dir.resolve("b.gpr"), new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, (byte) 0xff });
		assertEquals(Main.USAGE, run(dir, "check", "b.gpr"));
		assertEquals("gpr: b.gpr 是二进制文件，不是 .gpr 文本\n", err());
	}

	@Test
	void gbkFile() throws IOException {
		Files.write(dir.resolve("gbk.gpr"), GprTestSupport.minimal2019().getBytes(Charset.forName("GBK")));
		assertEquals(Main.USAGE, run(dir, "check", "gbk.gpr"));
		assertEquals("gpr: gbk.gpr 不是 UTF-8 编码的文本（可能是 GBK 编码）；请另存为 UTF-8 后再检查\n", err());
	}

	@Test
	void emptyFile() throws IOException {
		Files.write(dir.resolve("e.gpr"), new byte[0]);
		assertEquals(Main.USAGE, run(dir, "check", "e.gpr"));
		assertEquals("gpr: e.gpr 是空文件，其中没有报告或格式\n", err());
	}

	@Test
	void fiftyMegabyteFile() throws IOException {
		Path big = dir.resolve("big.gpr");
		byte[] line = "    新收 1 2 3 4 5 6 | 21\n".getBytes(StandardCharsets.UTF_8);
		try (OutputStream stream = Files.newOutputStream(big)) {
			for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
				stream.write(line);
			}
		}
		assertEquals(Main.USAGE, run(dir, "check", "big.gpr"));
		assertEquals("gpr: big.gpr 过大（50 MB）；gpr 最多读取 16 MB 的文件\n", err());
	}

	@Test
	void notAGprFile() throws IOException {
		Files.writeString(dir.resolve("r.txt"), "text");
		assertEquals(Main.USAGE, run(dir, "check", "r.txt"));
		assertEquals("gpr: r.txt 不是 .gpr 文件\n", err());
	}

	@Test
	void badUsage() {
		assertEquals(Main.USAGE, run(dir));
		assertTrue(out().startsWith("gpr：政府信息公开工作年度报告的写作与核对工具\n用法：gpr [-hV] [COMMAND]")
				&& out().contains("  check     检查 .gpr 报告与格式文件") && out().contains("  import    把公布的报告")
				&& out().contains("  audit     导入并检查整个目录中公布的报告") && out().contains("  2   用法错误"), out());
		assertEquals(Main.USAGE, run(dir, "chekc", "x"));
		assertEquals("gpr: 未知的命令“chekc”；是否应为“check”？可用的命令：check, generate, import, audit, rollup（用 gpr --help 查看用法）\n",
				err());
		assertEquals(Main.USAGE, run(dir, "frobnicate"));
		assertEquals("gpr: 未知的命令“frobnicate”；可用的命令：check, generate, import, audit, rollup（用 gpr --help 查看用法）\n", err());
		assertEquals(Main.USAGE, run(dir, "check", "--jsn", "x"));
		assertEquals("gpr: 未知的选项“--jsn”；是否应为“--json”？（用 gpr check --help 查看用法）\n", err());
		assertEquals(Main.USAGE, run(dir, "check", "--zzzzzz", "x"));
		assertEquals("gpr: 未知的选项“--zzzzzz”（用 gpr --help 查看用法）\n", err());
		assertEquals(Main.USAGE, run(dir, "check"));
		assertEquals("gpr: 请给出要检查的 .gpr 文件或目录\n", err());
		assertEquals(Main.USAGE, run(dir, "generate", "x", "--out"));
		assertEquals("gpr: 选项 --out 后缺少 DIR（用 gpr generate --help 查看用法）\n", err());
		assertEquals(Main.USAGE, run(dir, "help", "chekc"));
		assertEquals("gpr: 未知的命令“chekc”；可用的命令：check, generate, import, audit, rollup（用 gpr --help 查看用法）\n", err());
		assertEquals(Main.OK, run(dir, "--help"), () -> err());
		assertEquals("", err());
	}

	@Test
	void syntaxErrorsAreReportedWithExitOne() throws IOException {
		Files.writeString(dir.resolve("s.gpr"), GprTestSupport.minimal2019().replace("    行政强制 0 0 0\n", "    行政强制 0 0 0.\n"));
		assertEquals(Main.ERRORS, run(dir, "check", "s.gpr"));
		assertTrue(out().contains(": error: 语法错误：") && out().contains("[org.gpr.syntax]"), out());
	}

	@Test
	void englishWhenTheLocaleIsEnglish() {
		Locale.setDefault(Locale.US);
		assertEquals(Main.USAGE, run(dir, "check", "nowhere.gpr"));
		assertEquals("gpr: No such file or folder: nowhere.gpr\n", err());
	}
}
