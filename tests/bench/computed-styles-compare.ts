/**
 * Do two built renderers draw the same thing? (issue 17: first-screen changes that must not change the look.)
 * Serves each folder on one seeded archive, opens every screen of SCREENS in turn at 1280×720 and compares
 * the computed style of every element (all properties), element by element in document order. Prints the
 * differences per screen (none = identical) and exits 1 when there are any.
 *
 *   npx tsx tests/bench/computed-styles-compare.ts /tmp/before-build build/renderer
 *
 * STYLES_LIGHT=1 compares the home screen only, the second build's as its light first screen draws it
 * (renderer/src/lite/: its app script and the app's stylesheet held back, so the light screen stays,
 * drawn by its own stylesheet): issue 17.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createSession } from '../../main/core/accounts/sessions.js';
import { openCore } from '../../main/core/core.js';
import { cookieName, startServer, type RunningServer } from '../../main/server/http-server.js';
import { ensureAccount } from '../support/accounts.js';
import { callAs } from '../support/approved-matter.js';
import { launchChromium } from '../support/browser.js';
import { makeTempDir } from '../support/temp-dir.js';

const LIGHT = process.env.STYLES_LIGHT === '1';
const SCREENS = LIGHT ? ['#/'] : ['#/', '#/matters', '#/matters/new', '#/search', '#/ledger', '#/settings', '#/settings/deadlines', '#/registry/normative', '#/matters/1', '#/matters/1/workflow'];

/** Runs in the page: every element's path and computed style, once no spinner or skeleton shows. */
const SNAPSHOT = `(() => {
  const out = [];
  const walk = (el, path) => {
    const cs = getComputedStyle(el);
    let style = '';
    // Sorted: custom properties (antd's variables) are listed in the order their rules were inserted.
    const names = [...cs].sort();
    for (const name of names) style += name + ':' + cs.getPropertyValue(name) + ';';
    out.push([path, style]);
    // antd's hidden column-measuring row is left out: it draws nothing, and a table without it is the same table.
    [...el.children].filter((c) => !c.classList.contains('ant-table-measure-row')).forEach((c, i) => walk(c, path + '/' + c.tagName.toLowerCase() + i));
  };
  walk(document.body, 'body');
  return out;
})()`;

/** Runs in the page: the stylesheets that loaded, with their rule counts (an aborted one throws on cssRules). */
const SHEETS = `[...document.styleSheets].filter((s) => s.href).map((s) => {
  try { return s.href.replace(/.*\\//, '') + ' (' + s.cssRules.length + ' rules)'; } catch { return s.href.replace(/.*\\//, '') + ' (not loaded)'; }
}).join(', ')`;

async function snapshot(browser: Browser, server: RunningServer, token: string, light = false): Promise<Map<string, [string, string][]>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  try {
    // The light screen alone: the app's script held back, and its stylesheet too (the full antd.css, which
    // arrives with the app), so that the light screen's own sheet is what draws it.
    if (light) await context.route(/\/app-root-[^/]*\.(js|css)$/, (route) => route.abort());
    await context.addCookies([{ name: cookieName(server.port), value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    const shots = new Map<string, [string, string][]>();
    for (const hash of SCREENS) {
      await page.goto(server.url + hash);
      await page.locator('main').first().waitFor();
      // Runs in the page (Node's types know no DOM: its document reached through globalThis).
      await page.waitForFunction(
        () => !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('main .ant-spin-spinning, main .ant-skeleton, .ant-spin-spinning'),
        undefined,
        { polling: 100 },
      );
      // The app's own screen, unless the light one is asked for: since session 9 the light home screen stays
      // until antd is needed or the page is left alone (renderer/src/lite/app-demand.ts).
      if (!light) await page.waitForFunction(() => performance.getEntriesByName('review-desk:lite-shown').length === 0 || performance.getEntriesByName('review-desk:app-shown').length > 0, undefined, { timeout: 30_000 });
      await page.waitForTimeout(800); // animations (reduced motion) and late layout settle; a tool, not a test
      shots.set(hash, (await page.evaluate(SNAPSHOT)) as [string, string][]);
      if (light) console.log(`light screen's stylesheets: ${await page.evaluate(SHEETS)}`);
    }
    return shots;
  } finally {
    await context.close();
  }
}

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: computed-styles-compare.ts <before dir> <after dir>');
const temp = makeTempDir('review-desk-styles-');
const core = await openCore(join(temp.dir, 'data'));
const account = await ensureAccount(core, 'bench', ['reviewer']);
for (const [i, title] of process.env.STYLES_EMPTY ? [] :  ['东风村村规民约（修订稿）', '红花镇人民政府关于农村人居环境整治的实施方案'].entries()) {
  await callAs(core, 'bench', 'matters.create', { type: i === 0 ? 'village.rules' : 'normative', title, submittingUnit: '红花镇人民政府党政综合办公室', township: '红花镇', receivedOn: '2026-03-02' });
}
const servers = await Promise.all([before, after].map((staticDir) => startServer({ core, staticDir, port: 0 })));
const chromium = await launchChromium();
let differences = 0;
try {
  const token = () => createSession(core.db, account.id, 'http', '127.0.0.1');
  const [a, b] = [await snapshot(chromium.browser, servers[0]!, token()), await snapshot(chromium.browser, servers[1]!, token(), LIGHT)];
  for (const hash of SCREENS) {
    const [x, y] = [a.get(hash)!, b.get(hash)!];
    const lines: string[] = [];
    if (x.length !== y.length) lines.push(`element count ${x.length} → ${y.length}`);
    const byPath = new Map(y);
    for (const [path, style] of x) {
      const other = byPath.get(path);
      if (other === undefined) lines.push(`missing: ${path}`);
      else if (other !== style) {
        const props = (s: string) => new Map(s.split(';').filter(Boolean).map((p) => [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1)]));
        const [px, py] = [props(style), props(other)];
        const changed = [...px].filter(([k, v]) => py.get(k) !== v).map(([k, v]) => `${k}: ${v} → ${py.get(k)}`);
        lines.push(`${path}: ${changed.slice(0, 6).join('; ')}`);
      }
    }
    differences += lines.length;
    console.log(`${hash}: ${x.length} elements, ${lines.length ? `${lines.length} differences` : 'identical'}`);
    for (const line of lines.slice(0, 15)) console.log(`  ${line}`);
  }
} finally {
  await chromium.close();
  await Promise.all(servers.map((s) => s.close()));
  core.close();
  temp.remove();
}
process.exitCode = differences ? 1 : 0;
