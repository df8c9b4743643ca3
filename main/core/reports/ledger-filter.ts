import type { LedgerFilterParsed, LedgerSortField } from '../../../shared/contract/reports.js';
import { SHOWN_STATUS_SQL } from '../matters/shown-status-sql.js';
import { sourceMatch } from '../search/search-text.js';

/*
 * The ledger's WHERE clause and ORDER BY, shared by the page query, the totals row and the exports so
 * that all three see exactly the same set. Filters are built from a fixed list of SQL fragments and the
 * sort column from an allow-list, so no input ever becomes SQL text. The text filter uses instr() on
 * title, unit and serial (exact substring, Chinese of any length), and the search module's FTS5 index
 * so a matter is also found by the text of its documents.
 * The fragments name the matters table `m` and the users table `u` (joined on the reviewer).
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
  // Counted per matter (opinions_matter index) so a page sorted by it needs no aggregate of every opinion.
  opinionCount: '(SELECT count(*) FROM opinions WHERE matter_id = m.id)',
  dueOn: "coalesce(m.due_on, '')",
  closedOn: "coalesce(m.closed_on, '')",
  status: 'm.status',
};

export interface LedgerWhere {
  sql: string;
  params: Record<string, unknown>;
}

export function ledgerWhere(filter: LedgerFilterParsed): LedgerWhere {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.types && filter.types.length > 0) {
    where.push('m.type IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(filter.types);
  }
  if (filter.statuses && filter.statuses.length > 0) {
    // What the 状态 column shows (已签批待出具, 作废 included), not the stored flow status.
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
    // One-character queries use the per-source character set (search_chars), longer ones the index.
    const { table, match } = sourceMatch(filter.query);
    where.push(
      `(instr(m.title, @query) > 0 OR instr(m.submitting_unit, @query) > 0 OR instr(m.serial, @query) > 0
        OR m.id IN (SELECT s.matter_id FROM ${table} i JOIN search_sources s ON s.id = i.rowid WHERE ${table} MATCH @match))`,
    );
    params.query = filter.query;
    params.match = match;
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** The join the sort needs: the reviewer's name only when sorting by it (otherwise it keeps SQLite off the serial index). */
export function ledgerJoin(filter: LedgerFilterParsed): string {
  return filter.sort === 'reviewer' ? 'LEFT JOIN users u ON u.id = m.reviewer_id' : '';
}

/** ORDER BY for the filter's sort; ties broken by id in the same direction so pages never overlap. */
export function ledgerOrder(filter: LedgerFilterParsed): string {
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${SORT_SQL[filter.sort]} ${direction}, m.id ${direction}`;
}
