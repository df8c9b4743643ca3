import type Database from 'better-sqlite3';
import type { DeadlineInfo } from '../../../shared/contract/workflow.js';
import type { MatterStatus, MatterType } from '../../../shared/domain/matter.js';
import type { ClockPause } from '../../../shared/domain/workflow.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { pausesFromHistory } from './history.js';
import { toDayNumber, yearOf } from './iso-date.js';
import { type WorkflowSettings, limitFor, loadWorkflowSettings } from './office-settings.js';
import { computeDueDate, deadlineState, workingDaysBetween } from './working-days.js';

/** Statuses in which the review clock has stopped for good: the opinion is out, or the matter ended. */
const FINISHED: ReadonlySet<MatterStatus> = new Set(['opinion-issued', 'awaiting-feedback', 'closed', 'withdrawn']);

/**
 * The due date and working-day limit for a new matter. Without a given due date it is computed from
 * the office's limit for the type; with one, the limit is derived from it so a later 退回补正 can move
 * the due date by the same rule.
 */
export function initialDeadline(
  db: Database.Database,
  type: MatterType,
  receivedOn: string,
  dueOn: string | null,
): { dueOn: string | null; limitDays: number } {
  const settings = loadWorkflowSettings(db);
  const { countStartDay, pauseMode } = settings.deadline;
  if (dueOn !== null) return { dueOn, limitDays: limitFromDueDate(settings, receivedOn, dueOn) };
  const limitDays = limitFor(settings, type).workingDays;
  const due = computeDueDate({ receivedOn, workingDays: limitDays, countStartDay, pauseMode, calendar: settings.calendar });
  return { dueOn: due.dueOn, limitDays };
}

/** Working days from receipt to a given due date, counted the way computeDueDate counts them. */
function limitFromDueDate(settings: WorkflowSettings, receivedOn: string, dueOn: string): number {
  let n = workingDaysBetween(receivedOn, dueOn, settings.calendar);
  if (settings.deadline.countStartDay && settings.calendar.isWorkingDay(toDayNumber(receivedOn))) n += 1;
  return Math.min(Math.max(n, 0), 365);
}

export interface MatterClockRow {
  id: number;
  type: MatterType;
  received_on: string;
  due_on: string | null;
  limit_days: number | null;
  status: MatterStatus;
}

/** The matter's recorded moves in order, as the history functions take them. */
export function historySteps(db: Database.Database, matterId: number) {
  return prepared(
    db,
    `SELECT from_status AS "from", to_status AS "to", effective_on AS effectiveOn
     FROM status_changes WHERE matter_id = ? ORDER BY id`,
  ).all(matterId) as { from: MatterStatus; to: MatterStatus; effectiveOn: string }[];
}

/** The limit a matter runs on: its stored one, else (older rows) derived from its due date or the type. */
export function limitOf(settings: WorkflowSettings, row: MatterClockRow): number {
  if (row.limit_days !== null) return row.limit_days;
  if (row.due_on !== null) return limitFromDueDate(settings, row.received_on, row.due_on);
  return limitFor(settings, row.type).workingDays;
}

/** The due date with the matter's 退回补正 pauses taken from its history. */
export function dueDateFromHistory(settings: WorkflowSettings, row: MatterClockRow, pauses: readonly ClockPause[]) {
  return computeDueDate({
    receivedOn: row.received_on,
    workingDays: limitOf(settings, row),
    pauses,
    countStartDay: settings.deadline.countStartDay,
    pauseMode: settings.deadline.pauseMode,
    calendar: settings.calendar,
  });
}

// Lists of thousands of matters share a few hundred due dates; counting the working days between
// today and each of them once keeps the queue and the ledger fast (the walk is one step per day).
const spans = new WeakMap<WorkflowSettings['calendar'], Map<string, number>>();
function daysBetweenCached(settings: WorkflowSettings, from: string, to: string): number {
  let memo = spans.get(settings.calendar);
  if (!memo) spans.set(settings.calendar, (memo = new Map()));
  const key = `${from}|${to}`;
  let n = memo.get(key);
  if (n === undefined) {
    if (memo.size > 20_000) memo.clear();
    n = workingDaysBetween(from, to, settings.calendar);
    memo.set(key, n);
  }
  return n;
}

/** Where the matter stands against its deadline on `today`. */
export function deadlineInfo(
  db: Database.Database,
  settings: WorkflowSettings,
  row: MatterClockRow,
  today: string,
): DeadlineInfo {
  const covered = (iso: string | null) => iso === null || settings.calendar.isCovered(yearOf(toDayNumber(iso)));
  if (FINISHED.has(row.status)) {
    return { state: 'done', dueOn: row.due_on, workingDaysLeft: null, remainingWhenResumed: null, calendarCovered: covered(row.due_on) };
  }
  // A return after the deadline had already passed does not stop the clock retroactively: the
  // service then keeps the due date, and the matter shows as overdue rather than paused.
  if (row.status === 'returned' && row.due_on === null) {
    const due = dueDateFromHistory(settings, row, pausesFromHistory(historySteps(db, row.id)));
    return {
      state: 'paused',
      dueOn: null,
      workingDaysLeft: null,
      remainingWhenResumed: due.paused ? due.remainingWorkingDays : null,
      calendarCovered: due.calendarCovered,
    };
  }
  if (row.due_on === null) {
    return { state: 'none', dueOn: null, workingDaysLeft: null, remainingWhenResumed: null, calendarCovered: true };
  }
  const { soonDays } = settings.deadline;
  return {
    state: deadlineState(row.due_on, today, soonDays, settings.calendar),
    dueOn: row.due_on,
    workingDaysLeft: daysBetweenCached(settings, today, row.due_on),
    remainingWhenResumed: null,
    calendarCovered: covered(row.due_on) && covered(today),
  };
}

/**
 * Working days on the clock from receipt to `endIso` (the day the opinion went out): days after
 * receipt (the receipt day too with countStartDay) that are working days and not inside a 退回补正
 * stretch, by the same rule computeDueDate uses. A matter finished on its due date used exactly its limit.
 */
export function clockWorkingDays(
  settings: WorkflowSettings,
  receivedOn: string,
  endIso: string,
  pauses: readonly ClockPause[],
): number {
  const { countStartDay } = settings.deadline;
  const start = toDayNumber(receivedOn);
  const end = toDayNumber(endIso);
  if (end < start) throw new AppError('workflow.dates-invalid', '办结日期早于收件日期');
  const stretches = pauses.map((p) => ({ from: toDayNumber(p.from), to: p.to === null ? null : toDayNumber(p.to) }));
  let count = 0;
  for (let day = countStartDay ? start : start + 1; day <= end; day++) {
    const stopped = stretches.some(
      (p) => day > p.from && (p.to === null || day < p.to || (day === p.to && !countStartDay)),
    );
    if (!stopped && settings.calendar.isWorkingDay(day)) count++;
  }
  return count;
}
