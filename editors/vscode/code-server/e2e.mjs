// The gpr extension in a real VS Code (OSS, as code-server in a browser), driven with headless
// Chromium (playwright-core, Debian's chromium): installs the .vsix, opens a broken copy of the
// customs example under a Chinese folder name from the Explorer, waits for the diagnostic in the
// Problems view and its squiggle in the editor, and takes the screenshot SCREENSHOT_FOLDER/vscode-diagnostics.png.
// (Not yet: the quick fix, the hover and "Generate Report" — the editor's focus after the Problems
// view is not settled in this script.)
//   node e2e.mjs CODE_SERVER VSIX SCREENSHOT_FOLDER
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [codeServer, vsix, shots] = process.argv.slice(2);
if (!codeServer || !vsix || !shots) {
	console.error('usage: node e2e.mjs CODE_SERVER VSIX SCREENSHOT_FOLDER');
	process.exit(2);
}
const here = path.dirname(new URL(import.meta.url).pathname);
const example = path.resolve(here, '../../../examples/customs-2020');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gpr-code-server-'));
const folder = path.join(work, '海关年报');
fs.mkdirSync(folder);
const TOTAL = '    总计             178';
const report = fs.readFileSync(path.join(example, 'customs-2020.gpr'), 'utf8');
if (!report.includes(TOTAL)) throw new Error('no （七）总计 row in the customs example');
fs.writeFileSync(path.join(folder, 'customs-2020.gpr'), report.replace(TOTAL, TOTAL.replace('178', '179')));
fs.copyFileSync(path.join(example, 'customs-format.gpr'), path.join(folder, 'customs-format.gpr'));
const user = path.join(work, 'user');
const extensions = path.join(work, 'extensions');
fs.mkdirSync(path.join(user, 'User'), { recursive: true });
fs.writeFileSync(path.join(user, 'User', 'settings.json'), JSON.stringify({
	'workbench.startupEditor': 'none',
	'security.workspace.trust.enabled': false,
	'workbench.tips.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'workbench.enableExperiments': false,
	'locale': 'zh-cn',
}));
const common = ['--user-data-dir', user, '--extensions-dir', extensions];

function fail(message) {
	console.error('code-server e2e: ' + message);
	process.exitCode = 1;
	throw new Error(message);
}

const installed = spawnSync(codeServer, [...common, '--install-extension', vsix], { encoding: 'utf8' });
if (installed.status !== 0) fail('--install-extension failed: ' + installed.stdout + installed.stderr);
console.log('code-server e2e: ' + installed.stdout.trim().split('\n').pop());

const port = 18000 + (process.pid % 1000);
const server = spawn(codeServer, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
	'--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder],
{ stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
server.stdout.on('data', (d) => { log += d; });
server.stderr.on('data', (d) => { log += d; });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
	const started = Date.now();
	while (!log.includes('HTTP server listening')) {
		if (Date.now() - started > 60000) fail('code-server did not start: ' + log);
		await new Promise((r) => setTimeout(r, 200));
	}
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 180000 });
	await page.waitForSelector('.monaco-workbench', { timeout: 180000 });
	await page.waitForTimeout(10000);
	// open the report from the Explorer (the folder 海关年报)
	await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'customs-2020.gpr' }).first().dblclick({ timeout: 60000 });
	await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60000 });
	// the diagnostic of the language server, in the Problems view
	const openedAt = Date.now();
	await page.keyboard.press('Control+Shift+M');
	const problem = page.locator('.markers-panel .monaco-list-row', { hasText: '总计' }).first();
	await problem.waitFor({ timeout: 120000 });
	console.log(`code-server e2e: diagnostic in the Problems view ${Date.now() - openedAt} ms after the report was opened: ` + (await problem.innerText()).replace(/\s+/g, ' '));
	// to the problem in the editor (a click on it in the Problems view puts the cursor there)
	await problem.click();
	await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30000 });
	await page.waitForTimeout(1000);
	await page.screenshot({ path: path.join(shots, 'vscode-diagnostics.png') });
	console.log('code-server e2e: ok');
} catch (e) {
	if (!process.exitCode) {
		console.error('code-server e2e: ' + e.message + '\n' + log.slice(-2000));
		process.exitCode = 1;
	}
	try {
		const pages = browser.contexts().flatMap((c) => c.pages());
		if (pages.length) await pages[0].screenshot({ path: path.join(work, 'failure.png') });
		console.error('code-server e2e: the screen at the failure: ' + path.join(work, 'failure.png'));
	} catch { /* no page */ }
} finally {
	await browser.close();
	server.kill();
	if (!process.exitCode) fs.rmSync(work, { recursive: true, force: true });
}
