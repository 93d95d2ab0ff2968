// The packaged extension holds what VS Code, VSCodium and Theia need: the manifest, the bundled
// client, the grammar and language configuration, both languages' texts, and the server's lib/
// (gpr, its IDE services with the server, Xtext, lsp4j: the release's unsigned jars with the class data
// sharing archive gpr.jsa, its stamp and the class path's order) and bin/gpr — and nothing of node_modules.
// The extension starts the server with the JVM options bin/gpr lsp passes (src/server.ts), compared here
// with what bin/gpr itself prints (GPR_DRY_RUN=1).
//   node out/test/vsix.test.js target/gpr.vsix
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findJava } from '../src/java';
import { launch } from '../src/server';
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
		'extension/server/lib/classpath.txt',
		'extension/server/lib/classpath.fd9',
		'extension/server/lib/gpr.jsa',
		'extension/server/lib/gpr.jsa.stamp',
		'extension/server/lib/gpr.jsa.classlist',
		'extension/server/bin/gpr',
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
		// what Open VSX (VSCodium's and Theia's registry) checks: ovsx 0.10 refuses a package without
		// publisher, name, version and a license (field or LICENSE file); the registry's
		// ExtensionValidator wants names of [\w-+$~], a version of letters, digits and $+-,.:;_
		for (const field of ['publisher', 'name', 'version', 'license']) {
			assert.ok(typeof manifest[field] === 'string' && manifest[field].trim() !== '', `Open VSX needs the field ${field}`);
		}
		assert.match(manifest.publisher, /^[\w\-+$~]+$/, 'publisher: not a name Open VSX accepts');
		assert.match(manifest.name, /^[\w\-+$~]+$/, 'name: not a name Open VSX accepts');
		assert.match(manifest.version, /^[\p{L}\p{N}$+\-,.:;_]+$/u, 'version: a character Open VSX refuses');
		assert.ok(typeof manifest.engines?.vscode === 'string', 'engines.vscode is needed by VS Code, VSCodium and Theia');
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

		// the class path's order names every jar of server/lib, and the archive's stamp each of them
		const server = path.join(dir, 'server');
		const jars = fs.readdirSync(path.join(server, 'lib')).filter((n) => n.endsWith('.jar')).sort();
		const order = fs.readFileSync(path.join(server, 'lib/classpath.txt'), 'utf8').split('\n').filter((l) => l).sort();
		assert.deepStrictEqual(order, jars, 'lib/classpath.txt does not list the jars of server/lib');
		const stamp = fs.readFileSync(path.join(server, 'lib/gpr.jsa.stamp'), 'utf8');
		for (const jar of jars) {
			assert.ok(stamp.includes(' ' + jar), `the archive's stamp does not name ${jar}`);
		}
		// the extension's java command is bin/gpr lsp's (unpacked without the files' times, as VS Code
		// unpacks: the extension sets the jars' times back, then bin/gpr too finds its archive)
		const java = findJava('');
		assert.ok(java.found, 'no java: ' + java.tried.join(', '));
		const run = launch(server, java.path, ['lsp']);
		if (process.platform === 'linux') {
			assert.ok(run.archive, 'the archive is not used: ' + run.reason);
			const env: NodeJS.ProcessEnv = { ...process.env, GPR_DRY_RUN: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', JAVA_HOME: path.dirname(path.dirname(fs.realpathSync(java.path))) };
			delete env.GPR_JAVA_OPTS;
			delete env.GPR_CDS;
			const dry = cp.spawnSync('sh', [path.join(server, 'bin/gpr'), 'lsp'], { env, encoding: 'utf8' });
			assert.strictEqual(dry.status, 0, dry.stderr);
			const script = dry.stdout.trim().split(/\s+/).slice(1);
			assert.deepStrictEqual(run.args, script, 'the extension does not start the server as bin/gpr lsp does');
			// and the JVM maps the archive with these options (-Xshare:on fails otherwise)
			const on = run.args.map((a) => (a === '-Xshare:auto' ? '-Xshare:on' : a)).filter((a) => a !== '-Xlog:cds=off');
			const help = cp.spawnSync(run.command, [...on.slice(0, -1), 'lsp', '--help'], {
				encoding: 'utf8',
				stdio: ['pipe', 'pipe', 'pipe', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore', fs.openSync(path.join(server, 'lib'), 'r')],
			});
			assert.strictEqual(help.status, 0, 'gpr lsp --help with -Xshare:on and the unpacked archive failed: ' + help.stderr);
			assert.ok(help.stdout.includes('--stdio'), help.stdout);
		}
		console.log(`vsix: ${names.size} entries, ${[...names].filter((n) => n.startsWith('extension/server/lib/')).length} jars in server/lib: ok`);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error('vsix test FAILED:', error instanceof Error ? error.message : error);
	process.exit(1);
});
