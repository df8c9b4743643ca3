import type Database from 'better-sqlite3';
import { Statistics } from '../../../shared/contract/reports.js';
import { MATTER_TYPES, type MatterType } from '../../../shared/domain/matter.js';
import { prepared } from '../store/statements.js';

/** The figures the county adds up, per township and in total. */
export interface CountyFigures {
  total: number;
  withdrawn: number;
  village: number;
  opinions: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  pending: number;
  completed: number;
  overdue: number;
  byType: Record<MatterType, number>;
}

export interface CountyStatistics {
  from: string;
  to: string;
  offices: (CountyFigures & { code: string; name: string; reportedAt: string; ledgerRows: number; packageId: string; files: number })[];
  totals: CountyFigures;
}

function figuresOf(s: Statistics): CountyFigures {
  const byType = Object.fromEntries(MATTER_TYPES.map((t) => [t, 0])) as Record<MatterType, number>;
  for (const t of s.byType) byType[t.type] += t.count;
  return {
    total: s.total,
    withdrawn: s.withdrawn,
    village: s.village,
    opinions: s.opinions.total,
    adopted: s.adoption.adopted,
    partlyAdopted: s.adoption.partlyAdopted,
    notAdopted: s.adoption.notAdopted,
    pending: s.adoption.pending,
    completed: s.turnaround.completed,
    overdue: s.turnaround.overdue,
    byType,
  };
}

function add(a: CountyFigures, b: CountyFigures): CountyFigures {
  const byType = { ...a.byType };
  for (const t of MATTER_TYPES) byType[t] += b.byType[t];
  return {
    total: a.total + b.total,
    withdrawn: a.withdrawn + b.withdrawn,
    village: a.village + b.village,
    opinions: a.opinions + b.opinions,
    adopted: a.adopted + b.adopted,
    partlyAdopted: a.partlyAdopted + b.partlyAdopted,
    notAdopted: a.notAdopted + b.notAdopted,
    pending: a.pending + b.pending,
    completed: a.completed + b.completed,
    overdue: a.overdue + b.overdue,
    byType,
  };
}

const ZERO: CountyFigures = figuresOf({
  total: 0, withdrawn: 0, village: 0, byType: [], opinions: { total: 0, bySeverity: [] },
  adoption: { adopted: 0, partlyAdopted: 0, notAdopted: 0, pending: 0, rate: null },
  turnaround: { completed: 0, averageWorkingDays: null, overdue: 0, openOverdue: 0 },
} as unknown as Statistics);

/**
 * County-wide figures for a period from the 统计上报 packages received: each office's latest report
 * for exactly that period counts once; the totals are the sums of the offices' figures.
 */
export function countyStatistics(db: Database.Database, period: { from: string; to: string }): CountyStatistics {
  const rows = prepared(
    db,
    `SELECT r.package_id, r.office_code, r.office_name, r.created_at, r.statistics_json, json_array_length(r.ledger_json) AS ledger_rows,
       (SELECT count(*) FROM statistics_report_files f WHERE f.report_id = r.id) AS files
     FROM statistics_reports r
     WHERE r.period_from = ? AND r.period_to = ? AND r.created_at = (
       SELECT max(created_at) FROM statistics_reports x WHERE x.office_code = r.office_code AND x.period_from = r.period_from AND x.period_to = r.period_to)
     ORDER BY r.office_code`,
  ).all(period.from, period.to) as { package_id: string; office_code: string; office_name: string; created_at: string; statistics_json: string; ledger_rows: number; files: number }[];
  const offices = rows.map((r) => ({
    code: r.office_code,
    name: r.office_name,
    reportedAt: r.created_at,
    ledgerRows: r.ledger_rows,
    packageId: r.package_id,
    files: r.files,
    ...figuresOf(Statistics.parse(JSON.parse(r.statistics_json))),
  }));
  return { ...period, offices, totals: offices.reduce<CountyFigures>((sum, o) => add(sum, o), ZERO) };
}
