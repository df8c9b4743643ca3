import { createWriteStream, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { LedgerRow } from '../../../shared/contract/reports.js';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { dataOption } from '../data-option.js';

interface LedgerOptions {
  data: string;
  out: string;
  csv?: boolean;
  from?: string;
  to?: string;
  type?: string[];
}

/** Streams the workbook straight into the file, with a progress line on stderr every 1000 rows. */
async function writeXlsxFile(path: string, rows: readonly LedgerRow[], subtitle: string): Promise<void> {
  const { writeLedgerXlsx } = await import('../../core/reports/ledger-export.js');
  const file = createWriteStream(path);
  const done = finished(file);
  await writeLedgerXlsx(rows, file, {
    subtitle,
    onProgress: (written, total) => {
      if (total >= 2000) process.stderr.write(`已写入 ${written}/${total} 行\n`);
    },
  });
  await done;
}

/** `review-desk ledger`: the whole ledger (or a received-date range / types) as XLSX, or CSV with --csv. */
export async function runLedger(options: LedgerOptions): Promise<void> {
  // The filter's schema (zod) loads with the work, not for `ledger --help` (issue 17).
  const { LedgerFilter } = await import('../../../shared/contract/reports.js');
  const filter = LedgerFilter.safeParse({ from: options.from, to: options.to, types: options.type, sort: 'receivedOn', order: 'asc' });
  if (!filter.success) throw new AppError('input.invalid', `参数有误：${filter.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
  // Loaded here, not at the top: `review-desk ledger --help` and the other commands need none of it
  // (exceljs alone takes most of a second to load; issue 17).
  const [{ openCore }, { queryLedger }, { ledgerCsv }] = await Promise.all([
    import('../../core/core.js'),
    import('../../core/reports/ledger.js'),
    import('../../core/reports/ledger-export.js'),
  ]);
  const core = await openCore(options.data);
  try {
    const rows = queryLedger(core.db, filter.data);
    const csv = options.csv || /\.csv$/i.test(options.out);
    const range = options.from || options.to ? `收件日期 ${options.from ?? '…'} 至 ${options.to ?? '…'}` : '';
    if (csv) writeFileSync(options.out, ledgerCsv(rows));
    else await writeXlsxFile(options.out, rows, range);
    console.log(`已导出台账 ${rows.length} 行（${csv ? 'CSV，UTF-8 带 BOM' : 'XLSX'}）：${options.out}`);
  } finally {
    core.close();
  }
}

export function registerLedger(program: Command): void {
  program
    .command('ledger')
    .description('导出审查台账（export the ledger as XLSX, or CSV with --csv）')
    .addOption(dataOption())
    .requiredOption('--out <file>', '输出文件，如 台账.xlsx')
    .option('--csv', '导出 CSV（UTF-8 带 BOM）而非 XLSX')
    .option('--from <date>', '起始收件日期 YYYY-MM-DD')
    .option('--to <date>', '截止收件日期 YYYY-MM-DD')
    .option('--type <type...>', '事项类型，如 village.rules contract')
    .action(runLedger);
}
