// End to end over the protocol with vscode-jsonrpc (the library VS Code's own client is built on):
// starts the server packaged in the .vsix as a process, as the extension starts it (src/server.ts: the JVM
// options of bin/gpr lsp, the class data sharing archive server/lib/gpr.jsa; the test checks that the
// server's classes came from it, and that a server whose archive cannot be used starts without it, silently),
// opens a copy of the customs example with one number broken, under a Chinese folder name, and
// checks the diagnostic, the code action and the text after it, completion at a row position,
// hover on a cell, go to definition into the shipped gov2019 and formatting; then malformed JSON-RPC, a request after it, a clean exit, and
// a client that disappears.
//   node out/test/e2e.test.js target/gpr.vsix
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
	createMessageConnection,
	MessageConnection,
	StreamMessageReader,
	StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import { findJava } from '../src/java';
import { launch, Launch, runToEnd, spawn } from '../src/server';
import { extract } from './vsix';

const EXAMPLE = path.resolve(__dirname, '../../../../examples/customs-2020');
const TOTAL_ROW = '    总计             178';
const MESSAGE =
	'（七）总计·自然人 应为 178，实际填写 179，多 1（勾稽关系：第一项加第二项之和，等于第三项加第四项之和；' +
	'（七）总计 = （一）至（六）各项之和；总计 = 自然人 + 法人或其他组织各项）';

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface Diagnostic { range: Range; message: string; code?: string; severity?: number; source?: string; data?: unknown }
interface TextEdit { range: Range; newText: string }

function offsetAt(text: string, position: Position): number {
	let offset = 0;
	for (let line = 0; line < position.line; line++) {
		offset = text.indexOf('\n', offset) + 1;
	}
	return offset + position.character;
}

function positionAt(text: string, offset: number): Position {
	const before = text.substring(0, offset);
	const line = before.split('\n').length - 1;
	return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function apply(text: string, edits: TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
	let result = text;
	for (const edit of sorted) {
		result = result.substring(0, offsetAt(result, edit.range.start)) + edit.newText + result.substring(offsetAt(result, edit.range.end));
	}
	return result;
}

class Server {
	readonly process: cp.ChildProcessWithoutNullStreams;
	readonly connection: MessageConnection;
	readonly diagnostics = new Map<string, Diagnostic[]>();
	stderr = '';
	private waiters: Array<() => void> = [];

	constructor(run: Launch) {
		this.process = spawn(run);
		this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
		this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
		this.connection.onError(([error]) => {
			// anything but the protocol on standard output ends here
			console.error('e2e: the server wrote something that is not JSON-RPC:', error.message);
			process.exit(1);
		});
		this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
			this.diagnostics.set(params.uri, params.diagnostics);
			this.waiters.splice(0).forEach((wake) => wake());
		});
		this.connection.onRequest(() => null); // workspace/configuration, client/registerCapability …
		this.connection.listen();
	}

	/** Waits until the diagnostics of {@code uri} satisfy {@code test}. */
	async until(uri: string, test: (diagnostics: Diagnostic[]) => boolean, what: string, seconds = 60): Promise<Diagnostic[]> {
		const deadline = Date.now() + seconds * 1000;
		for (;;) {
			const current = this.diagnostics.get(uri);
			if (current && test(current)) {
				return current;
			}
			if (Date.now() > deadline) {
				throw new Error(`no ${what} for ${uri} after ${seconds} s; published for: ${[...this.diagnostics.keys()].join(', ')}\n${this.stderr}`);
			}
			await new Promise<void>((resolve) => {
				this.waiters.push(resolve);
				setTimeout(resolve, 500);
			});
		}
	}

	exited(seconds: number): Promise<number | null> {
		return new Promise((resolve, reject) => {
			if (this.process.exitCode !== null) {
				resolve(this.process.exitCode);
				return;
			}
			const timer = setTimeout(() => reject(new Error(`the server did not exit within ${seconds} s`)), seconds * 1000);
			this.process.on('exit', (code) => {
				clearTimeout(timer);
				resolve(code);
			});
		});
	}
}

async function initialize(server: Server, root: string): Promise<void> {
	const result: { capabilities: Record<string, unknown> } = await server.connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: pathToFileURL(root).href,
		capabilities: { textDocument: { foldingRange: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
	});
	for (const capability of ['hoverProvider', 'completionProvider', 'codeActionProvider', 'documentFormattingProvider', 'definitionProvider', 'referencesProvider', 'semanticTokensProvider', 'foldingRangeProvider']) {
		assert.ok(result.capabilities[capability], `${capability} missing`);
	}
	await server.connection.sendNotification('initialized', {});
}

/** How many classes the JVM's class+load log says came from the archive (all, and gpr's own). */
function fromArchive(log: string): { all: number; gpr: number; loaded: number; names: Set<string> } {
	const loaded = fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.includes(' source: '));
	const lines = loaded.filter((l) => l.includes('source: shared objects file'));
	const names = new Set(lines.map((l) => / ([\w.$]+) source: /.exec(l)?.[1] ?? ''));
	return { all: lines.length, gpr: lines.filter((l) => / org\.gpr\./.test(l)).length, loaded: loaded.length, names };
}

/** A server that cannot use the archive: it starts, publishes the diagnostic, exits cleanly, and logs nothing about the archive. */
async function fallback(run: Launch, classes: string, root: string, uri: string, text: string, what: string): Promise<void> {
	const started = Date.now();
	const server = new Server(run);
	await initialize(server, root);
	await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gpr', version: 1, text } });
	await server.until(uri, (d) => d.some((x) => x.code === 'org.gpr.identityBroken'), `identity diagnostic (${what})`);
	const ms = Date.now() - started;
	await server.connection.sendRequest('shutdown');
	await server.connection.sendNotification('exit');
	assert.strictEqual(await server.exited(20), 0);
	assert.ok(!/\b(CDS|cds|shared archive|SharedArchiveFile|gpr\.jsa)\b/.test(server.stderr), `the server (${what}) logged about the archive: ${server.stderr}`);
	// the JDK's own default archive may serve the JDK's classes; none of the jars' may come from one
	const outside = [...fromArchive(classes).names].filter((n) => n && !/^(java|javax|jdk|sun|com\.sun)\./.test(n));
	assert.deepStrictEqual(outside.slice(0, 5), [], `classes of the server's jars came from an archive (${what})`);
	console.log(`e2e: ${what}: started without the archive, silently; first diagnostics after ${ms} ms`);
}

async function main(): Promise<void> {
	const vsix = process.argv[2];
	assert.ok(vsix && fs.existsSync(vsix), 'usage: e2e.test.js FILE.vsix');
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gpr-e2e-'));
	// the read-only copies of the shipped formats (go to definition) go here, not into the user's cache
	process.env.XDG_CACHE_HOME = path.join(work, 'cache');
	try {
		// server/ unpacked as VS Code unpacks it: the files' times are not kept
		const serverDir = path.join(work, 'server');
		await extract(vsix, 'extension/server/', serverDir);
		const java = findJava('');
		assert.ok(java.found, 'no java: ' + java.tried.join(', '));
		const classes = path.join(work, 'classes.txt');
		const run = launch(serverDir, java.path, ['lsp'], { vmargs: [`-Xlog:class+load=info:file=${classes}`] });
		if (process.platform === 'linux') {
			assert.ok(run.archive, 'the extension does not use the archive of the package built with this JVM: ' + run.reason);
		}
		// the workspace: a copy of the customs example, 自然人 of （七）总计 changed from 178 to 179, in a Chinese folder
		const folder = path.join(work, '工作区', '海关总署');
		fs.mkdirSync(folder, { recursive: true });
		const original = fs.readFileSync(path.join(EXAMPLE, 'customs-2020.gpr'), 'utf8');
		assert.ok(original.includes(TOTAL_ROW));
		const broken = original.replace(TOTAL_ROW, '    总计             179');
		fs.copyFileSync(path.join(EXAMPLE, 'customs-format.gpr'), path.join(folder, 'customs-format.gpr'));
		const file = path.join(folder, 'customs-2020.gpr');
		fs.writeFileSync(file, broken);
		const uri = pathToFileURL(file).href;
		assert.ok(uri.includes('%E6%B5%B7%E5%85%B3%E6%80%BB%E7%BD%B2'), uri);

		const started = Date.now();
		const server = new Server(run);
		await initialize(server, path.join(work, '工作区'));
		await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gpr', version: 1, text: broken } });
		const diagnostics = await server.until(uri, (d) => d.some((x) => x.code === 'org.gpr.identityBroken'), 'identity diagnostic');
		console.log(`e2e: start to first diagnostics ${Date.now() - started} ms`);
		const errors = diagnostics.filter((d) => d.severity === 1);
		assert.strictEqual(errors.length, 1, JSON.stringify(errors));
		const error = errors[0];
		assert.deepStrictEqual(error.range, { start: { line: 83, character: 19 }, end: { line: 83, character: 22 } });
		assert.strictEqual(error.message, MESSAGE);
		assert.strictEqual(error.source, 'gpr');

		// the code action: 179 → 178, the text is the example again
		const actions: Array<{ title: string; edit: { changes: Record<string, TextEdit[]> } }> = await server.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri },
			range: error.range,
			context: { diagnostics: [error] },
		});
		assert.strictEqual(actions.length, 1, JSON.stringify(actions));
		assert.strictEqual(actions[0].title, '改为按勾稽关系计算的值');
		const edits = actions[0].edit.changes[uri];
		assert.ok(edits, `the edit is for ${Object.keys(actions[0].edit.changes).join(', ')}, not ${uri}`);
		const fixed = apply(broken, edits);
		assert.strictEqual(fixed, original);
		await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
		await server.until(uri, (d) => !d.some((x) => x.severity === 1), 'diagnostics without errors after the fix');

		// completion at a row position
		const at = fixed.indexOf('    结转              12');
		const withBlankLine = fixed.substring(0, at) + '    \n' + fixed.substring(at);
		await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: withBlankLine }] });
		const completion: { items: Array<{ label: string }> } | Array<{ label: string }> = await server.connection.sendRequest('textDocument/completion', {
			textDocument: { uri },
			position: positionAt(withBlankLine, at + 4),
		});
		const labels = new Set((Array.isArray(completion) ? completion : completion.items).map((item) => item.label));
		for (const row of ['新收', '结转', '撤销申请', '咨询事项', '总计']) {
			assert.ok(labels.has(row), `completion lacks ${row}: ${[...labels].join(' ')}`);
		}

		// hover on a cell: its labels and the identities it is in
		await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: fixed }] });
		const cell = fixed.indexOf('178', fixed.indexOf(TOTAL_ROW));
		const hover: { contents: { value: string }; range: Range } = await server.connection.sendRequest('textDocument/hover', {
			textDocument: { uri },
			position: positionAt(fixed, cell + 1),
		});
		assert.ok(hover.contents.value.startsWith('收到和处理政府信息公开申请情况\n（七）总计 · 自然人\n'), hover.contents.value);
		assert.ok(hover.contents.value.includes('178 = 178'), hover.contents.value);
		assert.deepStrictEqual(hover.range, { start: positionAt(fixed, cell), end: positionAt(fixed, cell + 3) });

		// go to definition from the row 新收 (declared by the shipped gov2019, which customs2020 extends):
		// a file: URI the client can open, holding the shipped text, the range on the declaration's name
		const newRow = fixed.indexOf('    新收 ') + 4;
		const definition: Array<{ uri: string; range: Range }> = await server.connection.sendRequest('textDocument/definition', {
			textDocument: { uri },
			position: positionAt(fixed, newRow + 1),
		});
		assert.strictEqual(definition.length, 1, JSON.stringify(definition));
		assert.ok(definition[0].uri.startsWith(pathToFileURL(path.join(work, 'cache', 'gpr', 'formats')).href), definition[0].uri);
		assert.ok(definition[0].uri.endsWith('/gov2019.gpr'), definition[0].uri);
		const shipped = fs.readFileSync(new URL(definition[0].uri), 'utf8');
		const declared = shipped.indexOf('新收 "一、本年新收政府信息公开申请数量"');
		assert.ok(declared > 0, 'the copy is not the shipped gov2019');
		assert.deepStrictEqual(definition[0].range, { start: positionAt(shipped, declared), end: positionAt(shipped, declared + 2) });
		assert.strictEqual(fs.statSync(new URL(definition[0].uri)).mode & 0o222, 0, 'the copy is writable');

		// formatting: the formatter's layout of the example, and a row written without alignment aligned again
		const format = async (version: number, text: string): Promise<string> => {
			await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
			const edits: TextEdit[] = await server.connection.sendRequest('textDocument/formatting', {
				textDocument: { uri },
				options: { tabSize: 2, insertSpaces: true },
			});
			return apply(text, edits);
		};
		const formatted = await format(5, fixed);
		const aligned = '    结转          12  0 0 0 0 0 |  12\n';
		assert.ok(formatted.includes(aligned), formatted);
		assert.strictEqual(await format(6, formatted), formatted);
		const misaligned = formatted.replace(aligned, '    结转 12  0  0 0 0 0|12\n');
		assert.notStrictEqual(misaligned, formatted);
		assert.strictEqual(await format(7, misaligned), formatted);

		// malformed JSON-RPC: logged on standard error, and the next request is answered
		server.process.stdin.write('Content-Length: 9\r\n\r\n{"bad": }');
		const again: { contents: { value: string } } = await server.connection.sendRequest('textDocument/hover', {
			textDocument: { uri },
			position: positionAt(fixed, cell + 1),
		});
		assert.ok(again.contents.value.includes('（七）总计'), 'no answer after malformed input');

		await server.connection.sendRequest('shutdown');
		await server.connection.sendNotification('exit');
		assert.strictEqual(await server.exited(20), 0);
		assert.ok(server.stderr.length > 0, 'the malformed message was not logged');
		assert.ok(!/\b(CDS|cds|shared archive|SharedArchiveFile)\b/.test(server.stderr), 'the JVM logged about its archive: ' + server.stderr);
		if (run.archive) {
			const shared = fromArchive(classes);
			// the server's own classes, Xtext's and lsp4j's (gpr's EMF model cannot come from it on Java 17: EMF is compiled for Java 5)
			for (const name of ['org.gpr.ide.server.GprLanguageServer', 'org.gpr.ide.server.GprProjectManager',
				'org.eclipse.xtext.ide.server.LanguageServerImpl', 'org.eclipse.lsp4j.jsonrpc.RemoteEndpoint']) {
				assert.ok(shared.names.has(name), `${name} did not come from the archive (${shared.all} of ${shared.loaded} classes did)`);
			}
			assert.ok(shared.all * 2 > shared.loaded, `only ${shared.all} of the ${shared.loaded} classes came from the archive`);
			console.log(`e2e: ${shared.all} of the ${shared.loaded} classes the server loaded came from the archive server/lib/gpr.jsa, ${shared.gpr} of them gpr's`);
		}
		const written = fs.readdirSync(folder).sort();
		assert.deepStrictEqual(written, ['customs-2020.gpr', 'customs-format.gpr'], 'the server wrote files');

		// a client that disappears: the server ends when its input closes
		const orphan = new Server(launch(serverDir, java.path, ['lsp']));
		await initialize(orphan, path.join(work, '工作区'));
		orphan.connection.dispose();
		orphan.process.stdin.end();
		await orphan.exited(20);

		// an archive the JVM cannot use (here: its contents destroyed; for a user, most often another
		// JVM build than the package's): the server starts without it, and says nothing about it
		const spoiled = path.join(work, 'spoiled');
		fs.cpSync(serverDir, spoiled, { recursive: true, preserveTimestamps: true });
		const archive = path.join(spoiled, 'lib', 'gpr.jsa');
		fs.writeFileSync(archive, Buffer.alloc(fs.statSync(archive).size > 65536 ? 65536 : 4096, 0x5a));
		await fallback(launch(spoiled, java.path, ['lsp'], { vmargs: [`-Xlog:class+load=info:file=${classes}.spoiled`] }), `${classes}.spoiled`,
			path.join(work, '工作区'), uri, broken, 'destroyed archive');
		// another JVM than the archive's (the stamp says for which one it was made): no archive options
		const stamp = path.join(spoiled, 'lib', 'gpr.jsa.stamp');
		fs.writeFileSync(stamp, fs.readFileSync(stamp, 'utf8').replace(/^\S+/, '17.0.0+0-other'));
		const other = launch(spoiled, java.path, ['lsp']);
		assert.ok(!other.archive && /another JVM/.test(other.reason), other.reason);
		assert.ok(!other.args.some((a) => a.startsWith('-XX:SharedArchiveFile') || a === '-XX:ArchiveRelocationMode=0'), other.args.join(' '));
		// a real other JVM, where there is one (Temurin 25 on the development machines; not in CI)
		const jvms = fs.existsSync('/usr/lib/jvm') ? fs.readdirSync('/usr/lib/jvm').filter((d) => /^temurin-2\d/.test(d)) : [];
		const temurin = jvms.map((d) => path.join('/usr/lib/jvm', d, 'bin', 'java')).find((j) => fs.existsSync(j));
		if (temurin) {
			const run25 = launch(serverDir, temurin, ['lsp'], { vmargs: [`-Xlog:class+load=info:file=${classes}.other`] });
			assert.ok(!run25.archive, 'the archive of Java 17 chosen for ' + temurin);
			await fallback(run25, `${classes}.other`, path.join(work, '工作区'), uri, broken, temurin);
		} else {
			console.log('e2e: no other JVM under /usr/lib/jvm (temurin-2x): the server was not started with one');
		}

		// the command Generate Report runs gpr generate as runToEnd runs it: to its end, cancelled, not started
		const toGenerate = path.join(work, 'generate', 'customs-2020.gpr');
		fs.mkdirSync(path.dirname(toGenerate), { recursive: true });
		fs.copyFileSync(path.join(EXAMPLE, 'customs-format.gpr'), path.join(path.dirname(toGenerate), 'customs-format.gpr'));
		fs.writeFileSync(toGenerate, original);
		const generated = path.join(work, 'generate', 'report-gen');
		const whole = await runToEnd(launch(serverDir, java.path, ['generate', toGenerate, '--out', generated]));
		assert.strictEqual(whole.status, 0, whole.stderr);
		assert.strictEqual(whole.notStarted, undefined);
		assert.strictEqual(whole.cancelled, false);
		for (const name of ['customs-2020.html', 'customs-2020.pdf', 'customs-2020.docx']) {
			assert.ok(fs.statSync(path.join(generated, name)).size > 0, name);
		}
		const listeners: Array<() => unknown> = [];
		const token = { isCancellationRequested: false, onCancellationRequested: (listener: () => unknown) => listeners.push(listener) };
		const stoppedFolder = path.join(work, 'generate', 'stopped');
		const running = runToEnd(launch(serverDir, java.path, ['generate', toGenerate, '--out', stoppedFolder]), token);
		await new Promise((resolve) => setTimeout(resolve, 300));
		token.isCancellationRequested = true;
		assert.strictEqual(listeners.length, 1, 'runToEnd did not listen for the cancellation');
		listeners.forEach((listener) => listener());
		const stopped = await running;
		assert.ok(stopped.cancelled && stopped.status !== 0, 'a cancelled gpr generate ended with ' + stopped.status + ': ' + stopped.stderr);
		const left = fs.existsSync(stoppedFolder) ? fs.readdirSync(stoppedFolder) : [];
		assert.deepStrictEqual(left, [], 'a gpr generate stopped after 300 ms left files: ' + left.join(' '));
		const nowhere = await runToEnd({ ...launch(serverDir, java.path, ['generate', toGenerate]), command: path.join(work, 'no-such-java') });
		assert.ok(nowhere.notStarted && /ENOENT/.test(nowhere.notStarted), 'not started: ' + JSON.stringify(nowhere));
		console.log('e2e: gpr generate as the command runs it: written, cancelled (nothing left), not started (ENOENT): ok');
		console.log('e2e (vscode-jsonrpc): diagnostic, code action, completion, hover, definition into gov2019, formatting, malformed input, exit, archive used, fallbacks: ok');
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error('e2e test FAILED:', error instanceof Error ? error.stack : error);
	process.exit(1);
});
