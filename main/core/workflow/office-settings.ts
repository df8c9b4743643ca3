import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { WorkflowSettingsInput, WorkflowSettingsView } from '../../../shared/contract/workflow.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { MATTER_TYPES } from '../../../shared/domain/matter-vocabulary.js';
import type { DeadlineSettings, OfficeReviewLimits, ReviewTimeLimit } from '../../../shared/domain/workflow.js';
import { DEFAULT_DEADLINE_SETTINGS, reviewLimitFor } from '../../../shared/domain/workflow-defaults.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { type WorkingDayCalendar, calendarFromSettings, deadlineRuleText } from './working-days.js';
import { writeTransaction } from '../store/write-transaction.js';
import { DEFAULT_TIME_ZONE, dateInZone } from '../clock.js';
import { officeHolidayYears } from './office-holiday-years.js';
import { readDeadlineSettings, readOfficeLimits } from './workflow-data-check.js';

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
  // Checked as the schemas would, without loading them (workflow-data-check.ts); saving goes through them.
  const limits = readOfficeLimits(readJson(db, LIMITS_KEY) ?? {});
  const deadline = readDeadlineSettings(readJson(db, DEADLINE_KEY) ?? {});
  if (!limits || !deadline) {
    throw new AppError('settings.invalid', '审查期限设置已损坏，请在设置中重新保存。');
  }
  return { officeLimits: limits, deadline, calendar: calendarFor(db, deadline) };
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
