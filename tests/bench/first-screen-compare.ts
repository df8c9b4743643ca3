/**
 * Same-run comparison of built renderers' first screens (issue 17), for trying a change before it goes
 * into the bench: each folder is served by its own server on one empty archive and loaded cold in turn,
 * RUNS times per throttle, so machine load affects all alike. Prints medians per folder: the bench's
 * figure (the queue's heading seen by Playwright), the moments the page itself saw the heading and the
 * queue's data in the DOM (a MutationObserver, free of Playwright's polling), and main-thread CPU time.
 *
 *   npx tsx tests/bench/first-screen-compare.ts build/renderer /tmp/other-build [...]
 *   (BENCH_RUNS=5, BENCH_THROTTLES=1,4)
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { createSession } from '../../main/core/accounts/sessions.js';
import { openCore } from '../../main/core/core.js';
import { cookieName, startServer, type RunningServer } from '../../main/server/http-server.js';
import { ensureAccount } from '../support/accounts.js';
import { launchChromium } from '../support/browser.js';
import { makeTempDir } from '../support/temp-dir.js';
import { MARKS_MARKER, median, pageSignals, SIGNAL } from './first-screen-measure.js';

/**
 * Runs in the page before its scripts: notes when the queue's heading and the queue's answer (the table
 * with no spinner busy in the page) first appear in the DOM. Kept as text: it runs in the browser, not in Node.
 */
const MARKERS = `(() => {
  const seen = {};
  window.__firstScreen = seen;
  const check = () => {
    const now = performance.now();
    if (seen.heading === undefined && document.querySelector('main h3.ant-typography')) {
      seen.heading = now;
      console.debug('${SIGNAL}heading');
    }
    if (seen.data === undefined && document.querySelector('main .ant-table') && !document.querySelector('main [aria-busy="true"]')) {
      seen.data = now;
      console.debug('${SIGNAL}data');
    }
    if (seen.heading !== undefined && seen.data !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'aria-busy'] });
})();`;

interface Figures {
  seen: number;
  heading: number;
  data: number;
  cpu: number;
  /** When the app itself had rendered: after the light first screen when one showed, else the heading. */
  app: number;
}

async function load(browser: Browser, server: RunningServer, token: string, throttle: number): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addCookies([{ name: cookieName(server.port), value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
    await context.addInitScript(MARKERS);
    await context.addInitScript(MARKS_MARKER);
    const page = await context.newPage();
    // The page's word, not Playwright's waits: those inject its selector engine into the load (first-screen-measure.ts).
    const signals = pageSignals(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(server.url, { waitUntil: 'commit' });
    await signals.wait('heading');
    const seen = await page.evaluate(() => performance.now());
    await signals.wait('data');
    const marks = (await page.evaluate('window.__firstScreen')) as { heading: number; data: number };
    // The light first screen (renderer/src/lite/) is replaced by the app once antd has loaded: that moment too.
    if (signals.said('lite-shown')) await signals.wait('app-shown');
    const app = await page.evaluate(() => performance.getEntriesByName('review-desk:app-shown')[0]?.startTime ?? Number.NaN);
    const { metrics } = await cdp.send('Performance.getMetrics');
    return { seen, heading: marks.heading, data: marks.data, cpu: (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000, app: Number.isNaN(app) ? marks.heading : app };
  } finally {
    await context.close();
  }
}

export async function compareFirstScreens(dirs: string[], runs: number, throttles: number[]): Promise<object> {
  const temp = makeTempDir('review-desk-compare-');
  const core = await openCore(join(temp.dir, 'data'));
  const account = await ensureAccount(core, 'bench');
  const servers = await Promise.all(dirs.map((staticDir) => startServer({ core, staticDir, port: 0 })));
  const chromium = await launchChromium();
  try {
    const token = () => createSession(core.db, account.id, 'http', '127.0.0.1');
    const result: Record<string, Record<string, Record<keyof Figures, number>>> = {};
    for (const throttle of throttles) {
      const all: Figures[][] = dirs.map(() => []);
      for (const server of servers) await load(chromium.browser, server, token(), throttle);
      for (let run = 0; run < runs; run++) {
        for (const [i, server] of servers.entries()) all[i]!.push(await load(chromium.browser, server, token(), throttle));
      }
      for (const [i, dir] of dirs.entries()) {
        const med = (key: keyof Figures) => Math.round(median(all[i]!.map((f) => f[key])));
        (result[dir] ??= {})[`${throttle}x`] = { seen: med('seen'), heading: med('heading'), data: med('data'), cpu: med('cpu'), app: med('app') };
      }
    }
    return result;
  } finally {
    await chromium.close();
    await Promise.all(servers.map((s) => s.close()));
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const throttles = (process.env.BENCH_THROTTLES ?? '1,4').split(',').map(Number);
  console.log(JSON.stringify(await compareFirstScreens(process.argv.slice(2), Number(process.env.BENCH_RUNS ?? 5), throttles), null, 2));
}
