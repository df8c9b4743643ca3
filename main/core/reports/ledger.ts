import type Database from 'better-sqlite3';
import type { LedgerFilterParsed, LedgerRow, LedgerSummary } from '../../../shared/contract/reports.js';
import type { DeadlineStateName } from '../../../shared/contract/workflow.js';
import type { MatterStatus, MatterType, ReviewResult } from '../../../shared/domain/matter.js';
import { flushPendingMatters } from '../search/search-index.js';
import { prepared } from '../store/statements.js';
import { type WorkflowSettings, loadWorkflowSettings, todayIso } from '../workflow/office-settings.js';
import { deadlineState } from '../workflow/working-days.js';
import { type LedgerWhere, ledgerJoin, ledgerOrder, ledgerWhere } from './ledger-filter.js';

/*
 * The ledger (台账): one row per matter with the columns offices keep. The screen asks for one page at a
 * time with the total and a totals row (issue 17: 20,000 matters); the exports take the whole filtered
 * set. Filter and sort SQL: ledger-filter.ts.
 */

interface Row {
  id: number;
  serial: string;
  received_on: string;
  submitting_unit: string;
  township: string | null;
  title: string;
  type: MatterType;
  reviewer_name: string | null;
  result: ReviewResult | null;
  due_on: string | null;
  opinion_issued_on: string | null;
  letter_numbers: string | null;
  letter_issued_on: string | null;
  feedback_on: string | null;
  closed_on: string | null;
  status: MatterStatus;
  note: string | null;
  voided: number;
  signed_off_on: string | null;
  opinion_count: number;
  adopted: number;
  partly: number;
  not_adopted: number;
}

const FINISHED = new Set<MatterStatus>(['opinion-issued', 'awaiting-feedback', 'closed', 'withdrawn']);

/** The deadline column: the same states as the queue, without per-row history look-ups. */
function stateOf(settings: WorkflowSettings, row: Row, today: string): DeadlineStateName {
  if (FINISHED.has(row.status) || row.voided) return 'done';
  if (row.status === 'returned' && row.due_on === null) return 'paused';
  if (row.due_on === null) return 'none';
  return deadlineState(row.due_on, today, settings.deadline.soonDays, settings.calendar);
}

const COLUMNS = `m.id, m.serial, m.received_on, m.submitting_unit, m.township, m.title, m.type, u.display_name AS reviewer_name,
  m.result, m.due_on, m.opinion_issued_on, m.closed_on, m.status, m.note,
  (SELECT group_concat(number, '、') FROM (SELECT number FROM letters WHERE matter_id = m.id AND kind <> 'return-notice'
     AND number IS NOT NULL ORDER BY issue_date, id)) AS letter_numbers,
  (SELECT min(issue_date) FROM letters WHERE matter_id = m.id AND kind <> 'return-notice') AS letter_issued_on,
  (SELECT max(received_on) FROM feedback WHERE matter_id = m.id) AS feedback_on,
  m.voided_at IS NOT NULL AS voided, m.signed_off_on,
  coalesce(o.n, 0) AS opinion_count, coalesce(o.adopted, 0) AS adopted, coalesce(o.partly, 0) AS partly,
  coalesce(o.not_adopted, 0) AS not_adopted`;

/** The opinions' counts per matter, over the matters `which` selects (an SQL condition on matter_id, or ''). */
const opinionCounts = (which: string) => `(SELECT matter_id, count(*) AS n, sum(adoption = 'adopted') AS adopted,
    sum(adoption = 'partly-adopted') AS partly, sum(adoption = 'not-adopted') AS not_adopted
  FROM opinions ${which} GROUP BY matter_id) o ON o.matter_id = m.id`;

function toLedgerRow(settings: WorkflowSettings, r: Row, today: string): LedgerRow {
  return {
    id: r.id,
    serial: r.serial,
    receivedOn: r.received_on,
    submittingUnit: r.submitting_unit,
    township: r.township,
    title: r.title,
    type: r.type,
    reviewerName: r.reviewer_name,
    result: r.result,
    opinionCount: r.opinion_count,
    adoption: {
      adopted: r.adopted,
      partlyAdopted: r.partly,
      notAdopted: r.not_adopted,
      pending: r.opinion_count - r.adopted - r.partly - r.not_adopted,
    },
    dueOn: r.due_on,
    opinionIssuedOn: r.opinion_issued_on,
    letterNumbers: r.letter_numbers,
    letterIssuedOn: r.letter_issued_on,
    feedbackOn: r.feedback_on,
    closedOn: r.closed_on,
    status: r.status,
    deadlineState: stateOf(settings, r, today),
    note: r.note,
    voided: r.voided === 1,
    signedOffOn: r.signed_off_on,
  };
}

/** Every matter the filter selects, sorted: the whole set, for the exports and the command line. */
export function queryLedger(db: Database.Database, filter: LedgerFilterParsed, today: string = todayIso()): LedgerRow[] {
  const settings = loadWorkflowSettings(db);
  // Titles registered since the last search are indexed first (the search module's own rule).
  if (filter.query) flushPendingMatters(db);
  const { sql, params } = ledgerWhere(filter);
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM matters m LEFT JOIN users u ON u.id = m.reviewer_id LEFT JOIN ${opinionCounts('')}
     ${sql} ${ledgerOrder(filter)}`,
  ).all(params) as Row[];
  return rows.map((r) => toLedgerRow(settings, r, today));
}

/**
 * One page of the ledger (rows offset … offset+limit−1 of the sorted, filtered set), its total and the
 * totals row, for the screen: the sort and filter run in SQL and only the page's rows are built and sent,
 * so opening the ledger or changing a filter costs the same with 200 or 20,000 matters on file.
 */
export function ledgerPage(
  db: Database.Database,
  filter: LedgerFilterParsed,
  page: { offset: number; limit: number },
  today: string = todayIso(),
): { rows: LedgerRow[]; summary: LedgerSummary } {
  const settings = loadWorkflowSettings(db);
  if (filter.query) flushPendingMatters(db);
  const where = ledgerWhere(filter);
  const ids = (
    prepared(db, `SELECT m.id FROM matters m ${ledgerJoin(filter)} ${where.sql} ${ledgerOrder(filter)} LIMIT @limit OFFSET @offset`)
      .all({ ...where.params, limit: page.limit, offset: page.offset }) as { id: number }[]
  ).map((r) => r.id);
  const json = JSON.stringify(ids);
  const found = prepared(
    db,
    `SELECT ${COLUMNS} FROM matters m LEFT JOIN users u ON u.id = m.reviewer_id
       LEFT JOIN ${opinionCounts('WHERE matter_id IN (SELECT value FROM json_each(@ids))')}
     WHERE m.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: json }) as Row[];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toLedgerRow(settings, r, today)] : [];
  });
  return { rows, summary: ledgerSummary(db, where, today) };
}

/** The totals row over the whole filtered set, counted in SQL (matters, voided, overdue, opinions, adoption). */
export function ledgerSummary(db: Database.Database, where: LedgerWhere, today: string): LedgerSummary {
  const finished = JSON.stringify([...FINISHED]);
  const m = prepared(
    db,
    `SELECT count(*) AS matters, coalesce(sum(m.voided_at IS NOT NULL), 0) AS voided,
            coalesce(sum(m.voided_at IS NULL AND m.due_on < @today AND m.status NOT IN (SELECT value FROM json_each(@finished))), 0) AS overdue
     FROM matters m ${where.sql}`,
  ).get({ ...where.params, today, finished }) as { matters: number; voided: number; overdue: number };
  const o = prepared(
    db,
    `SELECT count(*) AS n, coalesce(sum(adoption = 'adopted'), 0) AS adopted, coalesce(sum(adoption = 'partly-adopted'), 0) AS partly,
            coalesce(sum(adoption = 'not-adopted'), 0) AS not_adopted
     FROM opinions WHERE matter_id IN (SELECT m.id FROM matters m ${where.sql})`,
  ).get(where.params) as { n: number; adopted: number; partly: number; not_adopted: number };
  return {
    matters: m.matters,
    voided: m.voided,
    overdue: m.overdue,
    opinions: o.n,
    adoption: { adopted: o.adopted, partlyAdopted: o.partly, notAdopted: o.not_adopted, pending: o.n - o.adopted - o.partly - o.not_adopted },
  };
}

/** Values for the ledger's filter lists: units, townships and reviewers that occur. */
export function ledgerOptions(db: Database.Database) {
  const units = (prepared(db, 'SELECT DISTINCT submitting_unit AS v FROM matters ORDER BY v').all() as { v: string }[]).map((r) => r.v);
  const townships = (
    prepared(db, "SELECT DISTINCT township AS v FROM matters WHERE township IS NOT NULL AND township <> '' ORDER BY v").all() as {
      v: string;
    }[]
  ).map((r) => r.v);
  const reviewers = prepared(db, 'SELECT id, display_name AS name FROM users ORDER BY display_name, id').all() as {
    id: number;
    name: string;
  }[];
  return { units, townships, reviewers };
}
