import { AppError } from '../errors.js';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01), computed with UTC arithmetic only.
 * A 'YYYY-MM-DD' string names a day in the office's (China) calendar; going through local-time
 * `Date` getters would shift it by a day in any timezone west of UTC, so nothing here uses them.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict 'YYYY-MM-DD' string that names a real date; throws AppError('date.invalid') otherwise. */
export function toDayNumber(iso: string): DayNumber {
  const m = ISO_DATE.exec(iso);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    // Date.UTC silently rolls 2025-02-30 over to March; reject instead.
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return ms / MS_PER_DAY;
    }
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
