import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { WorkflowSettingsInput, WorkflowSettingsView } from '../../../shared/contract/workflow.js';
import { MATTER_TYPES, type MatterType } from '../../../shared/domain/matter.js';
import {
  DEFAULT_DEADLINE_SETTINGS,
  DeadlineSettings,
  OfficeReviewLimits,
  type ReviewTimeLimit,
  reviewLimitFor,
} from '../../../shared/domain/workflow.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { type WorkingDayCalendar, calendarFromSettings, deadlineRuleText } from './working-days.js';
import { writeTransaction } from '../store/write-transaction.js';
import { DEFAULT_TIME_ZONE, dateInZone } from '../clock.js';
import { officeHolidayYears } from './holiday-years.js';

/** Settings keys in the settings table; values are JSON validated on every read. */
const LIMITS_KEY = 'workflow.limits';
const DEADLINE_KEY = 'workflow.deadline';

export interface WorkflowSettings {
  officeLimits: OfficeReviewLimits;
  deadline: DeadlineSettings;
  calendar: WorkingDayCalendar;
}

function readJson(db: Database.Database, key: string): unknown {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    throw new AppError('settings.invalid', `设置“${key}”已损坏，请在设置中重新保存。`);
  }
}

// Building a calendar walks 20 years of holiday data; reuse it while the settings and the office's
// added years stay the same.
const calendars = new Map<string, WorkingDayCalendar>();
function calendarFor(db: Database.Database, deadline: DeadlineSettings): WorkingDayCalendar {
  const stamp = prepared(db, 'SELECT group_concat(year || \':\' || saved_at) AS s FROM holiday_years').get() as { s: string | null };
  const key = JSON.stringify([deadline.extraOffDays, deadline.extraWorkdays, deadline.countAdjustedWorkdays, stamp.s]);
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size > 20) calendars.clear();
    calendar = calendarFromSettings(deadline, undefined, officeHolidayYears(db));
    calendars.set(key, calendar);
  }
  return calendar;
}

/** The office's deadline settings and limits (defaults where none are saved) and its calendar. */
export function loadWorkflowSettings(db: Database.Database): WorkflowSettings {
  const limits = OfficeReviewLimits.safeParse(readJson(db, LIMITS_KEY) ?? {});
  const deadline = DeadlineSettings.safeParse(readJson(db, DEADLINE_KEY) ?? {});
  if (!limits.success || !deadline.success) {
    throw new AppError('settings.invalid', '审查期限设置已损坏，请在设置中重新保存。');
  }
  return { officeLimits: limits.data, deadline: deadline.data, calendar: calendarFor(db, deadline.data) };
}

/** The working-day limit that applies to a type under the office's settings. */
export function limitFor(settings: WorkflowSettings, type: MatterType): ReviewTimeLimit {
  return reviewLimitFor(type, settings.officeLimits);
}

export function workflowSettingsView(db: Database.Database): WorkflowSettingsView {
  const s = loadWorkflowSettings(db);
  const limits = Object.fromEntries(MATTER_TYPES.map((t) => [t, limitFor(s, t)])) as Record<MatterType, ReviewTimeLimit>;
  return {
    limits,
    officeLimits: s.officeLimits,
    deadline: s.deadline,
    ruleText: deadlineRuleText(s.deadline, s.calendar),
    coverage: s.calendar.coverage,
  };
}

/**
 * Saves office limits and/or the deadline rule. Existing due dates are not rewritten: a matter keeps
 * the limit it was registered with (matters.limit_days); the new rule applies from the next move.
 */
export function saveWorkflowSettings(
  db: Database.Database,
  actor: string,
  input: z.output<typeof WorkflowSettingsInput>,
): WorkflowSettingsView {
  const save = writeTransaction(db, () => {
    const before = workflowSettingsView(db);
    const upsert = prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    if (input.officeLimits) upsert.run(LIMITS_KEY, JSON.stringify(input.officeLimits));
    if (input.deadline) {
      // Building the calendar checks that no day is both off and working, before anything is kept.
      calendarFromSettings(input.deadline);
      upsert.run(DEADLINE_KEY, JSON.stringify(input.deadline));
    }
    const after = workflowSettingsView(db);
    recordAudit(db, {
      actor,
      action: 'settings.workflow',
      entity: 'settings',
      entityId: null,
      before: { officeLimits: before.officeLimits, deadline: before.deadline },
      after: { officeLimits: after.officeLimits, deadline: after.deadline },
    });
    return after;
  });
  return save;
}

/**
 * Today in China time (the default office zone), never the machine's local date: a PC set to another
 * zone would otherwise register, count and print a different day. Request handlers pass the office
 * clock's `today` (main/core/clock.ts), which follows the office's time-zone setting.
 */
export function todayIso(now: Date = new Date()): string {
  return dateInZone(now, DEFAULT_TIME_ZONE);
}

export { DEFAULT_DEADLINE_SETTINGS };
