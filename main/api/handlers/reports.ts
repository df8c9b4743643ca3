import { exportLedger, exportStatistics } from '../../core/reports/exports.js';
import { ledgerOptions, ledgerPage } from '../../core/reports/ledger.js';
import { computeStatistics } from '../../core/reports/statistics.js';
import type { HandlerMap } from '../handler-map.js';

export const reportHandlers: HandlerMap<'ledger.query' | 'ledger.options' | 'ledger.export' | 'stats.get' | 'stats.export'> = {
  'ledger.query': (input, ctx) => {
    const started = performance.now();
    const today = input.today ?? ctx.today;
    // Without a limit every row (scripts, older clients); the summary is then counted from the same rows' filter.
    const { rows, summary } = ledgerPage(ctx.core.db, input.filter, { offset: input.offset, limit: input.limit ?? -1 }, today);
    return { rows, total: summary.matters, offset: input.offset, summary, elapsedMs: Math.round((performance.now() - started) * 10) / 10 };
  },
  'ledger.options': (_input, ctx) => ledgerOptions(ctx.core.db),
  'ledger.export': (input, ctx) => exportLedger(ctx.core.db, input.filter, input.format),
  'stats.get': (input, ctx) => computeStatistics(ctx.core.db, { ...input, today: input.today ?? ctx.today }),
  'stats.export': (input, ctx) => exportStatistics(ctx.core.db, input.period, input.format),
};
