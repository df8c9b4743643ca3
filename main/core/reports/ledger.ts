import type Database from 'better-sqlite3';
import type { LedgerFilterParsed, LedgerRow, LedgerSortField } from '../../../shared/contract/reports.js';
import type { DeadlineStateName } from '../../../shared/contract/workflow.js';
import type { MatterStatus, MatterType, ReviewResult } from '../../../shared/domain/matter.js';
import { flushPendingMatters } from '../search/search-index.js';
import { matchExpression } from '../search/search-text.js';
import { prepared } from '../store/statements.js';
import { type WorkflowSettings, loadWorkflowSettings, todayIso } from '../workflow/office-settings.js';
import { deadlineState } from '../workflow/working-days.js';
import { SHOWN_STATUS_SQL } from '../matters/shown-status-sql.js';

/*
 * The ledger (台账): one row per matter with the columns offices keep. Filters are built from a fixed
 * list of SQL fragments and the sort column from an allow-list, so no input ever becomes SQL text.
 * The text filter uses instr() on title, unit and serial (exact substring, Chinese of any length), and
 * the search module's FTS5 index (main/core/search/: matchExpression, flushPendingMatters) so a matter
 * is also found by the text of its documents.
 */

const SORT_SQL: Record<LedgerSortField, string> = {
  serial: 'm.serial_year, m.serial_no',
  receivedOn: 'm.received_on',
  submittingUnit: 'm.submitting_unit',
  township: "coalesce(m.township, '')",
  title: 'm.title',
  type: 'm.type',
  reviewer: "coalesce(u.display_name, '')",
  result: "coalesce(m.result, '')",
  opinionCount: 'opinion_count',
  dueOn: "coalesce(m.due_on, '')",
  closedOn: "coalesce(m.closed_on, '')",
  status: 'm.status',
};

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

function whereClause(filter: LedgerFilterParsed): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.types && filter.types.length > 0) {
    where.push('m.type IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(filter.types);
  }
  if (filter.statuses && filter.statuses.length > 0) {
    where.push(`${SHOWN_STATUS_SQL} IN (SELECT value FROM json_each(@statuses))`);
    params.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.submittingUnit) {
    where.push('m.submitting_unit = @unit');
    params.unit = filter.submittingUnit;
  }
  if (filter.township) {
    where.push('m.township = @township');
    params.township = filter.township;
  }
  if (filter.reviewerId !== undefined) {
    where.push('m.reviewer_id = @reviewer');
    params.reviewer = filter.reviewerId;
  }
  if (filter.from) {
    where.push('m.received_on >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    where.push('m.received_on <= @to');
    params.to = filter.to;
  }
  if (filter.result === 'none') where.push('m.result IS NULL');
  else if (filter.result) {
    where.push('m.result = @result');
    params.result = filter.result;
  }
  if (filter.query) {
    where.push(
      `(instr(m.title, @query) > 0 OR instr(m.submitting_unit, @query) > 0 OR instr(m.serial, @query) > 0
        OR m.id IN (SELECT s.matter_id FROM search_index i JOIN search_sources s ON s.id = i.rowid WHERE search_index MATCH @match))`,
    );
    params.query = filter.query;
    params.match = matchExpression(filter.query);
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Every matter the filter selects, sorted; the whole set (the renderer virtualizes it). */
export function queryLedger(db: Database.Database, filter: LedgerFilterParsed, today: string = todayIso()): LedgerRow[] {
  const settings = loadWorkflowSettings(db);
  // Titles registered since the last search are indexed first (the search module's own rule).
  if (filter.query) flushPendingMatters(db);
  const { sql, params } = whereClause(filter);
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  const rows = prepared(
    db,
    `SELECT m.id, m.serial, m.received_on, m.submitting_unit, m.township, m.title, m.type, u.display_name AS reviewer_name,
            m.result, m.due_on, m.opinion_issued_on, m.closed_on, m.status, m.note,
            (SELECT group_concat(number, '、') FROM (SELECT number FROM letters WHERE matter_id = m.id AND kind <> 'return-notice'
               AND number IS NOT NULL ORDER BY issue_date, id)) AS letter_numbers,
            (SELECT min(issue_date) FROM letters WHERE matter_id = m.id AND kind <> 'return-notice') AS letter_issued_on,
            (SELECT max(received_on) FROM feedback WHERE matter_id = m.id) AS feedback_on,
            m.voided_at IS NOT NULL AS voided, m.signed_off_on,
            coalesce(o.n, 0) AS opinion_count, coalesce(o.adopted, 0) AS adopted, coalesce(o.partly, 0) AS partly,
            coalesce(o.not_adopted, 0) AS not_adopted
     FROM matters m
     LEFT JOIN users u ON u.id = m.reviewer_id
     LEFT JOIN (SELECT matter_id, count(*) AS n, sum(adoption = 'adopted') AS adopted,
                       sum(adoption = 'partly-adopted') AS partly, sum(adoption = 'not-adopted') AS not_adopted
                FROM opinions GROUP BY matter_id) o ON o.matter_id = m.id
     ${sql}
     ORDER BY ${SORT_SQL[filter.sort]} ${direction}, m.id ${direction}`,
  ).all(params) as Row[];
  return rows.map((r) => ({
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
  }));
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
