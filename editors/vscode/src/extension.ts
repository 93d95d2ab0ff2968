// The gpr extension: starts `gpr lsp` (the language server in the extension's server/lib, with the
// JVM options of the release's bin/gpr and its class data sharing archive: see server.ts) with a
// Java runtime, and offers two commands that run `gpr generate` and open the generated HTML.
// Every language service (diagnostics, quick fixes, completion, hover, formatting, symbols,
// semantic tokens, folding, definitions, references) comes from the server.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { findJava } from './java';
import { launch, Launch, runToEnd, spawn } from './server';
import { text } from './texts';

let client: LanguageClient | undefined;

/** The report gpr generate is running for, while it runs (one run at a time). */
let generating: string | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const server = context.asAbsolutePath('server');
	context.subscriptions.push(
		vscode.commands.registerCommand('gpr.generate', () => generate(server)),
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
	const run = gpr(server, java.path, ['lsp']);
	if (!run.archive) {
		// not an error: the server starts without the archive, a second or so slower
		output().appendLine(text('noArchive', run.reason));
	}
	const serverOptions: ServerOptions = async () => spawn(run);
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

/** `gpr ARGS...` as bin/gpr runs it, with messages in the editor's language and the setting's JVM options after gpr's. */
function gpr(server: string, java: string, args: string[]): Launch {
	const vmargs = vscode.workspace.getConfiguration('gpr').get<string>('server.vmargs', '').split(/\s+/).filter((a) => a);
	const english = !vscode.env.language.toLowerCase().startsWith('zh');
	return launch(server, java, args, { vmargs, english });
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

/**
 * `gpr generate REPORT --out FOLDER`, after saving the report, with a progress notification that
 * can cancel it; its messages go to an output channel. It runs beside the editor (the extension
 * host is not blocked), one run at a time.
 */
async function generate(server: string): Promise<void> {
	const report = activeReport();
	if (!report) {
		return;
	}
	if (generating) {
		void vscode.window.showInformationMessage(text('stillGenerating', path.basename(generating)));
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
	generating = report;
	try {
		const result = await vscode.window.withProgress(
			{ location: vscode.ProgressLocation.Notification, title: text('generating', path.basename(report)), cancellable: true },
			(_progress, token) => runToEnd(gpr(server, java.path, ['generate', report, '--out', out]), token));
		channel.append(result.stdout);
		channel.append(result.stderr);
		if (result.notStarted !== undefined) {
			channel.appendLine(result.notStarted);
			channel.show(true);
			void vscode.window.showErrorMessage(text('generateNotStarted', result.notStarted));
		} else if (result.cancelled) {
			void vscode.window.showWarningMessage(text('generateStopped', out));
		} else if (result.status === 0) {
			void vscode.window.showInformationMessage(text('generated', out));
		} else {
			channel.show(true);
			void vscode.window.showErrorMessage(text('generateFailed', String(result.status)));
		}
	} finally {
		generating = undefined;
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
