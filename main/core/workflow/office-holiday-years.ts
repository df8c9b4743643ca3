import type Database from 'better-sqlite3';
import type { CalendarData } from '../../../shared/domain/workflow.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { readCalendarData } from './workflow-data-check.js';

// The years an office added (holiday-years.ts stores them), read for every working-day calendar: apart,
// without zod, so computing a deadline from the archive loads no schema library (issue 17).

export interface YearRow {
  year: number;
  holidays: string;
  workdays: string;
  source_text: string | null;
  saved_at: string;
  saved_by: string;
}

function dataOf(row: YearRow): CalendarData {
  const corrupt = () => new AppError('holidays.corrupt', `${row.year}年的节假日数据已损坏，请重新导入。`);
  let raw: unknown;
  try {
    raw = { holidays: JSON.parse(row.holidays), workdays: JSON.parse(row.workdays) };
  } catch {
    throw corrupt();
  }
  const data = readCalendarData(raw);
  if (!data) throw corrupt();
  return data;
}

/** The years the office added, for the working-day calendar. */
export function officeHolidayYears(db: Database.Database): { year: number; data: CalendarData }[] {
  const rows = prepared(db, 'SELECT * FROM holiday_years ORDER BY year').all() as YearRow[];
  return rows.map((r) => ({ year: r.year, data: dataOf(r) }));
}

