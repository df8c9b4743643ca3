/**
 * The ledger screen with 20,000 matters (issue 17), in Debian's Chromium over the real server: time from
 * navigation start until the first rows are on screen, and from pressing Enter in the text filter until
 * the filtered rows are. Before/after in the same run: the renderer as it was before the ledger was paged
 * (every row fetched at once; built from BEFORE_COMMIT, renderer-at-commit.ts) against the current build,
 * alternating so machine load hits both alike; the ratios are the figures to trust on a shared machine. The server is the same for both: without a limit
 * ledger.query still returns every row, as the old renderer expects. Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
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
import { BEFORE_COMMIT, buildRendererAt } from './renderer-at-commit.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MATTERS = 20_000;
const LOGIN = 'bench';
const QUERY = '土地承包';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The little of the page's globals these functions use (this file is type-checked without the DOM library). */
interface InPage {
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    addEventListener(type: 'keydown', listener: (e: { key: string }) => unknown, options: { capture: boolean }): void;
  };
  benchT0?: number;
}

interface Timing {
  firstRowsMs: number;
  filterMs: number;
}

/** One cold visit: open the ledger, wait for its first rows, then filter by text and wait for the result. */
async function visit(browser: Browser, server: RunningServer, token: string, expected: number): Promise<Timing> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  try {
    await context.addCookies([{ name: cookieName(server.port), value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    page.setDefaultTimeout(180_000);
    await page.goto(`${server.url}#/ledger`, { waitUntil: 'commit' });
    // First rows: a row whose serial cell has text (not a placeholder, not the empty table).
    const firstRows = await page.waitForFunction(
      () => {
        const { document } = globalThis as unknown as InPage;
        const cell = document.querySelector('.ant-table-tbody-virtual .ant-table-row .ant-table-cell:nth-child(2)');
        return cell?.textContent ? performance.now() : false;
      },
      undefined,
      { polling: 'raf' },
    );
    const firstRowsMs = (await firstRows.jsonValue()) as number;
    const search = page.getByLabel('按标题、送审单位或编号筛选');
    await search.fill(QUERY);
    // The clock starts at the key press, inside the page; it stops when the count and the first row show the new set.
    await page.evaluate(() => {
      const w = globalThis as unknown as InPage;
      w.document.addEventListener('keydown', (e) => e.key === 'Enter' && (w.benchT0 ??= performance.now()), { capture: true });
    });
    await search.press('Enter');
    const done = await page.waitForFunction(
      (n) => {
        const w = globalThis as unknown as InPage;
        const count = w.document.querySelector('[data-testid="ledger-count"]')?.textContent ?? '';
        const cell = w.document.querySelector('.ant-table-tbody-virtual .ant-table-row .ant-table-cell:nth-child(6)');
        return count.startsWith(`共 ${n} 件`) && cell?.textContent && w.benchT0 !== undefined ? performance.now() - w.benchT0 : false;
      },
      expected,
      { polling: 'raf' },
    );
    return { firstRowsMs, filterMs: (await done.jsonValue()) as number };
  } finally {
    await context.close();
  }
}

export async function benchLedgerScreen(): Promise<object> {
  const pagedDir = rendererBuildDir();
  if (!existsSync(join(pagedDir, 'index.html'))) throw new Error('renderer not built: run `npm run build` first');
  const temp = makeTempDir('review-desk-bench-');
  const baseDir = join(temp.dir, 'renderer-before');
  buildRendererAt(BEFORE_COMMIT, join(temp.dir, 'src-before'), baseDir);
  const core = await openCore(join(temp.dir, 'data'));
  const account = await ensureAccount(core, LOGIN);
  core.db.transaction(() => seedDataset(core, { count: MATTERS, seed: 5, start: '2025-01-02', spanDays: 600, light: true }))();
  const expected = queryLedger(core.db, LedgerFilter.parse({ query: QUERY })).length;
  const paged = await startServer({ core, staticDir: pagedDir, port: 0 });
  const before = await startServer({ core, staticDir: baseDir, port: 0 });
  const chromium = await launchChromium();
  try {
    const token = () => createSession(core.db, account.id, 'http', '127.0.0.1');
    const builds = { paged, before };
    const times: Record<string, Timing[]> = { paged: [], before: [] };
    // One untimed visit each warms the server, SQLite's cache and Chromium.
    for (const server of Object.values(builds)) await visit(chromium.browser, server, token(), expected);
    for (let run = 0; run < RUNS; run++) {
      for (const [name, server] of Object.entries(builds)) times[name]!.push(await visit(chromium.browser, server, token(), expected));
    }
    const ms = (name: string, key: keyof Timing) => Math.round(median(times[name]!.map((t) => t[key])));
    const ratio = (key: keyof Timing) => Number((median(times.paged!.map((t) => t[key])) / median(times.before!.map((t) => t[key]))).toFixed(2));
    return {
      runs: RUNS,
      matters: MATTERS,
      textFilter: { query: QUERY, rows: expected },
      baseline: `renderer of ${BEFORE_COMMIT.slice(0, 7)} (every row at once), same server`,
      firstRowsMedianMs: { paged: ms('paged', 'firstRowsMs'), before: ms('before', 'firstRowsMs') },
      filterChangeMedianMs: { paged: ms('paged', 'filterMs'), before: ms('before', 'filterMs') },
      ratioPagedToBefore: { firstRows: ratio('firstRowsMs'), filterChange: ratio('filterMs') },
      targets: 'first rows ≤ 1000 ms after opening, filter change ≤ 200 ms',
    };
  } finally {
    await chromium.close();
    await paged.close();
    await before.close();
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchLedgerScreen(), null, 2));
}
