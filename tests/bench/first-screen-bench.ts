/**
 * First usable screen (issue 17), in Debian's Chromium at 1280×720 with a cold cache, signed in over the
 * real server on an empty archive: milliseconds from navigation start until the home screen (the
 * reviewer's queue) shows its heading. Measured normally and with Chromium's CPU throttled 4× (CDP
 * Emulation.setCPUThrottlingRate), which is what an older office PC feels like.
 *
 * Baseline in the same run: the same renderer code built as one script (Rolldown's codeSplitting: false,
 * as it was before pages were split), served by a second server on the same archive. Runs alternate
 * between the two builds so machine load affects both alike; the ratios are the figures to trust on a
 * shared machine. Needs `npm run build` first (the split build in build/renderer).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
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
  const core = await openCore(join(temp.dir, 'data'));
  const account = await ensureAccount(core, LOGIN);
  const split = await startServer({ core, staticDir: splitDir, port: 0 });
  const single = await startServer({ core, staticDir: singleDir, port: 0 });
  const chromium = await launchChromium();
  try {
    const token = () => createSession(core.db, account.id, 'http', '127.0.0.1');
    const builds = { split, single };
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
    const ratio = (throttle: number) => Number((median(times[`split@${throttle}x`]!) / median(times[`single@${throttle}x`]!)).toFixed(2));
    const files = (dir: string) => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).length;
    return {
      runs: RUNS,
      viewport: '1280x720',
      splitMedianMs: ms('split@1x'),
      splitThrottled4xMedianMs: ms('split@4x'),
      singleBundleMedianMs: ms('single@1x'),
      singleBundleThrottled4xMedianMs: ms('single@4x'),
      ratioSplitToSingle: ratio(1),
      ratioSplitToSingleThrottled4x: ratio(4),
      initialScriptKB: { split: Math.round(initialScriptBytes(splitDir) / 1024), single: Math.round(initialScriptBytes(singleDir) / 1024) },
      scriptFiles: { split: files(splitDir), single: files(singleDir) },
      targets: 'splitMedianMs ≤ 1000, splitThrottled4xMedianMs ≤ 2000',
    };
  } finally {
    await chromium.close();
    await split.close();
    await single.close();
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchFirstScreen(), null, 2));
}
