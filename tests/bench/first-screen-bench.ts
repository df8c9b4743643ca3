/**
 * First usable screen (issue 17), in Debian's Chromium at 1280×720 with a cold cache, signed in over the
 * real server on an empty archive: milliseconds from navigation start until the home screen (the
 * reviewer's queue) shows its heading. Measured normally and with Chromium's CPU throttled 4× (CDP
 * Emulation.setCPUThrottlingRate), which is what an older office PC feels like.
 *
 * Baselines in the same run, each served by its own server on the same archive: the same renderer code
 * built as one script (Rolldown's codeSplitting: false, as it was before pages were split); the renderer
 * as it was before the second round of issue 17 (BEFORE_COMMIT: shell with the sign-in forms, zod and the
 * contract vocabulary in the first script); and a fixed reference — an empty page whose one module
 * script writes the same heading — which measures what navigation, the bundle loader and Chromium cost
 * on this machine at this moment. Runs alternate between the builds so machine load affects all alike;
 * the ratios are the figures to trust on a shared machine. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { createSession } from '../../main/core/accounts/sessions.js';
import { openCore } from '../../main/core/core.js';
import { projectRoot, rendererBuildDir } from '../../main/core/paths.js';
import { cookieName, startServer, type RunningServer } from '../../main/server/http-server.js';
import { ensureAccount } from '../support/accounts.js';
import { launchChromium } from '../support/browser.js';
import { makeTempDir } from '../support/temp-dir.js';
import { BEFORE_COMMIT, buildRendererAt } from './renderer-at-commit.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LOGIN = 'bench';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Bytes of the scripts index.html loads before anything runs (entry + modulepreload links). */
function initialScriptBytes(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** The same renderer as one script, built into a temp folder (the baseline). */
function buildSingleBundle(outDir: string): void {
  execFileSync(process.execPath, [join(projectRoot(), 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: projectRoot(),
    env: { ...process.env, REVIEW_DESK_SINGLE_BUNDLE: '1', REVIEW_DESK_RENDERER_OUT: outDir },
    stdio: 'inherit',
  });
}

/** The fixed reference: an empty page with one module script that shows the heading the bench waits for. */
function writeReferencePage(dir: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><script type="module" crossorigin src="./assets/reference.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'reference.js'), `document.getElementById('root').innerHTML = '<main><h3 class="ant-typography">我的待办</h3></main>';\n`);
}

async function firstScreenMs(browser: Browser, server: RunningServer, token: string, throttle: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addCookies([{ name: cookieName(server.port), value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(server.url, { waitUntil: 'commit' });
    // The queue's heading: the shell, the session and the home page have all rendered.
    await page.locator('main h3.ant-typography').first().waitFor({ state: 'visible', timeout: 120_000 });
    return await page.evaluate(() => performance.now());
  } finally {
    await context.close();
  }
}

export async function benchFirstScreen(): Promise<object> {
  const splitDir = rendererBuildDir();
  if (!existsSync(join(splitDir, 'index.html'))) throw new Error('renderer not built: run `npm run build` first');
  const temp = makeTempDir('review-desk-bench-');
  const singleDir = join(temp.dir, 'renderer-single');
  buildSingleBundle(singleDir);
  const beforeDir = join(temp.dir, 'renderer-before');
  buildRendererAt(BEFORE_COMMIT, join(temp.dir, 'src-before'), beforeDir);
  const referenceDir = join(temp.dir, 'reference');
  writeReferencePage(referenceDir);
  const core = await openCore(join(temp.dir, 'data'));
  const account = await ensureAccount(core, LOGIN);
  const split = await startServer({ core, staticDir: splitDir, port: 0 });
  const single = await startServer({ core, staticDir: singleDir, port: 0 });
  const before = await startServer({ core, staticDir: beforeDir, port: 0 });
  const reference = await startServer({ core, staticDir: referenceDir, port: 0 });
  const chromium = await launchChromium();
  try {
    const token = () => createSession(core.db, account.id, 'http', '127.0.0.1');
    const builds = { split, before, single, reference };
    const times: Record<string, number[]> = {};
    for (const throttle of [1, 4]) {
      // One untimed load of each warms the server and Chromium's own start-up.
      for (const server of Object.values(builds)) await firstScreenMs(chromium.browser, server, token(), throttle);
      for (let run = 0; run < RUNS; run++) {
        for (const [name, server] of Object.entries(builds)) {
          (times[`${name}@${throttle}x`] ??= []).push(await firstScreenMs(chromium.browser, server, token(), throttle));
        }
      }
    }
    const ms = (key: string) => Math.round(median(times[key]!));
    const ratio = (throttle: number, to = 'single', of = 'split') =>
      Number((median(times[`${of}@${throttle}x`]!) / median(times[`${to}@${throttle}x`]!)).toFixed(2));
    const files = (dir: string) => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).length;
    return {
      runs: RUNS,
      viewport: '1280x720',
      splitMedianMs: ms('split@1x'),
      splitThrottled4xMedianMs: ms('split@4x'),
      singleBundleMedianMs: ms('single@1x'),
      singleBundleThrottled4xMedianMs: ms('single@4x'),
      beforeMedianMs: ms('before@1x'),
      beforeThrottled4xMedianMs: ms('before@4x'),
      referenceMedianMs: ms('reference@1x'),
      referenceThrottled4xMedianMs: ms('reference@4x'),
      ratioSplitToSingle: ratio(1),
      ratioSplitToSingleThrottled4x: ratio(4),
      ratioSplitToBefore: ratio(1, 'before'),
      ratioSplitToBeforeThrottled4x: ratio(4, 'before'),
      // Multiples of the empty reference page measured in the same run (1.0 = as fast as an empty page).
      multipleOfReference: { split: ratio(1, 'reference'), before: ratio(1, 'reference', 'before'), single: ratio(1, 'reference', 'single') },
      multipleOfReferenceThrottled4x: { split: ratio(4, 'reference'), before: ratio(4, 'reference', 'before'), single: ratio(4, 'reference', 'single') },
      beforeCommit: BEFORE_COMMIT.slice(0, 7),
      initialScriptKB: {
        split: Math.round(initialScriptBytes(splitDir) / 1024),
        before: Math.round(initialScriptBytes(beforeDir) / 1024),
        single: Math.round(initialScriptBytes(singleDir) / 1024),
      },
      scriptFiles: { split: files(splitDir), single: files(singleDir) },
      targets: 'splitMedianMs ≤ 1000, splitThrottled4xMedianMs ≤ 2000',
    };
  } finally {
    await chromium.close();
    await split.close();
    await single.close();
    await before.close();
    await reference.close();
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchFirstScreen(), null, 2));
}
