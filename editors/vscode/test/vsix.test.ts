// The packaged extension holds what VS Code, VSCodium and Theia need: the manifest, the bundled
// client, the grammar and language configuration, both languages' texts, and the server's lib/
// (gpr, its IDE services with the server, Xtext, lsp4j) — and nothing of node_modules.
//   node out/test/vsix.test.js target/gpr.vsix
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { entries, extract } from './vsix';

async function main(): Promise<void> {
	const vsix = process.argv[2];
	assert.ok(vsix && fs.existsSync(vsix), 'usage: vsix.test.js FILE.vsix');
	const names = new Set(await entries(vsix));
	for (const name of [
		'extension.vsixmanifest',
		'extension/package.json',
		'extension/package.nls.json',
		'extension/package.nls.zh-cn.json',
		'extension/language-configuration.json',
		'extension/dist/extension.js',
		'extension/syntaxes/gpr.tmLanguage.json',
		'extension/server/lib/org.gpr-1.0.0-SNAPSHOT.jar',
		'extension/server/lib/org.gpr.ide-1.0.0-SNAPSHOT.jar',
		'extension/server/lib/org.eclipse.xtext.ide-2.40.0.jar',
		'extension/server/lib/org.eclipse.lsp4j-0.24.0.jar',
		'extension/server/lib/org.eclipse.lsp4j.jsonrpc-0.24.0.jar',
	]) {
		assert.ok(names.has(name), `${name} is missing from ${vsix}`);
	}
	const bad = [...names].filter((name) => name.includes('node_modules/') || name.startsWith('extension/src/') || name.endsWith('.ts'));
	assert.deepStrictEqual(bad, [], 'sources or node_modules in the package');

	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gpr-vsix-'));
	try {
		await extract(vsix, 'extension/', dir);
		const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
		assert.strictEqual(manifest.name, 'gpr');
		assert.strictEqual(manifest.main, './dist/extension.js');
		assert.deepStrictEqual(manifest.contributes.languages[0].extensions, ['.gpr']);
		assert.deepStrictEqual(manifest.contributes.commands.map((c: { command: string }) => c.command), ['gpr.generate', 'gpr.openHtml']);
		assert.ok(manifest.contributes.configuration.properties['gpr.java.home']);
		const zh = JSON.parse(fs.readFileSync(path.join(dir, 'package.nls.zh-cn.json'), 'utf8'));
		const en = JSON.parse(fs.readFileSync(path.join(dir, 'package.nls.json'), 'utf8'));
		assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the Chinese and English texts have the same keys');
		for (const key of JSON.stringify(manifest).match(/%[\w.]+%/g) ?? []) {
			assert.ok(key.slice(1, -1) in en, `${key} has no text`);
		}
		const grammar = JSON.parse(fs.readFileSync(path.join(dir, 'syntaxes/gpr.tmLanguage.json'), 'utf8'));
		const keywords: string = grammar.repository.keywords.match;
		for (const word of ['report', 'format', 'section', 'table', 'rule', 'extends', 'error', 'warning', 'count', 'money']) {
			assert.ok(new RegExp(`[(|]${word}[|)]`).test(keywords), `keyword ${word} missing from the grammar`);
		}
		const client = fs.readFileSync(path.join(dir, 'dist/extension.js'), 'utf8');
		assert.ok(client.includes('org.gpr.cli.Main') && client.includes('lsp'), 'the client starts gpr lsp');
		console.log(`vsix: ${names.size} entries, ${[...names].filter((n) => n.startsWith('extension/server/lib/')).length} jars in server/lib: ok`);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error('vsix test FAILED:', error instanceof Error ? error.message : error);
	process.exit(1);
});
