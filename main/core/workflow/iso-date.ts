import { AppError } from '../errors.js';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01), computed with UTC arithmetic only.
 * A 'YYYY-MM-DD' string names a day in the office's (China) calendar; going through local-time
 * `Date` getters would shift it by a day in any timezone west of UTC, so nothing here uses them.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A strict 'YYYY-MM-DD' string naming a real day of the proleptic Gregorian calendar, years 0000–9999:
 * what z.iso.date accepts (the stored workflow data is read with it, workflow-data-check.ts).
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/**
 * Parses a strict 'YYYY-MM-DD' string that names a real date; throws AppError('date.invalid') otherwise.
 * Years before 100 are refused too: Date.UTC would read them as 1900–1999.
 */
export function toDayNumber(iso: string): DayNumber {
  if (isCalendarDate(iso) && Number(iso.slice(0, 4)) >= 100) {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
  }
  throw new AppError('date.invalid', `日期无效：“${iso}”（应为真实存在的日期，格式 YYYY-MM-DD）`);
}

/** Formats a day number as 'YYYY-MM-DD'. */
export function fromDayNumber(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Calendar year of a day number. */
export function yearOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** True for a strict, real 'YYYY-MM-DD' date. */
export function isIsoDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}
