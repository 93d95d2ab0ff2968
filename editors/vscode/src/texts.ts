// The extension's own messages, Chinese first with English, chosen by the editor's language
// (what package.json shows comes from package.nls.json and package.nls.zh-cn.json).
import * as vscode from 'vscode';

const zh: Record<string, string> = {
	javaNotFound: 'gpr 需要 Java 17 或更高版本，但没有找到（已查找：{0}）。请安装 Java，或在设置 gpr.java.home 中填写 Java 的安装目录。',
	openSettings: '打开设置',
	noReport: '请先打开一个 .gpr 报告。',
	generating: '正在生成 {0} 的报告文件……',
	stillGenerating: '{0} 的报告文件还在生成中，请等它完成。',
	generated: '报告已生成到 {0}',
	generateStopped: '已停止生成；{0} 中已写完的文件保留，未写完的文件不会留下。',
	generateFailed: 'gpr generate 未成功（退出码 {0}），详见“输出”中的 gpr。',
	generateNotStarted: 'gpr generate 没有启动：{0}。请检查设置 gpr.java.home。',
	noHtml: '还没有生成的 HTML：{0}。请先运行“gpr: 生成报告”。',
	noArchive: 'gpr 语言服务器在不使用类数据共享存档（server/lib/gpr.jsa）的情况下启动，启动会慢一些：{0}',
};

const en: Record<string, string> = {
	javaNotFound: 'gpr needs Java 17 or later and found none (looked in: {0}). Install Java, or set gpr.java.home to the folder Java is installed in.',
	openSettings: 'Open Settings',
	noReport: 'Open a .gpr report first.',
	generating: 'Generating the report files of {0}…',
	stillGenerating: 'The report files of {0} are still being generated; wait until it finishes.',
	generated: 'Report generated into {0}',
	generateStopped: 'Generation stopped; the files already written in {0} are kept, no half-written file is left.',
	generateFailed: 'gpr generate did not succeed (exit code {0}); see gpr in the Output panel.',
	generateNotStarted: 'gpr generate did not start: {0}. Check the setting gpr.java.home.',
	noHtml: 'No generated HTML yet: {0}. Run "gpr: Generate Report" first.',
	noArchive: 'The gpr language server starts without its class data sharing archive (server/lib/gpr.jsa), a little slower: {0}',
};

export function text(key: string, ...args: string[]): string {
	const texts = vscode.env.language.toLowerCase().startsWith('zh') ? zh : en;
	return (texts[key] ?? key).replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '');
}
