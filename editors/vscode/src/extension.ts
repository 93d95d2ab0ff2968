// The gpr extension: starts `gpr lsp` (the language server in the extension's server/lib) with a
// Java runtime, and offers two commands that run `gpr generate` and open the generated HTML.
// Every language service (diagnostics, quick fixes, completion, hover, formatting, symbols,
// semantic tokens, folding, definitions, references) comes from the server.
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { findJava } from './java';
import { text } from './texts';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const lib = context.asAbsolutePath(path.join('server', 'lib'));
	context.subscriptions.push(
		vscode.commands.registerCommand('gpr.generate', () => generate(lib)),
		vscode.commands.registerCommand('gpr.openHtml', () => openHtml()),
	);
	const java = findJava(vscode.workspace.getConfiguration('gpr').get<string>('java.home', ''));
	if (!java.found) {
		void vscode.window.showErrorMessage(text('javaNotFound', java.tried.join(', ')), text('openSettings')).then((choice) => {
			if (choice) {
				void vscode.commands.executeCommand('workbench.action.openSettings', 'gpr.java.home');
			}
		});
		return;
	}
	const serverOptions: ServerOptions = {
		command: java.path,
		args: [...javaArgs(lib), 'lsp'],
		transport: TransportKind.stdio,
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [{ scheme: 'file', language: 'gpr' }],
		synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.gpr') },
	};
	client = new LanguageClient('gpr', 'gpr', serverOptions, clientOptions);
	await client.start();
}

export function deactivate(): Thenable<void> | undefined {
	return client?.stop();
}

/** The JVM's arguments before gpr's command: messages in the editor's language, the server's class path. */
function javaArgs(lib: string): string[] {
	const vmargs = vscode.workspace.getConfiguration('gpr').get<string>('server.vmargs', '').split(/\s+/).filter((a) => a);
	const english = !vscode.env.language.toLowerCase().startsWith('zh');
	const locale = english ? ['-Duser.language=en', '-Duser.country=US'] : ['-Duser.language=zh', '-Duser.country=CN'];
	return [...vmargs, ...locale, '-Dfile.encoding=UTF-8', '-cp', path.join(lib, '*'), 'org.gpr.cli.Main'];
}

function outputFolder(report: string): string {
	const folder = vscode.workspace.getConfiguration('gpr').get<string>('generate.outputFolder', 'report-gen') || 'report-gen';
	return path.resolve(path.dirname(report), folder);
}

function activeReport(): string | undefined {
	const editor = vscode.window.activeTextEditor;
	if (!editor || editor.document.languageId !== 'gpr' || editor.document.uri.scheme !== 'file') {
		void vscode.window.showWarningMessage(text('noReport'));
		return undefined;
	}
	return editor.document.uri.fsPath;
}

/** `gpr generate REPORT --out FOLDER`, after saving the report; its messages go to an output channel. */
async function generate(lib: string): Promise<void> {
	const report = activeReport();
	if (!report) {
		return;
	}
	await vscode.window.activeTextEditor?.document.save();
	const java = findJava(vscode.workspace.getConfiguration('gpr').get<string>('java.home', ''));
	if (!java.found) {
		void vscode.window.showErrorMessage(text('javaNotFound', java.tried.join(', ')));
		return;
	}
	const out = outputFolder(report);
	const channel = output();
	channel.clear();
	const result = cp.spawnSync(java.path, [...javaArgs(lib), 'generate', report, '--out', out], { encoding: 'utf8' });
	channel.append(result.stdout ?? '');
	channel.append(result.stderr ?? '');
	if (result.status === 0) {
		void vscode.window.showInformationMessage(text('generated', out));
	} else {
		channel.show(true);
		void vscode.window.showErrorMessage(text('generateFailed', String(result.status)));
	}
}

/** Opens the report's generated HTML (NAME.html in the output folder) in the system's browser. */
async function openHtml(): Promise<void> {
	const report = activeReport();
	if (!report) {
		return;
	}
	const name = path.basename(report, '.gpr').replace(/[^\p{L}\p{N}\-_.]/gu, '_');
	const html = path.join(outputFolder(report), name + '.html');
	if (!fs.existsSync(html)) {
		void vscode.window.showWarningMessage(text('noHtml', html));
		return;
	}
	await vscode.env.openExternal(vscode.Uri.file(html));
}

let channel: vscode.OutputChannel | undefined;

function output(): vscode.OutputChannel {
	channel ??= vscode.window.createOutputChannel('gpr');
	return channel;
}
