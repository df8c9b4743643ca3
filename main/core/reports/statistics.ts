import type Database from 'better-sqlite3';
import type { Statistics } from '../../../shared/contract/reports.js';
import type { MatterStatus, MatterType, ReviewResult, Severity } from '../../../shared/domain/matter.js';
import { MATTER_STATUSES, MATTER_TYPES, REVIEW_RESULTS, SEVERITIES, isVillageType } from '../../../shared/domain/matter-vocabulary.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { clockWorkingDays } from '../workflow/deadline-service.js';
import { type HistoryStep, pausesFromHistory } from '../workflow/history.js';
import { loadWorkflowSettings, todayIso } from '../workflow/office-settings.js';
import { annualParagraph, periodZh } from './annual-paragraph.js';

/*
 * Statistics of the matters received in a period (收件日期 from..to, inclusive). Withdrawn matters are
 * counted apart and left out of every other figure: they were not reviewed. Voided matters (作废, registered
 * by mistake) are counted apart too, whatever their status, so a slip never reaches the year's figures. Opinions and adoption
 * are those of the counted matters. Turnaround is measured from receipt to the day the opinion went out.
 */

interface MatterRow {
  id: number;
  type: MatterType;
  submitting_unit: string;
  township: string | null;
  received_on: string;
  due_on: string | null;
  status: MatterStatus;
  voided: number;
  result: ReviewResult | null;
  opinion_issued_on: string | null;
  reviewer_name: string | null;
}

const OPEN_FOR_REVIEW = new Set<MatterStatus>(['registered', 'in-review', 'awaiting-signoff']);

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function tally<K>(keys: readonly K[], values: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

const byCountThenName = (a: { name: string; count: number }, b: { name: string; count: number }) =>
  b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The figures of a period, with the annual-report paragraph made from them. */
export function computeStatistics(db: Database.Database, period: { from: string; to: string; today?: string }): Statistics {
  const { from, to } = period;
  if (from > to) throw new AppError('stats.period', '起始日期不能晚于截止日期。');
  const today = period.today ?? todayIso();
  const settings = loadWorkflowSettings(db);
  const all = prepared(
    db,
    `SELECT m.id, m.type, m.submitting_unit, m.township, m.received_on, m.due_on, m.status, m.result, m.opinion_issued_on,
            m.voided_at IS NOT NULL AS voided, u.display_name AS reviewer_name
     FROM matters m LEFT JOIN users u ON u.id = m.reviewer_id WHERE m.received_on BETWEEN ? AND ? ORDER BY m.id`,
  ).all(from, to) as MatterRow[];
  const counted = all.filter((m) => m.status !== 'withdrawn' && !m.voided);
  const voided = all.filter((m) => m.voided).length;
  const ids = new Set(counted.map((m) => m.id));

  const byType = tally(MATTER_TYPES, counted.map((m) => m.type));
  const units = tally<string>([], counted.map((m) => m.submitting_unit));
  const townships = tally<string>([], counted.map((m) => m.township ?? ''));
  const reviewers = tally<string>([], counted.map((m) => m.reviewer_name ?? ''));
  const monthKeys = months(from, to);
  const byMonth = tally(monthKeys, counted.map((m) => m.received_on.slice(0, 7)));
  const byStatus = tally(
    MATTER_STATUSES.filter((s) => s !== 'withdrawn'),
    counted.map((m) => m.status),
  );
  const byResult = tally<ReviewResult | null>([...REVIEW_RESULTS, null], counted.map((m) => m.result));

  const opinions = prepared(
    db,
    `SELECT o.matter_id, o.severity, o.adoption FROM opinions o JOIN matters m ON m.id = o.matter_id
     WHERE m.received_on BETWEEN ? AND ? AND m.status <> 'withdrawn' AND m.voided_at IS NULL`,
  ).all(from, to) as { matter_id: number; severity: Severity; adoption: string | null }[];
  const bySeverity = tally(SEVERITIES, opinions.map((o) => o.severity));
  const adoption = { adopted: 0, partlyAdopted: 0, notAdopted: 0, pending: 0 };
  for (const o of opinions) {
    if (o.adoption === 'adopted') adoption.adopted++;
    else if (o.adoption === 'partly-adopted') adoption.partlyAdopted++;
    else if (o.adoption === 'not-adopted') adoption.notAdopted++;
    else adoption.pending++;
  }
  const decided = adoption.adopted + adoption.partlyAdopted + adoption.notAdopted;

  // Pauses of every counted matter in one pass over the history.
  const steps = new Map<number, HistoryStep[]>();
  const changes = prepared(
    db,
    `SELECT c.matter_id, c.from_status AS "from", c.to_status AS "to", c.effective_on AS effectiveOn
     FROM status_changes c JOIN matters m ON m.id = c.matter_id
     WHERE m.received_on BETWEEN ? AND ? ORDER BY c.matter_id, c.id`,
  ).all(from, to) as (HistoryStep & { matter_id: number })[];
  for (const c of changes) {
    if (!ids.has(c.matter_id)) continue;
    let list = steps.get(c.matter_id);
    if (!list) steps.set(c.matter_id, (list = []));
    list.push(c);
  }
  let completed = 0;
  let totalDays = 0;
  let overdue = 0;
  let openOverdue = 0;
  for (const m of counted) {
    if (m.opinion_issued_on !== null) {
      completed++;
      totalDays += clockWorkingDays(settings, m.received_on, m.opinion_issued_on, pausesFromHistory(steps.get(m.id) ?? []));
      if (m.due_on !== null && m.opinion_issued_on > m.due_on) overdue++;
    } else if (OPEN_FOR_REVIEW.has(m.status) && m.due_on !== null && m.due_on < today) {
      openOverdue++;
    }
  }

  const stats: Omit<Statistics, 'paragraph'> = {
    from,
    to,
    periodZh: periodZh(from, to),
    total: counted.length,
    withdrawn: all.filter((m) => m.status === 'withdrawn' && !m.voided).length,
    voided,
    village: counted.filter((m) => isVillageType(m.type)).length,
    byType: MATTER_TYPES.map((type) => ({ type, count: byType.get(type) ?? 0 })),
    byUnit: [...units].map(([name, count]) => ({ name, count })).sort(byCountThenName),
    byTownship: [...townships].map(([name, count]) => ({ name, count })).sort(byCountThenName),
    byReviewer: [...reviewers].map(([name, count]) => ({ name, count })).sort(byCountThenName),
    byMonth: monthKeys.map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
    byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
    byResult: [...byResult].map(([result, count]) => ({ result, count })),
    opinions: { total: opinions.length, bySeverity: SEVERITIES.map((severity) => ({ severity, count: bySeverity.get(severity) ?? 0 })) },
    adoption: { ...adoption, rate: decided === 0 ? null : (adoption.adopted + adoption.partlyAdopted) / decided },
    turnaround: { completed, averageWorkingDays: completed === 0 ? null : totalDays / completed, overdue, openOverdue },
  };
  return { ...stats, paragraph: annualParagraph(stats) };
}
