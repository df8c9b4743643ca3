import type Database from 'better-sqlite3';
import type { MatterStatus } from '../../../shared/domain/matter.js';
import { recordAudit } from '../audit.js';
import { nowIso, prepared } from '../store/statements.js';
import { type MatterClockRow, dueDateFromHistory, historySteps } from './deadline-service.js';
import { pausesFromHistory } from './history.js';
import { type WorkflowSettings, loadWorkflowSettings } from './office-settings.js';

/*
 * A due date is stored when a matter is registered (and again when its clock pauses). Until the office adds
 * a year's holidays, dates in that year are counted Monday–Friday and marked so; once the year is added the
 * mark goes away, so a date still counted Monday–Friday would look right while being wrong around the
 * Spring Festival (issue 20). After the office's years change, the open matters whose stored date is the
 * one their working-day limit gave under the old calendar are counted again under the new one. A date that
 * the old rule does not reproduce (set some other way) is left as it is.
 */

/** Statuses whose clock still runs toward the stored due date (a 退回补正 pause keeps its own count). */
const RUNNING: readonly MatterStatus[] = ['registered', 'in-review', 'awaiting-signoff'];

/**
 * Re-counts the stored due dates of open matters whose counting window touches `years`, from the calendar
 * in `before` to the one now stored; call inside the write transaction that changed the years.
 * Returns how many due dates moved (each move is in the audit log).
 */
export function recountDueDates(db: Database.Database, actor: string, before: WorkflowSettings, years: readonly number[]): number {
  if (years.length === 0) return 0;
  const after = loadWorkflowSettings(db);
  const from = `${Math.min(...years) - 1}-01-01`;
  const to = `${Math.max(...years) + 1}-12-31`;
  const rows = prepared(
    db,
    `SELECT id, type, received_on, due_on, limit_days, status FROM matters
     WHERE voided_at IS NULL AND due_on IS NOT NULL AND limit_days IS NOT NULL
       AND status IN (${RUNNING.map(() => '?').join(', ')}) AND due_on >= ? AND received_on <= ?`,
  ).all(...RUNNING, from, to) as MatterClockRow[];
  let moved = 0;
  const now = nowIso();
  for (const row of rows) {
    const pauses = pausesFromHistory(historySteps(db, row.id));
    if (dueDateFromHistory(before, row, pauses).dueOn !== row.due_on) continue;
    const dueOn = dueDateFromHistory(after, row, pauses).dueOn;
    if (dueOn === row.due_on) continue;
    prepared(db, 'UPDATE matters SET due_on = ?, updated_at = ? WHERE id = ?').run(dueOn, now, row.id);
    recordAudit(db, { actor, action: 'matter.due-recount', entity: 'matter', entityId: row.id, before: { dueOn: row.due_on }, after: { dueOn, years } });
    moved++;
  }
  return moved;
}
