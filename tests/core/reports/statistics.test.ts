import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStatistics } from '../../../main/core/reports/statistics.js';
import { isWorkingDay } from '../../../main/core/workflow/working-days.js';
import type { Statistics } from '../../../shared/contract/reports.js';
import { MATTER_TYPES, SEVERITIES } from '../../../shared/domain/matter.js';
import { DEFAULT_REVIEW_LIMITS } from '../../../shared/domain/workflow.js';
import { tempCore } from '../../support/core.js';
import { type SeedMatter, seedDataset } from './seed-data.js';

/*
 * Every figure is recounted here from the seed model with plain loops — not with the service's SQL —
 * and the deadline arithmetic is redone day by day from the calendar.
 */

let env: Awaited<ReturnType<typeof tempCore>>;
let seeds: SeedMatter[];
const TODAY = '2025-06-30';

beforeAll(async () => {
  env = await tempCore();
  seeds = seedDataset(env.core, { count: 360, seed: 20240601, start: '2023-11-15', spanDays: 440 });
});
afterAll(() => env.dispose());

const next = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Return stretches from the moves: from the return day to the day the matter left 退回补正. */
function pauses(s: SeedMatter): { from: string; to: string | null }[] {
  const out: { from: string; to: string | null }[] = [];
  for (const m of s.moves) {
    const open = out.at(-1);
    if (open && open.to === null) open.to = m.on;
    if (m.to === 'returned') out.push({ from: m.on, to: null });
  }
  return out;
}

/** The day is on the clock: after the return day, up to and including the re-receipt day, it is not. */
const onClock = (d: string, ps: { from: string; to: string | null }[]) => !ps.some((p) => d > p.from && (p.to === null || d <= p.to));

function expectedDue(s: SeedMatter): string | null {
  const ps = pauses(s);
  if (ps.some((p) => p.to === null)) return null;
  let left = DEFAULT_REVIEW_LIMITS[s.type].workingDays;
  let d = s.receivedOn;
  while (left > 0) {
    d = next(d);
    if (onClock(d, ps) && isWorkingDay(d)) left--;
  }
  return d;
}

function clockDays(s: SeedMatter, end: string): number {
  const ps = pauses(s);
  let n = 0;
  for (let d = next(s.receivedOn); d <= end; d = next(d)) if (onClock(d, ps) && isWorkingDay(d)) n++;
  return n;
}

const issuedOn = (s: SeedMatter) => s.moves.find((m) => m.to === 'opinion-issued')?.on ?? null;

function expected(from: string, to: string) {
  const inPeriod = seeds.filter((s) => s.receivedOn >= from && s.receivedOn <= to);
  const counted = inPeriod.filter((s) => s.status !== 'withdrawn');
  const count = <T>(items: T[], key: (t: T) => string) => {
    const m: Record<string, number> = {};
    for (const i of items) m[key(i)] = (m[key(i)] ?? 0) + 1;
    return m;
  };
  const opinions = counted.flatMap((s) => s.opinions);
  const completed = counted.filter((s) => issuedOn(s) !== null);
  let days = 0;
  let overdue = 0;
  for (const s of completed) {
    days += clockDays(s, issuedOn(s)!);
    if (issuedOn(s)! > expectedDue(s)!) overdue++;
  }
  let openOverdue = 0;
  for (const s of counted) {
    if (['registered', 'in-review', 'awaiting-signoff'].includes(s.status) && expectedDue(s)! < TODAY) openOverdue++;
  }
  const adopted = opinions.filter((o) => o.adoption === 'adopted').length;
  const partly = opinions.filter((o) => o.adoption === 'partly-adopted').length;
  const not = opinions.filter((o) => o.adoption === 'not-adopted').length;
  return {
    total: counted.length,
    withdrawn: inPeriod.length - counted.length,
    village: counted.filter((s) => s.type.startsWith('village.')).length,
    byType: count(counted, (s) => s.type),
    byUnit: count(counted, (s) => s.unit),
    byTownship: count(counted, (s) => s.township ?? ''),
    byMonth: count(counted, (s) => s.receivedOn.slice(0, 7)),
    byStatus: count(counted, (s) => s.status),
    byResult: count(counted, (s) => s.result ?? 'null'),
    opinions: opinions.length,
    bySeverity: count(opinions, (o) => o.severity),
    adopted,
    partly,
    not,
    pending: opinions.length - adopted - partly - not,
    completed: completed.length,
    average: completed.length ? days / completed.length : null,
    overdue,
    openOverdue,
  };
}

const asMap = <T extends { count: number }>(rows: T[], key: (r: T) => string) =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [key(r), r.count]));

function checkFigures(stats: Statistics, e: ReturnType<typeof expected>) {
  expect(stats.total).toBe(e.total);
  expect(stats.withdrawn).toBe(e.withdrawn);
  expect(stats.village).toBe(e.village);
  expect(asMap(stats.byType, (r) => r.type)).toEqual(e.byType);
  expect(stats.byType.map((r) => r.type)).toEqual([...MATTER_TYPES]);
  expect(asMap(stats.byUnit, (r) => r.name)).toEqual(e.byUnit);
  expect(asMap(stats.byTownship, (r) => r.name)).toEqual(e.byTownship);
  expect(asMap(stats.byMonth, (r) => r.month)).toEqual(e.byMonth);
  expect(asMap(stats.byStatus, (r) => r.status)).toEqual(e.byStatus);
  expect(asMap(stats.byResult, (r) => r.result ?? 'null')).toEqual(e.byResult);
  expect(stats.opinions.total).toBe(e.opinions);
  expect(asMap(stats.opinions.bySeverity, (r) => r.severity)).toEqual(e.bySeverity);
  expect(stats.opinions.bySeverity.map((r) => r.severity)).toEqual([...SEVERITIES]);
  expect(stats.adoption).toMatchObject({ adopted: e.adopted, partlyAdopted: e.partly, notAdopted: e.not, pending: e.pending });
  const decided = e.adopted + e.partly + e.not;
  expect(stats.adoption.rate).toBeCloseTo((e.adopted + e.partly) / decided, 12);
  expect(stats.turnaround.completed).toBe(e.completed);
  expect(stats.turnaround.averageWorkingDays).toBeCloseTo(e.average!, 12);
  expect(stats.turnaround.overdue).toBe(e.overdue);
  expect(stats.turnaround.openOverdue).toBe(e.openOverdue);
}

describe('statistics over a seeded data set', () => {
  it('has a data set that exercises every figure', () => {
    const e = expected('2024-01-01', '2024-12-31');
    expect(e.total).toBeGreaterThan(200);
    expect(e.withdrawn).toBeGreaterThan(0);
    expect(e.completed).toBeGreaterThan(50);
    expect(e.overdue).toBeGreaterThan(0);
    expect(e.adopted * e.partly * e.not).toBeGreaterThan(0);
    expect(seeds.some((s) => s.receivedOn < '2024-01-01') && seeds.some((s) => s.receivedOn > '2024-12-31')).toBe(true);
    expect(seeds.some((s) => pauses(s).length > 0 && issuedOn(s) !== null)).toBe(true);
  });

  it('stores the due dates the rule gives, returns included', () => {
    const rows = env.core.db.prepare('SELECT id, due_on FROM matters').all() as { id: number; due_on: string | null }[];
    const due = new Map(rows.map((r) => [r.id, r.due_on]));
    for (const s of seeds) expect([s.serial, due.get(s.id)]).toEqual([s.serial, expectedDue(s)]);
  });

  it('counts the year 2024 exactly', () => {
    checkFigures(computeStatistics(env.core.db, { from: '2024-01-01', to: '2024-12-31', today: TODAY }), expected('2024-01-01', '2024-12-31'));
  });

  it('counts any other period exactly, months included', () => {
    const stats = computeStatistics(env.core.db, { from: '2024-03-10', to: '2024-06-30', today: TODAY });
    checkFigures(stats, expected('2024-03-10', '2024-06-30'));
    expect(stats.byMonth.map((m) => m.month)).toEqual(['2024-03', '2024-04', '2024-05', '2024-06']);
    expect(stats.periodZh).toBe('2024年3月10日至2024年6月30日');
  });

  it('writes the annual-report paragraph with the same numbers', () => {
    const stats = computeStatistics(env.core.db, { from: '2024-01-01', to: '2024-12-31', today: TODAY });
    const e = expected('2024-01-01', '2024-12-31');
    const p = stats.paragraph;
    const num = (re: RegExp) => {
      const m = re.exec(p);
      expect(m, `${re} in ${p}`).not.toBeNull();
      return Number(m![1]);
    };
    expect(p.startsWith('2024年，共审查各类文件、合同协议')).toBe(true);
    expect(num(/共审查各类文件、合同协议(\d+)件/)).toBe(e.total);
    expect(num(/其中村级重大事项(\d+)件/)).toBe(e.village);
    expect(num(/行政规范性文件(\d+)件/)).toBe(e.byType.normative ?? 0);
    expect(num(/重大行政决策(\d+)件/)).toBe(e.byType.decision ?? 0);
    expect(num(/合同协议(\d+)件，法律意见/)).toBe(e.byType.contract ?? 0);
    expect(num(/法律意见(\d+)件/)).toBe(e.byType.opinion ?? 0);
    expect(num(/提出合法性审查意见建议(\d+)条/)).toBe(e.opinions);
    expect(num(/必须修改(\d+)条/)).toBe(e.bySeverity.must ?? 0);
    expect(num(/建议修改(\d+)条/)).toBe(e.bySeverity.should ?? 0);
    expect(num(/提示(\d+)条/)).toBe(e.bySeverity.hint ?? 0);
    expect(num(/已反馈的(\d+)条意见/)).toBe(e.adopted + e.partly + e.not);
    expect(num(/中，采纳(\d+)条/)).toBe(e.adopted);
    expect(num(/部分采纳(\d+)条/)).toBe(e.partly);
    expect(num(/未采纳(\d+)条/)).toBe(e.not);
    expect(num(/采纳率([\d.]+)%/)).toBeCloseTo(((e.adopted + e.partly) / (e.adopted + e.partly + e.not)) * 100, 1);
    expect(num(/已出具审查意见(\d+)件/)).toBe(e.completed);
    expect(num(/平均用时([\d.]+)个工作日/)).toBeCloseTo(e.average!, 1);
    expect(num(/超过审查期限(\d+)件/)).toBe(e.overdue);
    expect(num(/另有撤回(\d+)件/)).toBe(e.withdrawn);
    // The village subtypes in brackets add up to the village figure.
    const bracket = /其中村级重大事项\d+件（([^）]*)）/.exec(p)![1]!;
    const parts = [...bracket.matchAll(/(\d+)件/g)].map((m) => Number(m[1]));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(e.village);
  });

  it('says so plainly for a period with nothing in it', () => {
    const stats = computeStatistics(env.core.db, { from: '2030-01-01', to: '2030-12-31', today: TODAY });
    expect(stats.total).toBe(0);
    expect(stats.adoption.rate).toBeNull();
    expect(stats.turnaround.averageWorkingDays).toBeNull();
    expect(stats.paragraph).toBe(
      '2030年，共审查各类文件、合同协议0件，其中村级重大事项0件，行政规范性文件0件，重大行政决策0件，合同协议0件，法律意见0件；提出合法性审查意见建议0条；提出的意见尚无反馈的采纳情况；尚无已出具审查意见的事项。',
    );
  });
});
