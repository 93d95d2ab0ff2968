// End to end over the protocol with vscode-jsonrpc (the library VS Code's own client is built on):
// starts the server packaged in the .vsix as a process (`java -cp server/lib/* org.gpr.cli.Main lsp`),
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

	constructor(lib: string) {
		this.process = cp.spawn('java', ['-Duser.language=zh', '-Duser.country=CN', '-Dfile.encoding=UTF-8', '-cp', path.join(lib, '*'), 'org.gpr.cli.Main', 'lsp'], {
			stdio: ['pipe', 'pipe', 'pipe'],
		});
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

async function main(): Promise<void> {
	const vsix = process.argv[2];
	assert.ok(vsix && fs.existsSync(vsix), 'usage: e2e.test.js FILE.vsix');
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gpr-e2e-'));
	// the read-only copies of the shipped formats (go to definition) go here, not into the user's cache
	process.env.XDG_CACHE_HOME = path.join(work, 'cache');
	try {
		const lib = path.join(work, 'lib');
		await extract(vsix, 'extension/server/lib/', lib);
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
		const server = new Server(lib);
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
		const written = fs.readdirSync(folder).sort();
		assert.deepStrictEqual(written, ['customs-2020.gpr', 'customs-format.gpr'], 'the server wrote files');

		// a client that disappears: the server ends when its input closes
		const orphan = new Server(lib);
		await initialize(orphan, path.join(work, '工作区'));
		orphan.connection.dispose();
		orphan.process.stdin.end();
		await orphan.exited(20);
		console.log('e2e (vscode-jsonrpc): diagnostic, code action, completion, hover, definition into gov2019, formatting, malformed input, exit: ok');
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error('e2e test FAILED:', error instanceof Error ? error.stack : error);
	process.exit(1);
});
