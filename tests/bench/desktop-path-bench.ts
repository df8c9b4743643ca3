/**
 * The desktop shell's path to the first usable screen (issue 17), measured without Electron (its binary
 * is absent here): Debian's Chromium at 1280×720 loads the built renderer the way the desktop window
 * does — files handed over by an in-process handler (Playwright's request routing standing in for the
 * app:// protocol; no HTTP server) and every API call through a preload-like bridge
 * (window.reviewDesk.invoke → the router in this process with an 'electron' session, as main/app/ipc.ts
 * does). What it leaves out: Electron's own start-up, window creation and the IPC hop's serialisation.
 * Current build against the renderer at BEFORE_COMMIT (renderer-at-commit.ts) and an empty
 * reference page, alternating, at 1× and 4× CPU throttle; ratios are the figures to trust.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { contextForSession } from '../../main/api/context.js';
import { dispatch } from '../../main/api/router.js';
import { createSession } from '../../main/core/accounts/sessions.js';
import { type Core, openCore } from '../../main/core/core.js';
import { rendererBuildDir } from '../../main/core/paths.js';
import { ensureAccount } from '../support/accounts.js';
import { launchChromium } from '../support/browser.js';
import { makeTempDir } from '../support/temp-dir.js';
import { loadFirstScreen, median, type LoadFigures } from './first-screen-measure.js';
import { BEFORE_COMMIT, buildRendererAt } from './renderer-at-commit.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ORIGIN = 'http://review-desk.app';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

function writeReferencePage(dir: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8" /><script type="module" src="./assets/reference.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'reference.js'), `document.getElementById('root').innerHTML = '<main><h3 class="ant-typography">我的待办</h3></main>';\n`);
}

async function firstScreen(browser: Browser, core: Core, token: string, dir: string, throttle: number): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    // The app:// protocol handler's part: files from the build folder, nothing outside it.
    await context.route(`${ORIGIN}/**`, async (route) => {
      const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^[/\\]+/, '') || 'index.html';
      const file = join(dir, path);
      if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    // The preload's part: one invoke function that hands the call to the router.
    await context.exposeFunction('rdInvoke', (method: string, input: unknown) => dispatch(method, input, contextForSession(core, 'electron', token)));
    // As text: tsx would wrap a function's inner arrows in a helper the page does not have.
    await context.addInitScript({ content: 'window.reviewDesk = { invoke: (method, input) => window.rdInvoke(method, input) };' });
    const page = await context.newPage();
    return await loadFirstScreen(page, await context.newCDPSession(page), `${ORIGIN}/index.html`, throttle);
  } finally {
    await context.close();
  }
}

export async function benchDesktopPath(): Promise<object> {
  const current = rendererBuildDir();
  if (!existsSync(join(current, 'index.html'))) throw new Error('renderer not built: run `npm run build` first');
  const temp = makeTempDir('review-desk-bench-');
  const before = join(temp.dir, 'renderer-before');
  buildRendererAt(BEFORE_COMMIT, join(temp.dir, 'src-before'), before);
  const reference = join(temp.dir, 'reference');
  writeReferencePage(reference);
  const core = await openCore(join(temp.dir, 'data'));
  const account = await ensureAccount(core, 'bench');
  const chromium = await launchChromium();
  try {
    const dirs = { current, before, reference };
    const times: Record<string, LoadFigures[]> = {};
    for (const throttle of [1, 4]) {
      for (const dir of Object.values(dirs)) await firstScreen(chromium.browser, core, createSession(core.db, account.id, 'electron', null), dir, throttle);
      for (let run = 0; run < RUNS; run++) {
        for (const [name, dir] of Object.entries(dirs)) {
          (times[`${name}@${throttle}x`] ??= []).push(await firstScreen(chromium.browser, core, createSession(core.db, account.id, 'electron', null), dir, throttle));
        }
      }
    }
    const med = (key: string, figure: keyof LoadFigures = 'ms') => median(times[key]!.map((r) => r[figure]));
    const ms = (key: string, figure: keyof LoadFigures = 'ms') => Math.round(med(key, figure));
    const ratio = (of: string, to: string, t: number, figure: keyof LoadFigures = 'ms') => Number((med(`${of}@${t}x`, figure) / med(`${to}@${t}x`, figure)).toFixed(2));
    return {
      runs: RUNS,
      measured: 'renderer from an in-process file handler + bridge to the router in Chromium (no Electron binary here)',
      medianMs: { current: ms('current@1x'), before: ms('before@1x'), reference: ms('reference@1x') },
      throttled4xMedianMs: { current: ms('current@4x'), before: ms('before@4x'), reference: ms('reference@4x') },
      ratioCurrentToBefore: { '1x': ratio('current', 'before', 1), '4x': ratio('current', 'before', 4) },
      // Main-thread CPU until the heading (medians, unthrottled): steady under other agents' load.
      mainThreadCpuMs: { current: ms('current@1x', 'cpuMs'), before: ms('before@1x', 'cpuMs'), reference: ms('reference@1x', 'cpuMs') },
      ratioCpuCurrentToBefore: ratio('current', 'before', 1, 'cpuMs'),
      multipleOfReference: { '1x': { current: ratio('current', 'reference', 1), before: ratio('before', 'reference', 1) }, '4x': { current: ratio('current', 'reference', 4), before: ratio('before', 'reference', 4) } },
      beforeCommit: BEFORE_COMMIT.slice(0, 7),
    };
  } finally {
    await chromium.close();
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchDesktopPath(), null, 2));
}
