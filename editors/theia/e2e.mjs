// The gpr extension in a real Theia (1.74.1, the browser application built in this folder by
// e2e.sh), driven with headless Chromium (playwright-core, Debian's chromium): the .vsix unpacked
// into a plugins folder (--plugins=local-dir:…), a workspace folder named 海关年报 holding the customs
// example with （七）总计·自然人 broken (178 → 179); opens the report from the Explorer, waits for the
// diagnostic in the Problems view (exact message, code, place) and its squiggle in the editor, takes
// the screenshot SCREENSHOT_FOLDER/theia-diagnostics.png, applies the quick fix with Ctrl+. and saves
// (the file on disk must be the example again, and the Problems view empty), then hovers the cell
// (its row and the identities with their values), runs the command Generate Report from the
// editor's context menu (report-gen/customs-2020.html, and the notification naming the folder), and asks for
// completion on a new row.
//   node e2e.mjs THEIA_APP VSIX SCREENSHOT_FOLDER
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [app, vsix, shots] = process.argv.slice(2).map((a) => a && path.resolve(a));
if (!app || !vsix || !shots) {
	console.error('usage: node e2e.mjs THEIA_APP VSIX SCREENSHOT_FOLDER');
	process.exit(2);
}
const here = path.dirname(new URL(import.meta.url).pathname);
const example = path.resolve(here, '../../examples/customs-2020');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gpr-theia-'));
const folder = path.join(work, '海关年报');
fs.mkdirSync(folder);
// The application's defaultLocale is zh-cn (package.json): Theia has no Chinese language pack here, so
// its own texts stay English, but it tells the extension zh-cn (vscode.env.language), which starts the
// server in Chinese: the message of messages.properties, then Theia's code and place
const MESSAGE = '（七）总计·自然人 应为 178，实际填写 179，多 1（勾稽关系：第一项加第二项之和，等于第三项加第四项之和；' +
	'（七）总计 = （一）至（六）各项之和；总计 = 自然人 + 法人或其他组织各项） gpr(org.gpr.identityBroken) [Ln 84, Col 20]';
const FIX = '改为按勾稽关系计算的值';
const TOTAL = '    总计             178';
const original = fs.readFileSync(path.join(example, 'customs-2020.gpr'), 'utf8');
if (!original.includes(TOTAL)) throw new Error('no （七）总计 row in the customs example');
const broken = original.replace(TOTAL, TOTAL.replace('178', '179'));
const reportFile = path.join(folder, 'customs-2020.gpr');
fs.writeFileSync(reportFile, broken);
fs.copyFileSync(path.join(example, 'customs-format.gpr'), path.join(folder, 'customs-format.gpr'));

// the user's settings (THEIA_CONFIG_DIR): no workspace trust dialog, no welcome page
fs.mkdirSync(path.join(work, 'config'));
fs.writeFileSync(path.join(work, 'config', 'settings.json'), JSON.stringify({
	'security.workspace.trust.enabled': false,
	'workbench.startupEditor': 'none',
}));
const plugins = path.join(work, 'plugins');
fs.mkdirSync(path.join(plugins, 'gpr'), { recursive: true });
const unzip = spawnSync('unzip', ['-q', vsix, '-d', path.join(plugins, 'gpr')], { encoding: 'utf8' });
if (unzip.status !== 0) throw new Error('unzip of the .vsix failed: ' + unzip.stderr);

const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (m) => console.log(`theia e2e [${since()}]: ${m}`);
function fail(message) {
	console.error('theia e2e: ' + message);
	process.exitCode = 1;
	throw new Error(message);
}

/** Waits for a locator; on a timeout, fails with one sentence saying what did not appear. */
async function expect(locator, what, timeout, state = 'visible') {
	try {
		await locator.waitFor({ state, timeout });
	} catch {
		fail(`${what} within ${timeout / 1000} s`);
	}
}

const port = 19000 + (process.pid % 1000);
const server = spawn(process.execPath, [path.join(app, 'lib/backend/main.js'), '--hostname', '127.0.0.1',
	'--port', String(port), `--plugins=local-dir:${plugins}`, folder],
{ cwd: app, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, THEIA_CONFIG_DIR: path.join(work, 'config') } });
let log = '';
server.stdout.on('data', (d) => { log += d; });
server.stderr.on('data', (d) => { log += d; });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
	while (!/listening on/.test(log)) {
		if (Date.now() - t0 > 120000) fail('Theia did not start: ' + log);
		if (server.exitCode !== null) fail('Theia exited: ' + log);
		await new Promise((r) => setTimeout(r, 200));
	}
	say('backend listening');
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	page.on('pageerror', (e) => console.error('theia e2e: page error: ' + e.message));
	await page.goto(`http://127.0.0.1:${port}/#${folder}`, { waitUntil: 'domcontentloaded', timeout: 180000 });
	await page.waitForSelector('#theia-app-shell', { timeout: 180000 });
	await page.waitForSelector('.theia-preload', { state: 'detached', timeout: 180000 });
	say('workbench shown');
	// open the report from the Explorer (the folder 海关年报)
	if (!(await page.locator('#files').isVisible())) await page.locator('#shell-tab-explorer-view-container').click();
	const node = page.locator('#files .theia-TreeNode', { hasText: 'customs-2020.gpr' }).first();
	await expect(node, 'the Explorer did not show customs-2020.gpr', 120000);
	await node.dblclick();
	await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60000 });
	const openedAt = Date.now();
	say('report opened');
	// the diagnostic of the language server, in the Problems view
	// (the status bar's problem count opens the Problems view)
	await page.locator('#theia-statusBar .element:has(.codicon-error)').first().click({ timeout: 60000 });
	const problem = page.locator('#problems .theia-TreeNode', { hasText: '总计' }).first();
	await expect(problem, 'no diagnostic of the （七）总计 row came to the Problems view', 180000);
	const shown = (await problem.innerText()).replace(/\s+/g, ' ');
	say(`diagnostic in the Problems view ${Date.now() - openedAt} ms after the report was opened: ${shown}`);
	if (!shown.includes(MESSAGE)) fail(`the Problems view shows «${shown}», not «${MESSAGE}»`);
	// to the problem in the editor: the squiggle on the cell
	await problem.dblclick();
	const squiggle = page.locator('.monaco-editor .squiggly-error').first();
	await expect(squiggle, 'no error squiggle in the editor after going to the problem', 30000);
	await page.waitForTimeout(1000);
	await page.screenshot({ path: path.join(shots, 'theia-diagnostics.png') });
	say('squiggle in the editor; screenshot ' + path.join(shots, 'theia-diagnostics.png'));
	// the quick fix: the cursor on the cell, Ctrl+. and the fix's title, then save
	const box = await squiggle.boundingBox();
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await page.keyboard.press('Control+.');
	const fix = page.locator('.action-widget .monaco-list-row', { hasText: FIX }).first();
	await expect(fix, `Ctrl+. did not offer the quick fix «${FIX}»`, 30000);
	say('the quick fix is offered: ' + FIX);
	// the only fix is focused; (a click is intercepted by the menu's pointer block)
	await page.keyboard.press('Enter');
	await page.keyboard.press('Control+S');
	for (const started = Date.now(); fs.readFileSync(reportFile, 'utf8') !== original;) {
		if (Date.now() - started > 30000) fail('after the quick fix and a save the report is not the customs example again');
		await page.waitForTimeout(200);
	}
	say('quick fix applied and saved: the report is the customs example again');
	await expect(page.locator('#problems .theia-TreeNode', { hasText: '总计' }), 'the diagnostic stayed in the Problems view after the fix', 60000, 'detached');
	say('the diagnostic left the Problems view');
	// the hover on the fixed cell: its labels and the identities it is in, with their values
	await page.mouse.move(10, 400);
	const cell = await page.evaluate(() => {
		for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
			if (!/^\s*总计\s+178\s/.test(line.textContent.replace(/\u00a0/g, ' '))) continue;
			const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
			for (let text; (text = walker.nextNode());) {
				const at = text.data.indexOf('178');
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(text, at);
				range.setEnd(text, at + 3);
				const box = range.getBoundingClientRect();
				return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
			}
		}
		return null;
	});
	if (!cell) fail('the row （七）总计 with 178 is not on the screen');
	await page.mouse.move(cell.x, cell.y, { steps: 5 });
	const hover = page.locator('.monaco-hover', { hasText: '178 = 178' }).first();
	await expect(hover, 'no hover with 178 = 178 on the fixed cell', 30000);
	const hoverText = (await hover.innerText()).replace(/\s+/g, ' ');
	say('hover on the cell: ' + hoverText.slice(0, 300));
	if (!hoverText.includes('（七）总计')) fail('the hover does not name the row （七）总计: ' + hoverText);
	// the command palette (F1) lists the extension's commands for a .gpr editor: their when clause is
	// resourceLangId == gpr (Theia evaluates the palette outside the editor, where editorLangId is unset)
	await page.mouse.click(cell.x, cell.y);
	await page.keyboard.press('F1');
	await page.keyboard.type('Generate Report (HTML');
	await expect(page.locator('.quick-input-list .monaco-list-row', { hasText: 'gpr: Generate Report (HTML, tables)' }).first(),
		'the command palette does not list «gpr: Generate Report (HTML, tables)» for the open report', 30000);
	await page.keyboard.press('Escape');
	say('the command palette lists gpr: Generate Report (HTML, tables)');
	// the extension's command Generate Report from the editor's context menu: gpr generate into report-gen/
	// beside the report. (Theia's backend translates a plugin's package.nls.*.json only into a language
	// it has a language pack for, so the menu shows package.nls.json's English title here.)
	await page.mouse.click(cell.x, cell.y, { button: 'right' });
	const command = page.locator('.lm-Menu-item', { hasText: 'Generate Report (HTML, tables)' }).first();
	await expect(command, 'the editor\'s context menu has no «Generate Report (HTML, tables)»', 30000);
	await command.click();
	// gpr generate runs beside the editor, under a progress notification
	await expect(page.locator('.theia-notification-list-item', { hasText: '正在生成 customs-2020.gpr 的报告文件' }).first(),
		'no progress notification «正在生成 customs-2020.gpr 的报告文件……» while Generate Report runs', 30000);
	say('Generate Report runs under a progress notification');
	const html = path.join(folder, 'report-gen', 'customs-2020.html');
	for (const started = Date.now(); !(fs.existsSync(html) && fs.readFileSync(html, 'utf8').includes('</html>'));) {
		if (Date.now() - started > 240000) fail('Generate Report wrote no ' + html + ' within 240 s');
		await page.waitForTimeout(500);
	}
	if (!fs.readFileSync(html, 'utf8').includes('2020年政府信息公开工作年度报告')) fail(html + ' does not hold the report\'s title');
	await expect(page.locator('.theia-notification-list-item', { hasText: path.join(folder, 'report-gen') }).first(),
		'no notification names the output folder after Generate Report', 60000);
	say('Generate Report wrote ' + fs.readdirSync(path.join(folder, 'report-gen')).join(' '));
	// completion on a new row of the table: the format's row names (then undone, not saved)
	await page.mouse.click(cell.x, cell.y);
	await page.keyboard.press('End');
	await page.keyboard.press('Enter');
	const suggest = page.locator('.suggest-widget .monaco-list-row');
	// The list the editor shows first: the server's proposals, or, when its answer held none (a
	// request cancelled by a write in the server's queue), the words of the document. One more
	// Ctrl+Space, as a user would press it, is allowed and said; a second list without rows fails.
	let offered;
	for (let attempt = 1; ; attempt++) {
		await page.keyboard.press('Control+Space');
		await expect(suggest.first(), 'Ctrl+Space on a new row showed no completion', 30000);
		await page.waitForTimeout(300);
		offered = new Set((await suggest.allInnerTexts()).map((t) => t.split(/\s/)[0]));
		say(`completion on a new row offers (the first rows of the list${attempt > 1 ? ', asked again' : ''}): ` + [...offered].join(' '));
		if (['予以公开', '总计'].every((row) => offered.has(row)) || attempt === 2) break;
		say('the first list lacks 予以公开 or 总计: Escape and Ctrl+Space once more');
		await page.keyboard.press('Escape');
	}
	for (const row of ['予以公开', '总计']) {
		if (!offered.has(row)) fail(`completion on a new row lacks ${row}: ${[...offered].join(' ')}`);
	}
	// the list is longer than its window: typed 新, it keeps 新收 (the row of 一、本年新收政府信息公开申请数量)
	await page.keyboard.type('新');
	await expect(page.locator('.suggest-widget .monaco-list-row', { hasText: '新收' }).first(), 'completion after 新 did not offer 新收', 30000);
	say('completion after 新 offers 新收');
	await page.keyboard.press('Escape');
	console.log('theia e2e: ok');
} catch (e) {
	if (!process.exitCode) {
		console.error('theia e2e: ' + e.message + '\n' + log.slice(-3000));
		process.exitCode = 1;
	}
	try {
		const pages = browser.contexts().flatMap((c) => c.pages());
		if (pages.length) await pages[0].screenshot({ path: path.join(work, 'failure.png') });
		console.error('theia e2e: the screen at the failure: ' + path.join(work, 'failure.png'));
	} catch { /* no page */ }
} finally {
	await browser.close();
	server.kill();
	if (process.exitCode) console.error('theia e2e: the files of the run are kept in ' + work);
	else fs.rmSync(work, { recursive: true, force: true });
}
