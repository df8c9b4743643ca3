/**
 * Dates in normalised text: 2024年1月1日, 2024 年 1 月 1 日, 二〇二四年一月一日, 贰零贰肆年零壹月壹拾伍日,
 * 2024-01-01, 2024/1/1, 2024.1.1, and 1月1日 without a year (the year may be implied by a range).
 * Also start/end ranges (自A起至B止, A至B, A—B, 起始日期…终止日期… in table rows).
 */
import { parseChineseInteger } from './cn-numerals.js';
import { guarded, matchesIn } from '../checks/guarded.js';

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

export interface FoundDate {
  start: number;
  end: number;
  raw: string;
  /** null when the text gives no year (12月31日). */
  year: number | null;
  month: number;
  day: number;
  /** The date exists in the calendar (for a yearless date: in a leap year). */
  valid: boolean;
  form: 'cn' | 'iso' | 'slash' | 'dot';
}

const CN_DIGITS = '〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖';
const CN_SMALL = `${CN_DIGITS}十拾`;
const CN_DATE_RE = new RegExp(
  `(?:(\\d{4}|[${CN_DIGITS}]{4})\\s*年\\s*)?(\\d{1,2}|[${CN_SMALL}]{1,3})\\s*月\\s*(\\d{1,2}|[${CN_SMALL}]{1,4})\\s*[日号]`,
  'g',
);
const CN_DATE = guarded('date in Chinese form', CN_DATE_RE, /月/);
const NUM_DATE_RE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/g;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number | null, m: number): number {
  if (m === 2) return y === null || isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isValidDate(y: number | null, m: number, d: number): boolean {
  return Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Sortable number for a (valid) date. */
export function dateKey(d: SimpleDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

/** The same calendar day `years` later (29 Feb → 28 Feb in a common year). */
export function addYears(d: SimpleDate, years: number): SimpleDate {
  const year = d.year + years;
  return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
}

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of matchesIn(text, CN_DATE)) {
    const start = m.index;
    const prev = text[start - 1];
    // "第12月"/"每月" style or the tail of a longer number: not a date.
    if (prev !== undefined && /\d/.test(prev)) continue;
    const year = m[1] === undefined ? null : parseChineseInteger(m[1]);
    const month = parseChineseInteger(m[2] as string);
    const day = parseChineseInteger(m[3] as string);
    if (month === null || day === null || (m[1] !== undefined && year === null)) continue;
    // "三个月" never matches; "十二月份" lacks a day; month/day 0 or 99 are reported as invalid dates.
    out.push({
      start,
      end: start + m[0].length,
      raw: m[0],
      year,
      month,
      day,
      valid: isValidDate(year, month, day),
      form: 'cn',
    });
  }
  for (const m of text.matchAll(NUM_DATE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = text[start - 1];
    const next = text[end];
    if (prev !== undefined && /[\d.\-/]/.test(prev)) continue;
    if (next !== undefined && (/\d/.test(next) || (/[.\-/]/.test(next) && /\d/.test(text[end + 1] ?? '')))) continue;
    const year = Number(m[1]);
    if (year < 1900 || year > 2199) continue;
    const month = Number(m[3]);
    const day = Number(m[4]);
    const sep = m[2];
    out.push({
      start,
      end,
      raw: m[0],
      year,
      month,
      day,
      valid: isValidDate(year, month, day),
      form: sep === '-' ? 'iso' : sep === '/' ? 'slash' : 'dot',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface DateRange {
  from: FoundDate;
  to: FoundDate;
  /** The end date with the year filled in from the start date when the text omits it. */
  toYear: number | null;
}

const BETWEEN_RE = /^\s*(?:起|开始|始)?\s*,?\s*(?:至|到|起至|止于|—{1,2}|–|-|~)\s*$/;
const START_LABEL_RE = /(起始|开始|起租|生效|起算|起)(日期|时间|日)\s*[:)]?\s*[\u001f\s]*$/;
const END_LABEL_RE = /(终止|结束|截止|到期|届满|止)(日期|时间|日)\s*[:)]?\s*[\u001f\s]*$/;

/** Pair consecutive dates that form a start–end range. */
export function findDateRanges(text: string, dates: FoundDate[]): DateRange[] {
  const out: DateRange[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i] as FoundDate;
    const b = dates[i + 1] as FoundDate;
    const between = text.slice(a.end, b.start);
    let paired = BETWEEN_RE.test(between);
    if (!paired && between.length <= 40 && !/[。;]/.test(between)) {
      const beforeA = text.slice(Math.max(0, a.start - 12), a.start);
      paired = START_LABEL_RE.test(beforeA) && END_LABEL_RE.test(between);
    }
    if (!paired) continue;
    out.push({ from: a, to: b, toYear: b.year ?? a.year });
  }
  return out;
}
