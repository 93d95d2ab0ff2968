package org.gpr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.gpr.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli command line: help in both languages for every command and option, --version,
 * {@code @file} arguments, and batches that go on past a file they cannot read.
 */
@ExtendWith(ChineseLocale.class)
class CliHelpTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun(() -> dir);

	private Main main(Path workingDirectory) {
		return cli.main(workingDirectory);
	}

	private int run(String... args) {
		return cli.run(args);
	}

	private String out() {
		return cli.out();
	}

	private String err() {
		return cli.err();
	}

	@Test
	void commandHelpInChinese() {
		assertEquals(Main.OK, run("check", "--help"), () -> err());
		String help = out();
		assertTrue(help.startsWith("检查 .gpr 报告与格式文件：语法、名称、结构与勾稽关系\n用法：gpr check [-hV] [--blanks] [--json] [--no-warnings] [PATH...]\n"),
				help);
		assertTrue(help.contains("      --json          以 JSON 数组输出问题"), help);
		assertTrue(help.contains("  -h, --help          显示本帮助并退出"), help);
		assertTrue(help.contains("退出码：\n  0   没有错误（可以有警告）"), help);
		assertEquals("", err());
		assertEquals(Main.OK, run("help", "check"), () -> err());
		assertEquals(help, out(), "gpr help check is gpr check --help");
		assertEquals(Main.OK, run("generate", "-h"), () -> err());
		assertTrue(out().contains("--formats=LIST") && out().contains("要生成的格式，以逗号分隔"), out());
	}

	@Test
	void helpInEnglishWithAnEnglishLocale() {
		Locale.setDefault(Locale.US);
		assertEquals(Main.OK, run("--help"), () -> err());
		assertTrue(out().startsWith("gpr: write and check government information disclosure annual reports\nUsage: gpr [-hV] [COMMAND]"),
				out());
		assertTrue(out().contains("  audit     Import and check a folder of published reports"), out());
		assertEquals(Main.OK, run("help", "import"), () -> err());
		assertTrue(out().contains("Usage: gpr import [-hV] [-o=DIR] [--previous=FILE] [FILE...]") && out().contains("-o, --out=DIR         The output folder"),
				out());
		assertEquals(Main.USAGE, run("check", "--jsn"), () -> err());
		assertEquals("gpr: Unknown option \"--jsn\"; did you mean \"--json\"? (see gpr check --help)\n", err());
	}

	/** Every command and every option and parameter has a help text, in Chinese and in English, and they differ. */
	@Test
	void everyOptionIsDescribedInBothLanguages() {
		CommandLine chinese = main(dir).commandLine();
		Locale.setDefault(Locale.US);
		CommandLine english = main(dir).commandLine();
		assertEquals(chinese.getSubcommands().keySet(), english.getSubcommands().keySet());
		assertTrue(chinese.getSubcommands().keySet().containsAll(java.util.List.of("help", "check", "generate", "import", "audit", "rollup")),
				chinese.getSubcommands().keySet().toString());
		for (String name : chinese.getSubcommands().keySet()) {
			CommandSpec zh = chinese.getSubcommands().get(name).getCommandSpec();
			CommandSpec en = english.getSubcommands().get(name).getCommandSpec();
			assertTrue(zh.usageMessage().header().length > 0, name);
			assertFalse(String.join("", zh.usageMessage().header()).equals(String.join("", en.usageMessage().header())), name);
			for (int i = 0; i < zh.args().size(); i++) {
				ArgSpec zhArg = zh.args().get(i);
				ArgSpec enArg = en.args().get(i);
				String label = name + " " + zhArg;
				assertTrue(zhArg.description().length > 0 && !zhArg.description()[0].isBlank(), label);
				assertTrue(enArg.description().length > 0 && !enArg.description()[0].isBlank(), label);
				assertFalse(zhArg.description()[0].equals(enArg.description()[0]), label + ": " + zhArg.description()[0]);
				assertTrue(zhArg.description()[0].codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
						label + " in Chinese: " + zhArg.description()[0]);
			}
		}
	}

	/** gpr rollup is a picocli command: full help in both languages, a suggestion for a mistyped option, exit code 2. */
	@Test
	void rollupHelpInBothLanguagesAndBadUsage() {
		assertEquals(Main.OK, run("rollup", "--help"), () -> err());
		String chinese = out();
		assertTrue(chinese.startsWith("按名单汇总各成员报告，写出汇总报告，并列出各成员的状态\n用法：gpr rollup [-hV] [--force] [--out=DIR] [ROSTER...]\n"),
				chinese);
		assertTrue(chinese.contains("      --out=DIR     输出目录（不存在则创建）"), chinese);
		assertTrue(chinese.contains("      --force       覆盖不是由 gpr rollup 生成的同名文件"), chinese);
		assertTrue(chinese.contains("退出码：\n  0   没有错误（可以有警告）"), chinese);
		assertEquals(Main.OK, run("help", "rollup"), () -> err());
		assertEquals(chinese, out(), "gpr help rollup is gpr rollup --help");
		assertEquals(Main.USAGE, run("rollup", "--forse", "r.gpr", "--out", "x"));
		assertEquals("gpr: 未知的选项“--forse”；是否应为“--force”？（用 gpr rollup --help 查看用法）\n", err());
		assertEquals(Main.USAGE, run("rollup", "r.gpr", "--out"));
		assertEquals("gpr: 选项 --out 后缺少 DIR（用 gpr rollup --help 查看用法）\n", err());
		assertEquals(Main.USAGE, run("rollup", "a.gpr", "b.gpr", "--out", "x"));
		assertEquals("gpr: 只能给出一个名单文件，实际给出 2 个\n", err());
		assertFalse(Files.exists(dir.resolve("x")));
		Locale.setDefault(Locale.US);
		assertEquals(Main.OK, run("rollup", "-h"), () -> err());
		assertTrue(out().startsWith("Sum the member reports of a roster, write the aggregate report and list each member's status\n"
				+ "Usage: gpr rollup [-hV] [--force] [--out=DIR] [ROSTER...]\n"), out());
		assertTrue(out().contains("      --out=DIR     The output folder (made if missing)"), out());
		assertEquals(Main.USAGE, run("rollup", "r.gpr"));
		assertEquals("gpr: Give the output folder with --out\n", err());
	}

	@Test
	void version() {
		assertEquals(Main.OK, run("--version"), () -> err());
		// under OSGi the bundles carry no build information (the release's lib/ does)
		assertTrue(out().startsWith("gpr"), out());
		assertEquals(Main.OK, run("check", "--version"), () -> err());
		assertTrue(out().startsWith("gpr"), out());
	}

	@Test
	void argumentsFromAFile() throws IOException {
		GprTestSupport.copyExample(dir);
		Path report = dir.resolve("customs-2020/customs-2020.gpr");
		Files.writeString(report, Files.readString(report).replace("    结转下年  ", "    结转下个年"));
		Files.writeString(dir.resolve("args.txt"), "--json\ncustoms-2020/customs-2020.gpr\n");
		assertEquals(Main.ERRORS, run("check", "@args.txt"), () -> err());
		assertTrue(out().startsWith("[{\"file\":\"customs-2020/customs-2020.gpr\""), out());
	}

	@Test
	void checkGoesOnPastUnreadableFiles() throws IOException {
		Path example = GprTestSupport.copyExample(dir);
		Files.write(example.resolve("b.gpr"), new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, (byte) 0xff });
		Files.write(example.resolve("gbk.gpr"), GprTestSupport.minimal2019().getBytes(Charset.forName("GBK")));
		assertEquals(Main.USAGE, run("check", "customs-2020", "nowhere.gpr"), () -> err());
		String err = err();
		assertTrue(err.contains("gpr: customs-2020/b.gpr 是二进制文件，不是 .gpr 文本\n"), err);
		assertTrue(err.contains("gpr: customs-2020/gbk.gpr 不是 UTF-8 编码的文本（可能是 GBK 编码）；请另存为 UTF-8 后再检查\n"), err);
		assertTrue(err.contains("gpr: 找不到文件或目录：nowhere.gpr\n"), err);
		assertTrue(err.contains("customs-2020/customs-2020.gpr：0 个错误，0 个警告\n"), err);
		assertTrue(err.endsWith("共检查 2 个文件：0 个错误，0 个警告；另有 3 个文件无法读取（见上）\n"), err);
		assertEquals("", out());
	}

	@Test
	void generateGoesOnPastUnreadableFiles() throws IOException {
		Path example = GprTestSupport.copyExample(dir);
		Files.write(example.resolve("e.gpr"), new byte[0]);
		assertEquals(Main.USAGE, run("generate", "customs-2020", "--out", "out", "--formats", "html"), () -> err());
		assertTrue(err().contains("gpr: customs-2020/e.gpr 是空文件，其中没有报告或格式\n"), err());
		assertTrue(err().endsWith("1 个文件无法读取（见上），没有为它们生成文件\n"), err());
		assertTrue(Files.isRegularFile(dir.resolve("out/customs-2020.html")));
	}

	/**
	 * A format and a report that start with 10,000 comment lines: the format is still told from the
	 * report (it is not generated as a report) and nothing overflows the stack.
	 */
	@Test
	void aLongCommentPrologueIsScannedNotMatched() throws IOException {
		Path example = GprTestSupport.copyExample(dir);
		StringBuilder prologue = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			prologue.append(i % 2 == 0 ? "// 注释第 " + i + " 行\n" : "/* 注释\n第 " + i + " 行 */\n");
		}
		for (String name : new String[] { "customs-format.gpr", "customs-2020.gpr" }) {
			Path file = example.resolve(name);
			Files.writeString(file, prologue + Files.readString(file));
		}
		assertEquals(Main.OK, run("check", "customs-2020"), () -> err());
		assertTrue(err().endsWith("共检查 2 个文件：0 个错误，0 个警告\n"), err());
		assertEquals(Main.OK, run("generate", "customs-2020", "--out", "out", "--formats", "html"), () -> err());
		assertTrue(Files.isRegularFile(dir.resolve("out/customs-2020.html")));
		assertFalse(Files.exists(dir.resolve("out/customs-format.html")), "the format is not generated as a report");
	}

	/** On a terminal (as the start script says), a batch draws a progress bar on stderr; never with --json. */
	@Test
	void progressBarOnlyOnATerminalAndNeverWithJson() throws IOException {
		Path folder = dir.resolve("many");
		Files.createDirectories(folder);
		String report = GprTestSupport.read(GprTestSupport.root().resolve("examples/synthetic-2021/synthetic-2021.gpr"));
		for (int i = 1; i <= 25; i++) {
			Files.writeString(folder.resolve("r" + i + ".gpr"), report.replace("示例市数据资源管理局（合成示例）", "示例市第" + i + "机关（合成示例）"));
		}
		assertEquals(Main.OK, run("check", "many"), () -> err());
		assertFalse(err().contains("25/25"), "no terminal, no bar: " + err());
		String saved = System.getProperty("gpr.stderr.terminal");
		System.setProperty("gpr.stderr.terminal", "true");
		try {
			assertEquals(Main.OK, run("check", "many"), () -> err());
			assertTrue(err().contains("检查 100%") && err().contains("25/25"), err());
			assertEquals(Main.OK, run("check", "--json", "many"), () -> err());
			assertFalse(err().contains("25/25"), "--json draws no bar: " + err());
			assertEquals("[]", out().strip());
		} finally {
			if (saved == null) {
				System.clearProperty("gpr.stderr.terminal");
			} else {
				System.setProperty("gpr.stderr.terminal", saved);
			}
		}
	}
}
