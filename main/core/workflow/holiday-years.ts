import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CalendarData } from '../../../shared/domain/workflow.js';
import type { HolidayYearFile, HolidayYearPreview, HolidayYearsView } from '../../../shared/contract/holidays.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { createCalendar, defaultCalendar } from './holiday-calendar.js';
import { parseHolidayNotice } from './holiday-notice.js';
import { fromDayNumber, toDayNumber, weekdayOf } from './iso-date.js';
import { type YearRow, officeHolidayYears } from './office-holiday-years.js';

/*
 * Working-day years an office adds itself (issue 20). The packaged chinese-days data ends with the
 * newest release's last year; each autumn the State Council publishes the next year's schedule, and
 * an office pastes it here, checks the parsed year on a calendar and stores it. A county can hand the
 * stored years to its townships as a file. Where a newer package release has a year, the package wins.
 */

export { officeHolidayYears } from './office-holiday-years.js';

/** Every day of a year with whether it is a working day under the given data (for the confirming calendar). */
function yearDays(year: number, data: CalendarData): HolidayYearPreview['days'] {
  const calendar = createCalendar({ officeYears: [{ year, data }] });
  const days: HolidayYearPreview['days'] = [];
  for (let d = toDayNumber(`${year}-01-01`); d <= toDayNumber(`${year}-12-31`); d++) {
    const iso = fromDayNumber(d);
    const weekday = weekdayOf(d);
    const working = calendar.isWorkingDay(d);
    const name = data.holidays[iso] ?? data.workdays[iso] ?? null;
    const kind = data.holidays[iso] ? 'holiday' : data.workdays[iso] ? 'adjusted-workday' : working ? 'workday' : 'weekend';
    days.push({ date: iso, weekday, working, kind, name });
  }
  return days;
}

/** Parses a pasted notice into the year's calendar for the office to confirm; stores nothing. */
export function previewNotice(text: string, year?: number): HolidayYearPreview {
  const parsed = parseHolidayNotice(text, year);
  const packaged = defaultCalendar().sourceOf(parsed.year) === 'package';
  return {
    year: parsed.year,
    data: parsed.data,
    festivals: parsed.festivals,
    warnings: [
      ...parsed.warnings,
      ...(packaged ? [`软件自带的节假日数据已包含${parsed.year}年，将继续使用自带数据（自带数据优先）。`] : []),
    ],
    days: yearDays(parsed.year, parsed.data),
  };
}

/** Which years have holiday data and from where, around today's year. */
export function holidayYearsView(db: Database.Database, today: string): HolidayYearsView {
  const calendar = createCalendar({ officeYears: officeHolidayYears(db) });
  const thisYear = Number(today.slice(0, 4));
  const rows = prepared(db, 'SELECT year, saved_at, saved_by FROM holiday_years ORDER BY year').all() as YearRow[];
  const saved = new Map(rows.map((r) => [r.year, r]));
  const years = [];
  for (let y = calendar.coverage.firstYear; y <= Math.max(thisYear + 1, calendar.coverage.lastYear); y++) {
    const row = saved.get(y);
    years.push({ year: y, source: calendar.sourceOf(y), savedAt: row?.saved_at ?? null, savedBy: row?.saved_by ?? null });
  }
  return {
    years,
    today,
    thisYearCovered: calendar.isCovered(thisYear),
    nextYearCovered: calendar.isCovered(thisYear + 1),
  };
}

/** Stores a confirmed year (replacing an earlier one of the same year); one transaction. */
export function saveHolidayYear(
  db: Database.Database,
  actor: string,
  input: { year: number; data: CalendarData; sourceText: string | null },
): void {
  const data = CalendarData.parse(input.data);
  const outside = [...Object.keys(data.holidays), ...Object.keys(data.workdays)].filter(
    (d) => Math.abs(Number(d.slice(0, 4)) - input.year) > 1,
  );
  if (outside.length > 0) throw new AppError('holidays.other-year', `日期 ${outside[0]} 不属于${input.year}年的安排。`);
  for (const d of Object.keys(data.workdays)) {
    if (data.holidays[d]) throw new AppError('holidays.conflict', `${d} 同时被设为放假日和上班日。`);
  }
  if (!Object.values(data.holidays).some((n) => n.includes('春节'))) {
    throw new AppError('holidays.no-spring-festival', `${input.year}年的数据中没有春节安排，请粘贴完整的通知。`);
  }
  writeTransaction(db, () => {
    const at = nowIso();
    prepared(
      db,
      `INSERT INTO holiday_years (year, holidays, workdays, source_text, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (year) DO UPDATE SET holidays = excluded.holidays, workdays = excluded.workdays,
         source_text = excluded.source_text, saved_at = excluded.saved_at, saved_by = excluded.saved_by`,
    ).run(input.year, JSON.stringify(data.holidays), JSON.stringify(data.workdays), input.sourceText, at, actor);
    recordAudit(db, { actor, action: 'holidays.save', entity: 'settings', entityId: null, after: { year: input.year, ...data } });
  });
}

/** Removes an office year (the calendar falls back to the package, or Monday–Friday). */
export function deleteHolidayYear(db: Database.Database, actor: string, year: number): void {
  writeTransaction(db, () => {
    const { changes } = prepared(db, 'DELETE FROM holiday_years WHERE year = ?').run(year);
    if (changes === 0) throw new AppError('holidays.not-found', `没有本单位添加的${year}年节假日数据。`);
    recordAudit(db, { actor, action: 'holidays.delete', entity: 'settings', entityId: null, after: { year } });
  });
}

const FILE_FORMAT = 'review-desk.holiday-years';

export const HolidayFile = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  years: z.array(z.object({ year: z.number().int().min(2000).max(2200), holidays: CalendarData.shape.holidays, workdays: CalendarData.shape.workdays })),
});

/** The office's added years as a JSON file a county hands to its townships. */
export function exportHolidayYears(db: Database.Database): HolidayYearFile {
  const years = officeHolidayYears(db).map(({ year, data }) => ({ year, holidays: data.holidays, workdays: data.workdays }));
  if (years.length === 0) throw new AppError('holidays.none', '本单位还没有添加任何年份的节假日数据。');
  const json = JSON.stringify({ format: FILE_FORMAT, version: 1, years }, null, 2);
  return { fileName: `节假日安排-${years.map((y) => y.year).join('-')}.json`, json };
}

/** Imports a file made by exportHolidayYears; every year is checked before any is stored. */
export function importHolidayYears(db: Database.Database, actor: string, json: string): { imported: number[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('holidays.file', '文件不是有效的节假日数据文件（JSON 格式错误）。');
  }
  const file = HolidayFile.safeParse(raw);
  if (!file.success) throw new AppError('holidays.file', '文件不是本软件导出的节假日数据文件。');
  return writeTransaction(db, () => {
    for (const y of file.data.years) saveHolidayYear(db, actor, { year: y.year, data: { holidays: y.holidays, workdays: y.workdays }, sourceText: null });
    return { imported: file.data.years.map((y) => y.year) };
  });
}
