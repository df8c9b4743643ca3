import type Database from 'better-sqlite3';
import type { ExportFile, LedgerFilterParsed } from '../../../shared/contract/reports.js';
import { todayIso } from '../workflow/office-settings.js';
import { queryLedger } from './ledger.js';
import { ledgerCsv, ledgerXlsx } from './ledger-export.js';
import { computeStatistics } from './statistics.js';
import { statisticsDocx, statisticsXlsx } from './stats-export.js';

/** Files the doors hand out: the bytes (binary across every door) and a file name the user will recognise. */

const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
} as const;

const compact = (iso: string) => iso.replaceAll('-', '');

/** A subtitle naming the received-date range, when the filter has one. */
function rangeZh(filter: LedgerFilterParsed): string {
  if (filter.from && filter.to) return `收件日期 ${filter.from} 至 ${filter.to}`;
  if (filter.from) return `收件日期 ${filter.from} 起`;
  if (filter.to) return `收件日期截至 ${filter.to}`;
  return '';
}

/** The filtered, sorted ledger as XLSX or CSV. */
export async function exportLedger(
  db: Database.Database,
  filter: LedgerFilterParsed,
  format: 'xlsx' | 'csv',
  today: string = todayIso(),
): Promise<ExportFile> {
  const rows = queryLedger(db, filter, today);
  const bytes = format === 'xlsx' ? await ledgerXlsx(rows, rangeZh(filter)) : ledgerCsv(rows);
  return { fileName: `审查台账-${compact(today)}.${format}`, mediaType: MEDIA[format], content: bytes, rows: rows.length };
}

/** The statistics report of a period as DOCX or XLSX. */
export async function exportStatistics(
  db: Database.Database,
  period: { from: string; to: string; today?: string },
  format: 'docx' | 'xlsx',
): Promise<ExportFile> {
  const stats = computeStatistics(db, period);
  const bytes = format === 'docx' ? await statisticsDocx(stats) : await statisticsXlsx(stats);
  return {
    fileName: `合法性审查统计-${compact(period.from)}-${compact(period.to)}.${format}`,
    mediaType: MEDIA[format],
    content: bytes,
    rows: stats.total,
  };
}
