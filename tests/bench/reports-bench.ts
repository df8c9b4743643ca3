/**
 * Reports benchmark (issue 6): over 20,000 matters seeded through the services, the median time of a
 * full ledger query (core and through the router with its schema check), a filtered and a text-filtered
 * query, the year's statistics, and the XLSX and CSV exports of the whole ledger.
 */
import { pathToFileURL } from 'node:url';
import { dispatch } from '../../main/api/router.js';
import { computeStatistics } from '../../main/core/reports/statistics.js';
import { queryLedger } from '../../main/core/reports/ledger.js';
import { ledgerCsv, ledgerXlsx } from '../../main/core/reports/ledger-export.js';
import { reviewerQueue } from '../../main/core/workflow/queue-service.js';
import { LedgerFilter } from '../../shared/contract/reports.js';
import { QueueInput } from '../../shared/contract/workflow.js';
import { seedDataset } from '../core/reports/seed-data.js';
import { tempCore } from '../support/core.js';

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
    return {
      matters: count,
      seedSeconds,
      ledgerAllMs: await medianMs(5, () => queryLedger(env.core.db, all)),
      ledgerAllThroughRouterMs: await medianMs(5, () => dispatch('ledger.query', {}, env.ctx)),
      ledgerFilteredMs: await medianMs(9, () => queryLedger(env.core.db, filtered)),
      ledgerTextFilterMs: await medianMs(9, () => queryLedger(env.core.db, text)),
      queueMs: await medianMs(5, () => reviewerQueue(env.core.db, QueueInput.parse({}))),
      statisticsYearMs: await medianMs(5, () => computeStatistics(env.core.db, { from: '2025-01-01', to: '2025-12-31' })),
      xlsxAllRowsMs: await medianMs(3, () => ledgerXlsx(rows)),
      csvAllRowsMs: await medianMs(5, () => ledgerCsv(rows)),
    };
  } finally {
    env.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchReports(), null, 2));
}
