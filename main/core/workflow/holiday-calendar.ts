import packagedData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarData } from '../../../shared/domain/workflow.js';
import { readCalendarData } from './workflow-data-check.js';
import { AppError } from '../errors.js';
import { type DayNumber, fromDayNumber, toDayNumber, weekdayOf } from './iso-date.js';

/**
 * The working-day calendar: chinese-days' bundled data (transcribed from the 国务院办公厅 notices)
 * plus the office's own additions. We read the package's JSON rather than call its `isWorkday`:
 * chinese-days builds its tables at load time by parsing dates as UTC and formatting them in local
 * time, so in any timezone west of UTC its answers are shifted by a day. Here every date is a UTC
 * day number, so the result does not depend on the machine's timezone.
 */
export interface WorkingDayCalendar {
  isWorkingDay(day: DayNumber): boolean;
  /** True when the year has holiday data (its 春节 arrangement is present). */
  isCovered(year: number): boolean;
  /** Where a year's data comes from: the packaged chinese-days release, the office's notice, or nowhere. */
  sourceOf(year: number): 'package' | 'office' | 'none';
  /** First and last covered year. */
  readonly coverage: { firstYear: number; lastYear: number };
}

export interface CalendarOptions {
  /** Newer data in the chinese-days shape; each year it contains replaces that year's packaged data. */
  data?: unknown;
  /** Office additions that win over everything else. */
  extraOffDays?: readonly string[];
  extraWorkdays?: readonly string[];
  /** Whether 调休上班 weekends count as working days (default true, as the notices announce them). */
  countAdjustedWorkdays?: boolean;
  /**
   * Years the office added from the State Council's notice (holiday_years). Used only for years the
   * packaged data does not cover: a newer package release wins where it has data.
   */
  officeYears?: readonly { year: number; data: CalendarData }[];
}

const SPRING_FESTIVAL = /春节|Spring Festival/;

function isWeekday(day: DayNumber): boolean {
  const w = weekdayOf(day);
  return w >= 1 && w <= 5;
}

function parseData(raw: unknown, source: string): CalendarData {
  // Checked as CalendarData would, without loading zod for twenty years of packaged days (workflow-data-check.ts).
  const data = readCalendarData(raw);
  if (!data) throw new AppError('calendar.invalid', `节假日数据格式不正确（${source}）`);
  return data;
}

function yearsOf(data: CalendarData): Set<number> {
  const years = new Set<number>();
  for (const [iso, name] of Object.entries(data.holidays)) {
    if (SPRING_FESTIVAL.test(name)) years.add(Number(iso.slice(0, 4)));
  }
  return years;
}

/** Builds a calendar from the packaged data, an optional newer data set and the office's additions. */
export function createCalendar(options: CalendarOptions = {}): WorkingDayCalendar {
  const base = parseData(packagedData, 'chinese-days');
  const covered = yearsOf(base);
  const packageYears = new Set(covered);
  const holidays = new Set<DayNumber>();
  const workdays = new Set<DayNumber>();
  let sources: CalendarData[] = [base];

  if (options.data !== undefined) {
    const newer = parseData(options.data, '导入的数据');
    const newerYears = yearsOf(newer);
    // A year in the newer data is taken whole from it, so a revised notice replaces the old one.
    const keep = (iso: string) => !newerYears.has(Number(iso.slice(0, 4)));
    const trimmed: CalendarData = {
      holidays: Object.fromEntries(Object.entries(base.holidays).filter(([iso]) => keep(iso))),
      workdays: Object.fromEntries(Object.entries(base.workdays).filter(([iso]) => keep(iso))),
    };
    sources = [trimmed, newer];
    for (const y of newerYears) covered.add(y);
  }
  for (const { year, data } of options.officeYears ?? []) {
    if (covered.has(year)) continue;
    sources = [...sources, data];
    covered.add(year);
  }
  for (const data of sources) {
    for (const iso of Object.keys(data.holidays)) holidays.add(toDayNumber(iso));
    for (const iso of Object.keys(data.workdays)) workdays.add(toDayNumber(iso));
  }

  const extraOff = new Set((options.extraOffDays ?? []).map(toDayNumber));
  const extraWork = new Set((options.extraWorkdays ?? []).map(toDayNumber));
  for (const day of extraOff) {
    if (extraWork.has(day)) {
      throw new AppError('calendar.conflict', `${fromDayNumber(day)} 同时被设为放假日和上班日`);
    }
  }
  const countAdjusted = options.countAdjustedWorkdays ?? true;
  const years = [...covered].sort((a, b) => a - b);

  return {
    coverage: { firstYear: years[0] ?? 0, lastYear: years[years.length - 1] ?? 0 },
    isCovered: (year) => covered.has(year),
    sourceOf: (year) => (packageYears.has(year) ? 'package' : covered.has(year) ? 'office' : 'none'),
    isWorkingDay(day) {
      if (extraWork.has(day)) return true;
      if (extraOff.has(day)) return false;
      if (workdays.has(day)) return countAdjusted || isWeekday(day);
      if (holidays.has(day)) return false;
      // Outside the data (or an ordinary day): Monday to Friday.
      return isWeekday(day);
    },
  };
}

let packaged: WorkingDayCalendar | undefined;

/** The calendar with the packaged data only and the reference's defaults. */
export function defaultCalendar(): WorkingDayCalendar {
  packaged ??= createCalendar();
  return packaged;
}
