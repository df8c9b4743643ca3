import type Database from 'better-sqlite3';
import { prepared } from '../store/statements.js';

export const DEFAULT_SERIAL_PATTERN = '审{year}-{n}';

/** Formats a serial from the office pattern: {year} and {n} (zero-padded to 4 digits). */
export function formatSerial(pattern: string, year: number, n: number): string {
  return pattern.replaceAll('{year}', String(year)).replaceAll('{n}', String(n).padStart(4, '0'));
}

/**
 * Next serial number (审查编号) for a year: numbered per office and year without gaps.
 * Must run inside an IMMEDIATE transaction so the read and the insert that follows are atomic.
 */
export function allocateSerial(db: Database.Database, year: number): { number: number; text: string } {
  const { next } = prepared(
    db,
    'SELECT COALESCE(MAX(serial_no), 0) + 1 AS next FROM matters WHERE serial_year = ?',
  ).get(year) as { next: number };
  const setting = prepared(db, "SELECT value FROM settings WHERE key = 'serial.pattern'").get() as
    | { value: string }
    | undefined;
  return { number: next, text: formatSerial(setting?.value ?? DEFAULT_SERIAL_PATTERN, year, next) };
}
