import { MATTER_TYPES } from '../../../shared/domain/matter-vocabulary.js';
import { DEFAULT_DEADLINE_SETTINGS, LIMIT_CERTAINTIES, PAUSE_MODES } from '../../../shared/domain/workflow-defaults.js';
import type { CalendarData, DeadlineSettings, OfficeReviewLimits, ReviewTimeLimit } from '../../../shared/domain/workflow.js';
import { isCalendarDate } from './iso-date.js';

/**
 * The stored workflow settings and holiday data, checked without zod. Every deadline, the stats command
 * and the server's first answers read them synchronously; validating them with the schemas in
 * shared/domain/workflow.ts loaded zod (~100 ms of a 0.35 s `stats` start-up, issue 17) and walked twenty
 * years of packaged holidays through it. Each reader accepts exactly what its schema accepts, for any JSON
 * value, and returns what the schema returns (unknown keys dropped, defaults filled in); null where the
 * schema refuses. tests/core/workflow/workflow-data-check.test.ts holds them to that over a grid of values.
 * Writes still go through the schemas, which word the refusal.
 */

type Json = unknown;
type Plain = Record<string, Json>;

function isPlainObject(value: Json): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record's `__proto__` key (JSON.parse makes it an own property): zod's records leave it out, so do these. */
const PROTO = '__proto__';

const isIntIn = (value: Json, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isOneOf = <T extends string>(value: Json, choices: readonly T[]): value is T => typeof value === 'string' && (choices as readonly string[]).includes(value);

/** One matter type's limit as ReviewTimeLimit reads it. */
export function readReviewTimeLimit(value: Json): ReviewTimeLimit | null {
  if (!isPlainObject(value)) return null;
  const { workingDays, minWorkingDays, maxWorkingDays, basisZh, certainty, noteZh } = value;
  if (!isIntIn(workingDays, 1, 365)) return null;
  if (minWorkingDays !== null && !isIntIn(minWorkingDays, 1, 365)) return null;
  if (maxWorkingDays !== null && !isIntIn(maxWorkingDays, 1, 365)) return null;
  if (typeof basisZh !== 'string' || basisZh.length < 1 || typeof noteZh !== 'string') return null;
  if (!isOneOf(certainty, LIMIT_CERTAINTIES)) return null;
  if (maxWorkingDays !== null && workingDays > maxWorkingDays) return null;
  if (minWorkingDays !== null && workingDays < minWorkingDays) return null;
  return { workingDays, minWorkingDays, maxWorkingDays, basisZh, certainty, noteZh };
}

/** The office's limits per matter type (OfficeReviewLimits: only known types, each a valid limit). */
export function readOfficeLimits(value: Json): OfficeReviewLimits | null {
  if (!isPlainObject(value)) return null;
  const out: OfficeReviewLimits = {};
  for (const [type, limit] of Object.entries(value)) {
    if (type === PROTO) continue;
    if (!isOneOf(type, MATTER_TYPES)) return null;
    const read = readReviewTimeLimit(limit);
    if (!read) return null;
    out[type] = read;
  }
  return out;
}

/** A list of days; absent, the default (none). */
function readDates(value: Json): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 2000 || !value.every(isCalendarDate)) return null;
  return value as string[];
}

/** The office's deadline rule (DeadlineSettings: each field optional, its default where absent). */
export function readDeadlineSettings(value: Json): DeadlineSettings | null {
  if (!isPlainObject(value)) return null;
  const d = DEFAULT_DEADLINE_SETTINGS;
  const { countStartDay = d.countStartDay, pauseMode = d.pauseMode, countAdjustedWorkdays = d.countAdjustedWorkdays, soonDays = d.soonDays } = value;
  if (typeof countStartDay !== 'boolean' || typeof countAdjustedWorkdays !== 'boolean') return null;
  if (!isOneOf(pauseMode, PAUSE_MODES) || !isIntIn(soonDays, 0, 30)) return null;
  const extraOffDays = readDates(value.extraOffDays);
  const extraWorkdays = readDates(value.extraWorkdays);
  if (!extraOffDays || !extraWorkdays) return null;
  return { countStartDay, pauseMode, countAdjustedWorkdays, soonDays, extraOffDays, extraWorkdays };
}

function readDayNames(value: Json): Record<string, string> | null {
  if (!isPlainObject(value)) return null;
  const out: Record<string, string> = {};
  for (const [day, name] of Object.entries(value)) {
    if (day === PROTO) continue;
    if (!isCalendarDate(day) || typeof name !== 'string') return null;
    out[day] = name;
  }
  return out;
}

/** Holiday data in chinese-days' shape (CalendarData). */
export function readCalendarData(value: Json): CalendarData | null {
  if (!isPlainObject(value)) return null;
  const holidays = readDayNames(value.holidays);
  const workdays = readDayNames(value.workdays);
  if (!holidays || !workdays) return null;
  if (value.inLieuDays === undefined) return { holidays, workdays };
  const inLieuDays = readDayNames(value.inLieuDays);
  return inLieuDays ? { holidays, workdays, inLieuDays } : null;
}
