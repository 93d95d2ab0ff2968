// Renders a generated report page in headless Chromium (Debian's chromium, driven by playwright-core)
// at 390 px (a phone) and at 1280 px, asserts on the layout of its tables and takes screenshots.
//   node phone-check.mjs PAGE.html OUTDIR
// Exit 0 when every check holds, 1 with one line per failed check otherwise.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [page, outDir] = process.argv.slice(2);
if (!page || !outDir) {
  console.error('usage: node phone-check.mjs PAGE.html OUTDIR');
  process.exit(2);
}
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find((p) => existsSync(p));
if (!executablePath) {
  console.error('no Chromium found: apt-get install chromium');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const failures = [];
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(path.resolve(page)).href);
    const layout = await tab.evaluate(() => {
      const px = parseFloat(getComputedStyle(document.body).fontSize);
      const labels = [...document.querySelectorAll('table.form tbody th[scope=row]')].map((th) => ({
        text: th.textContent.trim(),
        width: th.getBoundingClientRect().width,
        height: th.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(th).lineHeight) || 1.45 * parseFloat(getComputedStyle(th).fontSize),
        fontSize: parseFloat(getComputedStyle(th).fontSize),
      }));
      const wraps = [...document.querySelectorAll('.table-wrap')].map((w) => ({
        scrolls: w.scrollWidth > w.clientWidth + 1,
        overflowX: getComputedStyle(w).overflowX,
      }));
      return {
        px,
        labels,
        wraps,
        pageScrolls: document.documentElement.scrollWidth > window.innerWidth + 1,
      };
    });
    // a row label holds at least six characters a line: no "1.属 / 于国 / 家秘 / 密"
    for (const label of layout.labels) {
      const chars = label.width / label.fontSize;
      if (chars < 6 && label.text.length > 6) {
        failures.push(`${width}px: row label “${label.text}” is ${label.width.toFixed(0)}px wide (${chars.toFixed(1)} characters)`);
      }
    }
    if (layout.pageScrolls) {
      failures.push(`${width}px: the page itself scrolls sideways; only a table may`);
    }
    if (width === 390 && !layout.wraps.some((w) => w.scrolls && (w.overflowX === 'auto' || w.overflowX === 'scroll'))) {
      failures.push('390px: no table scrolls sideways inside its frame');
    }
    if (width === 1280 && layout.wraps.some((w) => w.scrolls)) {
      failures.push('1280px: a table needs a horizontal scroll bar on a desktop');
    }
    const narrowest = Math.min(...layout.labels.map((l) => l.width / l.fontSize));
    console.log(`${width}px: ${layout.labels.length} row labels, the narrowest ${narrowest.toFixed(1)} characters wide; `
      + `${layout.wraps.filter((w) => w.scrolls).length} of ${layout.wraps.length} tables scroll sideways`);
    // table 三 scrolled sideways on a phone: its row labels stay where they were (sticky label columns),
    // while its numbers move; on a desktop it does not scroll at all
    if (width === 390) {
      const sticky = await tab.evaluate(() => {
        const table = document.querySelector('table[data-table=申请]');
        if (!table) return null;
        const wrap = table.closest('.table-wrap');
        const probe = () => [...table.querySelectorAll('tbody th, thead th.corner')].map((th) => th.getBoundingClientRect().x);
        const number = () => table.querySelector('tbody td').getBoundingClientRect().x;
        const before = probe();
        const numberBefore = number();
        wrap.scrollLeft = wrap.scrollWidth;
        const scrolled = wrap.scrollLeft;
        const after = probe();
        const moved = before.map((x, i) => Math.abs(after[i] - x)).reduce((a, b) => Math.max(a, b), 0);
        const numberMoved = numberBefore - number();
        wrap.scrollLeft = 0;
        return { labels: before.length, scrolled, moved, numberMoved };
      });
      if (!sticky) {
        failures.push('390px: no table 三 (data-table=申请) in the page');
      } else {
        console.log(`390px: table 三 scrolled ${sticky.scrolled}px sideways: its ${sticky.labels} label cells moved at most `
          + `${sticky.moved.toFixed(1)}px, its first number ${sticky.numberMoved.toFixed(1)}px`);
        if (sticky.scrolled < 20) {
          failures.push(`390px: table 三 scrolls only ${sticky.scrolled}px sideways`);
        }
        if (sticky.moved > 1.5) {
          failures.push(`390px: a label cell of table 三 moved ${sticky.moved.toFixed(1)}px when the table scrolled; the label columns must stay`);
        }
        if (sticky.numberMoved < sticky.scrolled - 1.5) {
          failures.push(`390px: the numbers of table 三 moved ${sticky.numberMoved.toFixed(1)}px of ${sticky.scrolled}px scrolled`);
        }
      }
    }
    const three = await tab.$('table[data-table=申请]');
    if (width === 390 && three) {
      // the screenshot shows table 三 scrolled to its last columns, its labels still beside them
      await three.evaluate((table) => {
        const wrap = table.closest('.table-wrap');
        wrap.scrollIntoView({ block: 'start' });
        wrap.scrollLeft = wrap.scrollWidth;
      });
      await tab.screenshot({ path: path.join(outDir, `phone-${width}.png`) });
    } else {
      await tab.screenshot({ path: path.join(outDir, `desktop-${width}.png`) });
    }
    await context.close();
  }
} finally {
  await browser.close();
}
for (const failure of failures) {
  console.error(failure);
}
console.log(`${failures.length === 0 ? 'ok' : 'FAILED'}: phone layout (${failures.length} failed checks)`);
process.exit(failures.length === 0 ? 0 : 1);
