/**
 * Reports benchmark (issue 6): over 20,000 matters seeded through the services, the median time of a
 * full ledger query (core and through the router with its schema check), a filtered and a text-filtered
 * query, the year's statistics, and the XLSX and CSV exports of the whole ledger.
 */
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { dispatch } from '../../main/api/router.js';
import { computeStatistics } from '../../main/core/reports/statistics.js';
import { ledgerPage, queryLedger } from '../../main/core/reports/ledger.js';
import { LEDGER_COLUMNS, LEDGER_HEADER_ROW, ledgerCsv, ledgerXlsx, writeLedgerXlsx } from '../../main/core/reports/ledger-export.js';
import { reviewerQueue } from '../../main/core/workflow/queue-service.js';
import { LedgerFilter, type LedgerRow } from '../../shared/contract/reports.js';
import { QueueInput } from '../../shared/contract/workflow.js';
import { seedDataset } from '../core/reports/seed-data.js';
import { tempCore } from '../support/core.js';
import { makeTempDir } from '../support/temp-dir.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function medianMs(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return Math.round(median(times) * 10) / 10;
}

/**
 * Peak growth (MB) of the JavaScript heap plus Node's buffers while `fn` runs, sampled every 10 ms
 * (RSS is no use here: memory freed by an earlier run is not returned to the system). Approximate:
 * garbage not yet collected counts too; run with node --expose-gc for a cleaner start.
 */
async function peakMemoryMb(fn: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = used();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, used())), 10);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.round((Math.max(peak, used()) - base) / 1e6);
}

/** The way the ledger was exported before issue 17: the whole workbook built in memory, then written. */
async function inMemoryXlsx(rows: readonly LedgerRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('审查台账', { views: [{ state: 'frozen', ySplit: LEDGER_HEADER_ROW }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ width: c.width }));
  sheet.getRow(1).getCell(1).value = '合法性审查工作台账';
  sheet.mergeCells(1, 1, 1, LEDGER_COLUMNS.length);
  LEDGER_COLUMNS.forEach((c, i) => (sheet.getRow(LEDGER_HEADER_ROW).getCell(i + 1).value = c.header));
  rows.forEach((row, i) => sheet.addRow(LEDGER_COLUMNS.map((c) => c.value(row, i))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The streamed XLSX export into a file (as `review-desk ledger` writes it) against the in-memory build,
 * alternating, with the peak memory growth of each (one more run each, measured alone).
 * Note the rows themselves are in memory for both (the ledger query returns them).
 */
async function benchXlsxExport(rows: readonly LedgerRow[]): Promise<object> {
  const temp = makeTempDir('review-desk-bench-');
  try {
    const streamed = async () => {
      const file = createWriteStream(join(temp.dir, 'ledger.xlsx'));
      await writeLedgerXlsx(rows, file);
      await finished(file);
    };
    const times = { streamed: [] as number[], inMemory: [] as number[] };
    for (let i = 0; i < 4; i++) {
      for (const [name, fn] of [['streamed', streamed], ['inMemory', () => inMemoryXlsx(rows)]] as const) {
        const t = performance.now();
        await fn();
        if (i > 0) times[name].push(performance.now() - t);
      }
    }
    return {
      rows: rows.length,
      streamedToFileMs: Math.round(median(times.streamed)),
      inMemoryBaselineMs: Math.round(median(times.inMemory)),
      ratioStreamedToInMemory: Number((median(times.streamed) / median(times.inMemory)).toFixed(2)),
      peakMemoryGrowthMb: { streamed: await peakMemoryMb(streamed), inMemory: await peakMemoryMb(() => inMemoryXlsx(rows)) },
      fileMB: Number((statSync(join(temp.dir, 'ledger.xlsx')).size / 1e6).toFixed(1)),
      target: 'streamedToFileMs ≤ 2000, bounded memory',
    };
  } finally {
    temp.remove();
  }
}

export async function benchReports(count = 20_000): Promise<object> {
  const env = await tempCore();
  try {
    const t0 = performance.now();
    env.core.db.transaction(() => seedDataset(env.core, { count, seed: 1, start: '2025-01-02', spanDays: 600, light: true }))();
    const seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
    const all = LedgerFilter.parse({});
    const filtered = LedgerFilter.parse({ types: ['village.rules', 'contract'], township: '红花镇', from: '2025-03-01', to: '2025-12-31' });
    const text = LedgerFilter.parse({ query: '土地承包' });
    const rows = queryLedger(env.core.db, all);
    const page = { offset: 0, limit: 100 };
    return {
      matters: count,
      seedSeconds,
      ledgerAllMs: await medianMs(5, () => queryLedger(env.core.db, all)),
      ledgerAllThroughRouterMs: await medianMs(5, () => dispatch('ledger.query', {}, env.ctx)),
      ledgerFilteredMs: await medianMs(9, () => queryLedger(env.core.db, filtered)),
      ledgerTextFilterMs: await medianMs(9, () => queryLedger(env.core.db, text)),
      // What the ledger screen asks for since it is paged: 100 rows with the total and the totals row.
      ledgerPage: {
        firstPageMs: await medianMs(9, () => ledgerPage(env.core.db, all, page)),
        firstPageThroughRouterMs: await medianMs(9, () => dispatch('ledger.query', { limit: 100 }, env.ctx)),
        pageAtRow15000Ms: await medianMs(9, () => ledgerPage(env.core.db, all, { offset: 15_000, limit: 100 })),
        filteredFirstPageMs: await medianMs(9, () => ledgerPage(env.core.db, filtered, page)),
        textFilterFirstPageMs: await medianMs(9, () => ledgerPage(env.core.db, text, page)),
        sortedByTitleFirstPageMs: await medianMs(9, () => ledgerPage(env.core.db, LedgerFilter.parse({ sort: 'title', order: 'asc' }), page)),
      },
      queueMs: await medianMs(5, () => reviewerQueue(env.core.db, QueueInput.parse({}))),
      statisticsYearMs: await medianMs(5, () => computeStatistics(env.core.db, { from: '2025-01-01', to: '2025-12-31' })),
      xlsxAllRowsMs: await medianMs(3, () => ledgerXlsx(rows)),
      xlsxExport: await benchXlsxExport(rows),
      csvAllRowsMs: await medianMs(5, () => ledgerCsv(rows)),
    };
  } finally {
    env.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchReports(), null, 2));
}
