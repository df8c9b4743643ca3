import type { CalendarData } from '../../../shared/domain/workflow.js';
import { AppError } from '../errors.js';
import { isIsoDate } from './iso-date.js';

/*
 * Parses the State Council's yearly holiday notice (国务院办公厅关于20XX年部分节假日安排的通知) into the
 * days off (放假) and the 调休 working weekends (上班). Every notice since 2008 uses the same wording:
 *
 *   二、春节：2月15日（农历除夕）至23日（农历正月初八）放假调休，共9天。2月14日（星期六）、2月28日（星期六）上班。
 *   五、端午节：5月31日（星期五）放假，与周末连休。
 *   一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
 *
 * so each festival's paragraph is split into sentences: a sentence with 放假 gives dates or ranges of
 * days off, a sentence with 上班 lists working days. Parentheses (weekday, lunar date) are dropped
 * first; a date without a year is in the notice's year, a range end without a month is in the start's
 * month. Anything the parser cannot read is reported, never guessed: the office confirms the result
 * on a calendar before it is stored.
 */

const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;

export interface ParsedNotice {
  year: number;
  data: CalendarData;
  /** The festivals found, in the notice's order (a combined 中秋节、国庆节 paragraph counts once). */
  festivals: string[];
  /** Sentences that mention 放假 or 上班 but gave no date: shown to the user to check by hand. */
  warnings: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  if (!isIsoDate(text)) throw new AppError('holidays.bad-date', `通知中的日期无效：${year}年${month}月${day}日`);
  return text;
}

function* daysFrom(start: string, end: string): Generator<string> {
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  if (b < a) throw new AppError('holidays.bad-range', `通知中的日期范围颠倒：${start} 至 ${end}`);
  if (b - a > 40 * 86_400_000) throw new AppError('holidays.bad-range', `通知中的放假范围过长：${start} 至 ${end}`);
  for (let t = a; t <= b; t += 86_400_000) yield new Date(t).toISOString().slice(0, 10);
}

/** Full-width digits and the dashes used for ranges, normalised; parentheses removed. */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/（[^（）]*）|\([^()]*\)/g, '')
    .replace(/[—–－~～-]+/g, '至')
    .replace(/\r/g, '')
    .replace(/[ \t\u3000]+/g, '');
}

/** The year the notice is about, from its title (关于2025年部分节假日安排); null when not stated. */
export function noticeYear(text: string): number | null {
  const m = /(\d{4})\s*年\s*(?:部分)?节假日安排/.exec(normalise(text));
  return m ? Number(m[1]) : null;
}

// One date: optional year, optional month (inherited), day.
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;
const RANGE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日至(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;

/** Parses the notice's text; `year` overrides the year of the title (needed when the title is not pasted). */
export function parseHolidayNotice(text: string, year?: number): ParsedNotice {
  const body = normalise(text);
  const y = year ?? noticeYear(text);
  if (y === null) {
    throw new AppError('holidays.no-year', '没有找到通知所属年份：请连同标题（……关于20XX年部分节假日安排的通知）一起粘贴，或选择年份。');
  }
  // Each paragraph starts at a festival name (possibly several joined by 、) followed by a colon.
  const heading = new RegExp(`((?:${FESTIVALS.join('|')})(?:[、和](?:${FESTIVALS.join('|')}))*)[：:]`, 'g');
  const starts = [...body.matchAll(heading)];
  if (starts.length === 0) {
    throw new AppError('holidays.no-festival', '没有找到节日安排：通知正文应有“春节：……放假……”这样的段落。');
  }
  const holidays: Record<string, string> = {};
  const workdays: Record<string, string> = {};
  const festivals: string[] = [];
  const warnings: string[] = [];

  starts.forEach((start, i) => {
    const names = start[1]!.split(/[、和]/);
    const name = names.join('、');
    const label = names.length > 1 ? names.join('、') : names[0]!;
    festivals.push(name);
    const end = i + 1 < starts.length ? starts[i + 1]!.index : body.length;
    const paragraph = body.slice(start.index + start[0].length, end);
    for (const sentence of paragraph.split(/[。；;\n]/)) {
      if (sentence.includes('上班')) {
        let month: number | null = null;
        let yr = y;
        let found = 0;
        for (const m of sentence.matchAll(DATE)) {
          yr = m[1] ? Number(m[1]) : m[2] ? y : yr;
          month = m[2] ? Number(m[2]) : month;
          if (month === null) continue;
          workdays[iso(yr, month, Number(m[3]))] = label;
          found++;
        }
        if (found === 0 && sentence.includes('日')) warnings.push(`${name}：${sentence}`);
      } else if (sentence.includes('放假') || sentence.includes('补休')) {
        // Not 休息: "鼓励……安排职工在除夕（2月9日）休息" (2024) is advice, not a day off.
        let found = 0;
        const ranges = [...sentence.matchAll(RANGE)];
        for (const r of ranges) {
          const startYear = r[1] ? Number(r[1]) : y;
          const startMonth = r[2] ? Number(r[2]) : null;
          if (startMonth === null) continue;
          const endYear = r[4] ? Number(r[4]) : startYear;
          const endMonth = r[5] ? Number(r[5]) : startMonth;
          for (const day of daysFrom(iso(startYear, startMonth, Number(r[3])), iso(endYear, endMonth, Number(r[6])))) {
            holidays[day] = label;
            found++;
          }
        }
        // Single days (元旦：1月1日放假，与周末连休), outside any range already read.
        const rest = ranges.reduce((s, r) => s.replace(r[0], ''), sentence);
        for (const m of rest.matchAll(DATE)) {
          if (!m[2]) continue;
          holidays[iso(m[1] ? Number(m[1]) : y, Number(m[2]), Number(m[3]))] = label;
          found++;
        }
        if (found === 0 && sentence.includes('日')) warnings.push(`${name}：${sentence}`);
      }
    }
  });
  for (const day of Object.keys(workdays)) {
    if (holidays[day]) throw new AppError('holidays.conflict', `${day} 在通知中既是放假日又是上班日，请检查粘贴的文字。`);
  }
  if (!festivals.some((f) => f.includes('春节'))) warnings.push('没有找到春节的安排，请检查是否粘贴了完整的通知。');
  return { year: y, data: { holidays: sortKeys(holidays), workdays: sortKeys(workdays) }, festivals, warnings };
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
