import Database from 'better-sqlite3';
import { AppError } from './errors.js';
import { prepared } from './store/statements.js';

/*
 * One clock for the whole program (issue 20): "today" is the date in the office's time zone (default
 * China time, Asia/Shanghai), never the PC's zone, so a date shown, stored and printed is the same day
 * whatever the machine is set to. The doors build one clock per request and services take `today`
 * from it; the renderer asks the server for today rather than reading its own clock's zone.
 */

import { DEFAULT_TIME_ZONE, dateInZone, fileStampInZone, formatInstant, isTimeZone } from '../../shared/domain/office-time.js';

export { DEFAULT_TIME_ZONE, dateInZone, isTimeZone };
const TIME_ZONE_KEY = 'office.timeZone';

export interface Clock {
  /** The IANA time zone dates follow (an office setting). */
  readonly timeZone: string;
  /** The current instant. */
  now(): Date;
  /** Today's date in the office's zone, 'YYYY-MM-DD'. */
  today(): string;
  /** A stored instant as people read it in the office's zone, 'YYYY-MM-DD HH:mm' (':ss' on request). */
  format(instant: Date | string, options?: { seconds?: boolean }): string;
  /** The calendar date of a stored instant in the office's zone. */
  dateOf(instant: Date | string): string;
  /** A file-name stamp 'YYYYMMDD-HHmmss' in the office's zone (now unless an instant is given). */
  fileStamp(instant?: Date | string): string;
}

/** A clock in the given zone; `now` is injectable so tests can stand on any instant. */
export function clockIn(timeZone: string = DEFAULT_TIME_ZONE, now: () => Date = () => new Date()): Clock {
  return {
    timeZone,
    now,
    today: () => dateInZone(now(), timeZone),
    format: (instant, options) => formatInstant(instant, timeZone, options),
    dateOf: (instant) => dateInZone(instant, timeZone),
    fileStamp: (instant) => fileStampInZone(instant ?? now(), timeZone),
  };
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

/**
 * The office's zone read from an archive file that is not open (the CLI's backup and restore lines);
 * the default when the file is missing or unreadable — the line is still printed, in China time.
 */
export function officeTimeZoneOfFile(file: string): string {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return officeTimeZone(db);
  } catch {
    return DEFAULT_TIME_ZONE;
  } finally {
    db?.close();
  }
}
