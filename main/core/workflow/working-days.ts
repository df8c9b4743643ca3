import type { ClockPause, DeadlineSettings, PauseMode } from '../../../shared/domain/workflow.js';
import { DEFAULT_DEADLINE_SETTINGS, deadlineRuleZh } from '../../../shared/domain/workflow-defaults.js';
import { AppError } from '../errors.js';
import { type CalendarOptions, type WorkingDayCalendar, createCalendar, defaultCalendar } from './holiday-calendar.js';
import { type DayNumber, fromDayNumber, toDayNumber, yearOf } from './iso-date.js';

/*
 * The deadline rule (domain reference §4.2, defaults; each choice is an office setting):
 * - A working day is a 调休上班 weekend day announced by the State Council, or a Monday–Friday that is
 *   not a 法定放假/调休放假 day. Years without calendar data fall back to Monday–Friday and are flagged.
 * - The day of receipt is not counted: the deadline is the n-th working day strictly after receipt
 *   (民法典第201条 by analogy; unverified for review periods). With countStartDay, a receipt on a
 *   working day is day 1.
 * - 退回补正 stops the clock from the day after the return (the return day itself still counts);
 *   the day the materials come back is treated like a receipt day (not counted unless countStartDay).
 *   'resume' then continues with the days left; 'restart' counts the full period again. The reference
 *   does not say which; 'resume' is the default.
 */

/** Upper bound on a walk, so a broken calendar cannot loop forever (20 years of days). */
const MAX_WALK_DAYS = 366 * 20;

export type { WorkingDayCalendar } from './holiday-calendar.js';
export { createCalendar, defaultCalendar } from './holiday-calendar.js';

/** The calendar an office's settings describe. */
export function calendarFromSettings(
  settings: Pick<DeadlineSettings, 'extraOffDays' | 'extraWorkdays' | 'countAdjustedWorkdays'>,
  data?: unknown,
  officeYears?: CalendarOptions['officeYears'],
): WorkingDayCalendar {
  return createCalendar({
    data,
    officeYears,
    extraOffDays: settings.extraOffDays,
    extraWorkdays: settings.extraWorkdays,
    countAdjustedWorkdays: settings.countAdjustedWorkdays,
  });
}

/** Whether the date is a working day in the office calendar. */
export function isWorkingDay(isoDate: string, calendar: WorkingDayCalendar = defaultCalendar()): boolean {
  return calendar.isWorkingDay(toDayNumber(isoDate));
}

/** Whether the holiday data covers the year; when false, only Monday–Friday are known. */
export function calendarCovered(year: number, calendar: WorkingDayCalendar = defaultCalendar()): boolean {
  return calendar.isCovered(year);
}

/** First and last year with holiday data ("日历数据覆盖至 YYYY 年"). */
export function calendarCoverage(calendar: WorkingDayCalendar = defaultCalendar()): {
  firstYear: number;
  lastYear: number;
} {
  return calendar.coverage;
}

/** The rule as a Chinese sentence for the UI and README, for given settings. */
export function deadlineRuleText(
  settings: Pick<DeadlineSettings, 'countStartDay' | 'pauseMode' | 'countAdjustedWorkdays'> = DEFAULT_DEADLINE_SETTINGS,
  calendar: WorkingDayCalendar = defaultCalendar(),
): string {
  return deadlineRuleZh(settings, calendar.coverage);
}

/** The default rule in Chinese (start day not counted, pauses resume, 调休上班 counted). */
export const DEADLINE_RULE_ZH: string = deadlineRuleText();

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 3650) {
    throw new RangeError(`working-day count must be an integer from 0 to 3650, got ${n}`);
  }
}

export interface AddOptions {
  countStartDay?: boolean;
  calendar?: WorkingDayCalendar;
}

/**
 * The n-th working day after startIso (start not counted), or, with countStartDay, counting the
 * start itself when it is a working day. n = 0 returns the start date.
 */
export function addWorkingDays(startIso: string, n: number, options: AddOptions = {}): string {
  checkCount(n);
  const calendar = options.calendar ?? defaultCalendar();
  const start = toDayNumber(startIso);
  if (n === 0) return startIso;
  let day = options.countStartDay ? start - 1 : start;
  for (let left = n, steps = 0; ; steps++) {
    if (steps > MAX_WALK_DAYS) throw new RangeError('no working days found in 20 years');
    day++;
    if (calendar.isWorkingDay(day) && --left === 0) return fromDayNumber(day);
  }
}

/**
 * Working days after aIso up to and including bIso; negative when bIso is before aIso.
 * Consistent with addWorkingDays: workingDaysBetween(a, addWorkingDays(a, n)) === n.
 */
export function workingDaysBetween(
  aIso: string,
  bIso: string,
  calendar: WorkingDayCalendar = defaultCalendar(),
): number {
  const a = toDayNumber(aIso);
  const b = toDayNumber(bIso);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (calendar.isWorkingDay(day)) count++;
  return sign * count;
}

export interface DueDateInput {
  receivedOn: string;
  workingDays: number;
  /** 退回补正 stretches in order; only the last may still be open (to: null). */
  pauses?: readonly ClockPause[];
  countStartDay?: boolean;
  pauseMode?: PauseMode;
  calendar?: WorkingDayCalendar;
}

interface Coverage {
  /** False when some day the computation looked at lies in a year without holiday data. */
  calendarCovered: boolean;
  uncoveredYears: number[];
}

export type DueDate =
  | ({ paused: false; dueOn: string } & Coverage)
  | ({
      paused: true;
      dueOn: null;
      /** Working days counted before the open pause (in 'restart' mode: since the last re-receipt). */
      usedWorkingDays: number;
      /** Working days that will be left when the materials come back. */
      remainingWorkingDays: number;
    } & Coverage);

interface Stretch {
  from: DayNumber;
  to: DayNumber | null;
}

function checkPauses(receivedOn: DayNumber, pauses: readonly ClockPause[]): Stretch[] {
  const out: Stretch[] = [];
  let floor = receivedOn;
  pauses.forEach((p, i) => {
    const from = toDayNumber(p.from);
    const to = p.to === null ? null : toDayNumber(p.to);
    const fail = (why: string) => {
      throw new AppError('workflow.pauses-invalid', `第${i + 1}次退回补正的日期有误：${why}`);
    };
    if (from < floor) fail(i === 0 ? '退回日期早于收件日期' : '退回日期早于上一次补正送达日期');
    if (to !== null && to < from) fail('补正送达日期早于退回日期');
    if (to === null && i !== pauses.length - 1) fail('尚未送达补正材料，之后不应再有退回记录');
    out.push({ from, to });
    floor = to ?? from;
  });
  return out;
}

/** Whether the clock is stopped on `day`: after the return, up to the re-receipt day (a receipt day). */
function stoppedOn(day: DayNumber, pause: Stretch, countStartDay: boolean): boolean {
  if (day <= pause.from) return false;
  if (pause.to === null || day < pause.to) return true;
  return day === pause.to && !countStartDay;
}

/** The due date of a matter, with its 退回补正 pauses; see the rule at the top of this file. */
export function computeDueDate(input: DueDateInput): DueDate {
  const calendar = input.calendar ?? defaultCalendar();
  const countStartDay = input.countStartDay ?? false;
  const n = input.workingDays;
  checkCount(n);
  const received = toDayNumber(input.receivedOn);
  const pauses = checkPauses(received, input.pauses ?? []);
  const uncovered = new Set<number>();
  const note = (day: DayNumber) => {
    const y = yearOf(day);
    if (!calendar.isCovered(y)) uncovered.add(y);
  };
  const coverage = (): Coverage => ({
    calendarCovered: uncovered.size === 0,
    uncoveredYears: [...uncovered].sort((a, b) => a - b),
  });

  // In 'restart' mode only the last re-receipt matters: the period starts again from it.
  let start = received;
  let active = pauses;
  if ((input.pauseMode ?? 'resume') === 'restart') {
    const last = pauses[pauses.length - 1];
    const lastClosed = [...pauses].reverse().find((p) => p.to !== null);
    if (lastClosed?.to != null) start = lastClosed.to;
    active = last && last.to === null ? [last] : [];
  }

  note(start);
  if (n === 0) return { paused: false, dueOn: fromDayNumber(start), ...coverage() };
  let counted = 0;
  let day = countStartDay ? start - 1 : start;
  for (let steps = 0; steps <= MAX_WALK_DAYS; steps++) {
    day++;
    note(day);
    const open = active.find((p) => p.to === null && day > p.from);
    if (open) {
      const used = counted;
      const remaining = input.pauseMode === 'restart' ? n : n - used;
      return { paused: true, dueOn: null, usedWorkingDays: used, remainingWorkingDays: remaining, ...coverage() };
    }
    if (active.some((p) => stoppedOn(day, p, countStartDay))) continue;
    if (calendar.isWorkingDay(day) && ++counted === n) {
      return { paused: false, dueOn: fromDayNumber(day), ...coverage() };
    }
  }
  throw new RangeError('no working days found in 20 years');
}

export type DeadlineState = 'overdue' | 'due-today' | 'due-soon' | 'ok';

/**
 * Where a due date stands on `todayIso`. "Due soon" counts working days, so a deadline right after
 * a long holiday shows as soon even when many calendar days remain.
 */
export function deadlineState(
  dueIso: string,
  todayIso: string,
  soonDays = 3,
  calendar: WorkingDayCalendar = defaultCalendar(),
): DeadlineState {
  if (!Number.isInteger(soonDays) || soonDays < 0) throw new RangeError(`soonDays must be a non-negative integer`);
  const due = toDayNumber(dueIso);
  const today = toDayNumber(todayIso);
  if (today > due) return 'overdue';
  if (today === due) return 'due-today';
  return workingDaysBetween(todayIso, dueIso, calendar) <= soonDays ? 'due-soon' : 'ok';
}
