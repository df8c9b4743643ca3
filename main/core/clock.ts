import type Database from 'better-sqlite3';
import { AppError } from './errors.js';
import { prepared } from './store/statements.js';

/*
 * One clock for the whole program (issue 20): "today" is the date in the office's time zone (default
 * China time, Asia/Shanghai), never the PC's zone, so a date shown, stored and printed is the same day
 * whatever the machine is set to. The doors build one clock per request and services take `today`
 * from it; the renderer asks the server for today rather than reading its own clock's zone.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const TIME_ZONE_KEY = 'office.timeZone';

export interface Clock {
  /** The IANA time zone dates follow (an office setting). */
  readonly timeZone: string;
  /** The current instant. */
  now(): Date;
  /** Today's date in the office's zone, 'YYYY-MM-DD'. */
  today(): string;
}

/** Whether Intl knows the zone (e.g. 'Asia/Shanghai', 'Asia/Urumqi'). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone, 'YYYY-MM-DD' (independent of the machine's zone). */
export function dateInZone(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A clock in the given zone; `now` is injectable so tests can stand on any instant. */
export function clockIn(timeZone: string = DEFAULT_TIME_ZONE, now: () => Date = () => new Date()): Clock {
  return { timeZone, now, today: () => dateInZone(now(), timeZone) };
}

/** The office's time-zone setting (default Asia/Shanghai). */
export function officeTimeZone(db: Database.Database): string {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(TIME_ZONE_KEY) as { value: string } | undefined;
  if (!row) return DEFAULT_TIME_ZONE;
  try {
    const zone = JSON.parse(row.value) as unknown;
    return typeof zone === 'string' && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** Saves the office's time zone; refuses a zone Intl does not know. Call inside a write transaction. */
export function saveOfficeTimeZone(db: Database.Database, zone: string): void {
  if (!isTimeZone(zone)) throw new AppError('clock.zone', `时区“${zone}”无效，请填写如 Asia/Shanghai 的时区名称。`);
  prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    TIME_ZONE_KEY,
    JSON.stringify(zone),
  );
}

/** The clock of the office whose database this is. */
export function officeClock(db: Database.Database, now: () => Date = () => new Date()): Clock {
  return clockIn(officeTimeZone(db), now);
}
