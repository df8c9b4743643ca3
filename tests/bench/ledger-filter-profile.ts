/**
 * Where a ledger filter change's time goes (issue 17: ≤ 200 ms with 20,000 matters). For each renderer
 * build given, the ledger-screen bench's steps (cold load of #/ledger, home, 审查台账 from the menu, a text
 * typed into the filter) and then one traced filter change: Enter until the count and the first row show the
 * filtered set. Prints the main thread's self CPU time by kind in that window (scripting, style
 * recalculation, layout, paint…), its long tasks, the elements and stylesheet rules on the page, and — when
 * the build has source maps — the sampled script time by package.
 *
 *   npx tsx tests/bench/ledger-filter-profile.ts DIR [DIR…]   (default: build/renderer)
 *   PROFILE_DATA=/tmp/ledger-data keeps the seeded archive for the next run; PROFILE_RUNS=3 traces 3 changes
 *   per build (alternating builds) and prints the median of each kind.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { createSession } from '../../main/core/accounts/sessions.js';
import { openCore } from '../../main/core/core.js';
import { rendererBuildDir } from '../../main/core/paths.js';
import { queryLedger } from '../../main/core/reports/ledger.js';
import { cookieName, startServer, type RunningServer } from '../../main/server/http-server.js';
import { LedgerFilter } from '../../shared/contract/reports.js';
import { seedDataset } from '../core/reports/seed-data.js';
import { ensureAccount } from '../support/accounts.js';
import { launchChromium } from '../support/browser.js';
import { makeTempDir } from '../support/temp-dir.js';
import { median } from './first-screen-measure.js';
import { packageResolver, selfTimes, CATEGORIES, type CpuProfileNode, type TraceEvent } from './first-screen-profile.js';

const MATTERS = 20_000;
const QUERY = '土地承包';

interface Traced {
  wallMs: number;
  mainCpuMs: number;
  byKind: Map<string, number>;
  longTasks: string[];
  byPackage: Map<string, number>;
  elements: number;
  cssRules: number;
}

/** One visit as the ledger-screen bench makes it, with the filter change traced. */
async function tracedFilterChange(browser: Browser, server: RunningServer, token: string, expected: number, staticDir: string): Promise<Traced> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  try {
    await context.addCookies([{ name: cookieName(server.port), value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    page.setDefaultTimeout(180_000);
    await page.goto(`${server.url}#/ledger`, { waitUntil: 'commit' });
    const firstRow = page.locator('.ant-table-tbody-virtual .ant-table-row .ant-table-cell:nth-child(2)').first();
    await firstRow.filter({ hasText: /\S/ }).waitFor();
    await page.getByRole('menuitem', { name: '待办' }).click();
    await page.locator('[data-testid="reminders-card"]').waitFor();
    await page.evaluate('new Promise((done) => requestIdleCallback(done, { timeout: 5000 }))');
    await page.getByRole('menuitem', { name: '审查台账' }).click();
    await firstRow.filter({ hasText: /\S/ }).waitFor();
    await page.evaluate('new Promise((done) => requestIdleCallback(done, { timeout: 5000 }))');
    const search = page.getByLabel('按标题、送审单位或编号筛选');
    await search.fill(QUERY);
    await page.evaluate(
      "document.addEventListener('keydown', (e) => e.key === 'Enter' && (window.benchT0 ??= performance.now()), { capture: true })",
    );
    await browser.startTracing(page, { categories: CATEGORIES });
    await search.press('Enter');
    const done = await page.waitForFunction(
      (n) => {
        const w = globalThis as unknown as { benchT0?: number; document: { querySelector(s: string): { textContent: string | null } | null } };
        const count = w.document.querySelector('[data-testid="ledger-count"]')?.textContent ?? '';
        const cell = w.document.querySelector('.ant-table-tbody-virtual .ant-table-row .ant-table-cell:nth-child(6)');
        return count.startsWith(`共 ${n} 件`) && cell?.textContent && w.benchT0 !== undefined ? [w.benchT0, performance.now()] : false;
      },
      expected,
      { polling: 'raf' },
    );
    const [t0, t1] = (await done.jsonValue()) as [number, number];
    const buffer = await browser.stopTracing();
    if (process.env.PROFILE_TRACE_OUT) writeFileSync(process.env.PROFILE_TRACE_OUT, buffer);
    const elements = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    const cssRules = (await page.evaluate('[...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)')) as number;
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    // The page's main thread: the renderer thread that ran the key press.
    const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
    const mainKey = [...names].find(([key, name]) => name === 'CrRendererMain' && events.some((e) => `${e.pid}:${e.tid}` === key && e.name === 'FunctionCall'))?.[0];
    // The window: from the key event's task to the frame that showed the result (trace clock ≠ page clock:
    // anchored at the first input event dispatched to the page).
    const main = events.filter((e) => `${e.pid}:${e.tid}` === mainKey);
    const keyEvent = main.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keydown');
    const from = keyEvent?.ts ?? 0;
    const to = from + (t1 - t0) * 1000;
    const inWindow = main.filter((e) => e.ts >= from - 5000 && e.ts <= to);
    const tasks = inWindow.filter((e) => e.ph === 'X' && e.name === 'RunTask');
    const longTasks = tasks
      .filter((e) => (e.tdur ?? e.dur!) > 15_000)
      .map((task) => {
        const inner = [...selfTimes(inWindow.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur!))]
          .filter(([n, us]) => n !== 'RunTask' && us > 3000)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 4)
          .map(([n, us]) => `${n} ${Math.round(us / 1000)}`);
        return `${Math.round((task.ts - from) / 1000)} +${Math.round((task.tdur ?? task.dur!) / 1000)}: ${inner.join(' | ')}`;
      });
    // Sampled script time by package (needs REVIEW_DESK_SOURCEMAP=1 builds).
    const nodes = new Map<number, CpuProfileNode>();
    const byPackage = new Map<string, number>();
    const profile = events.find((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === mainKey);
    const resolve = await packageResolver(staticDir);
    let at = profile?.ts ?? 0;
    for (const e of events.filter((e) => e.name === 'ProfileChunk' && profile && e.pid === profile.pid && e.id === profile.id)) {
      const chunk = e.args?.data?.cpuProfile;
      for (const n of chunk?.nodes ?? []) nodes.set(n.id, n);
      const deltas = e.args?.data?.timeDeltas ?? [];
      (chunk?.samples ?? []).forEach((id, i) => {
        at += deltas[i] ?? 0;
        if (at < from || at > to) return;
        const frame = nodes.get(id)?.callFrame;
        const key = !frame ? '?' : frame.url ? resolve(frame.url, frame.lineNumber, frame.columnNumber) : `(${frame.functionName || 'native'})`;
        byPackage.set(key, (byPackage.get(key) ?? 0) + 1);
      });
    }
    return {
      wallMs: t1 - t0,
      mainCpuMs: tasks.reduce((n, e) => n + (e.tdur ?? e.dur!), 0) / 1000,
      byKind: new Map([...selfTimes(inWindow)].map(([k, us]) => [k, us / 1000])),
      longTasks,
      byPackage,
      elements,
      cssRules,
    };
  } finally {
    await context.close();
  }
}

export async function profileLedgerFilter(dirs: string[]): Promise<object> {
  const runs = Number(process.env.PROFILE_RUNS ?? 1);
  const kept = process.env.PROFILE_DATA;
  const temp = kept ? undefined : makeTempDir('review-desk-profile-');
  const dataDir = kept ?? join(temp!.dir, 'data');
  const core = await openCore(dataDir);
  const account = await ensureAccount(core, 'bench');
  if ((core.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n === 0) {
    core.db.transaction(() => seedDataset(core, { count: MATTERS, seed: 5, start: '2025-01-02', spanDays: 600, light: true }))();
  }
  const expected = queryLedger(core.db, LedgerFilter.parse({ query: QUERY })).length;
  const servers = await Promise.all(dirs.map((staticDir) => startServer({ core, staticDir, port: 0 })));
  const chromium = await launchChromium();
  try {
    const token = () => createSession(core.db, account.id, 'http', '127.0.0.1');
    const traced: Traced[][] = dirs.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (const [i, server] of servers.entries()) traced[i]!.push(await tracedFilterChange(chromium.browser, server, token(), expected, dirs[i]!));
    }
    return dirs.map((dir, i) => {
      const all = traced[i]!;
      const kinds = new Set(all.flatMap((t) => [...t.byKind.keys()]));
      const byKind = [...kinds]
        .map((k) => [k, Math.round(median(all.map((t) => t.byKind.get(k) ?? 0)))] as const)
        .filter(([, ms]) => ms >= 2)
        .sort((a, b) => b[1] - a[1]);
      const last = all[all.length - 1]!;
      return {
        build: dir,
        rows: expected,
        wallMs: all.map((t) => Math.round(t.wallMs)),
        mainCpuMs: all.map((t) => Math.round(t.mainCpuMs)),
        mainSelfMsByKind: byKind.map(([k, ms]) => `${k} ${ms}`),
        elements: last.elements,
        cssRules: last.cssRules,
        longTasksLastRun: last.longTasks,
        samplesByPackageLastRun: [...last.byPackage].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, n]) => `${n} ${k}`),
      };
    });
  } finally {
    await chromium.close();
    for (const s of servers) await s.close();
    core.close();
    temp?.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dirs = process.argv.slice(2);
  console.log(JSON.stringify(await profileLedgerFilter(dirs.length ? dirs : [rendererBuildDir()]), null, 2));
}
