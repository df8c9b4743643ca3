import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar } from '../../../main/core/workflow/holiday-calendar.js';
import { noticeYear, parseHolidayNotice } from '../../../main/core/workflow/holiday-notice.js';
import { fromDayNumber, toDayNumber } from '../../../main/core/workflow/iso-date.js';

/*
 * The notice parser against the published notices of past years (tests/fixtures/holiday-notices/,
 * each with its source), with the chinese-days package data as the oracle: for every day of the year
 * the parsed calendar must say "working" or "off" exactly as the package does.
 */

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'holiday-notices');
const notices = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    year: Number(f.slice(0, 4)),
    // The first line names the source; the rest is the notice as published.
    text: readFileSync(join(DIR, f), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n'),
  }));

describe('parsing the State Council holiday notice', () => {
  it('has notices of several years to test on', () => {
    expect(notices.map((n) => n.year)).toEqual([2019, 2023, 2024, 2025, 2026]);
  });

  it.each(notices)('reads the $year notice exactly as the package data has it', ({ year, text }) => {
    const parsed = parseHolidayNotice(text);
    expect(parsed.year).toBe(year);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.festivals[0]).toBe('元旦');
    // A calendar that knows only this notice (its year is dropped from the package data) …
    const fromNotice = createCalendar({ data: { holidays: parsed.data.holidays, workdays: parsed.data.workdays } });
    const oracle = defaultCalendar();
    const differences: string[] = [];
    // … must agree with the package on every day of the year (late December belongs to the next notice's
    // 元旦) and on every day the notice names, including those in the year before.
    const days = new Set<number>();
    for (let d = toDayNumber(`${year}-01-01`); d <= toDayNumber(`${year}-12-25`); d++) days.add(d);
    for (const iso of [...Object.keys(parsed.data.holidays), ...Object.keys(parsed.data.workdays)]) days.add(toDayNumber(iso));
    for (const d of days) {
      if (fromNotice.isWorkingDay(d) !== oracle.isWorkingDay(d)) differences.push(fromDayNumber(d));
    }
    // 2019 is the one year whose notice was amended later: 国务院办公厅关于调整2019年劳动节假期安排的通知
    // (March 2019) made it 5月1日至4日 with 4月28日 and 5月5日 worked. The package carries the amendment,
    // so exactly those four days differ from the original notice — the parser read the original right.
    expect(differences).toEqual(year === 2019 ? ['2019-04-28', '2019-05-02', '2019-05-03', '2019-05-05'] : []);
    expect(Object.keys(parsed.data.workdays).length).toBeGreaterThan(0);
  });

  it('reads a range across the year end and a workday in the year before (2019)', () => {
    const parsed = parseHolidayNotice(notices.find((n) => n.year === 2019)!.text);
    expect(parsed.data.holidays).toMatchObject({ '2018-12-30': '元旦', '2018-12-31': '元旦', '2019-01-01': '元旦' });
    expect(parsed.data.workdays['2018-12-29']).toBe('元旦');
  });

  it('does not take the 2024 advice to rest on 除夕 for a day off', () => {
    const parsed = parseHolidayNotice(notices.find((n) => n.year === 2024)!.text);
    expect(parsed.data.holidays['2024-02-09']).toBeUndefined();
  });

  it('names a combined 中秋节、国庆节 paragraph once', () => {
    const parsed = parseHolidayNotice(notices.find((n) => n.year === 2023)!.text);
    expect(parsed.festivals).toContain('中秋节、国庆节');
    expect(parsed.data.holidays['2023-10-06']).toBe('中秋节、国庆节');
  });

  it('parses a notice pasted without its title when the year is given, and refuses one without any year', () => {
    const body = '二、春节：2月6日至12日放假调休，共7天。2月5日（星期六）上班。';
    expect(noticeYear(body)).toBeNull();
    expect(() => parseHolidayNotice(body)).toThrow(/年份/);
    const parsed = parseHolidayNotice(body, 2027);
    expect(Object.keys(parsed.data.holidays)).toEqual(['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']);
    expect(parsed.data.workdays).toEqual({ '2027-02-05': '春节' });
  });

  it('refuses text with no festival paragraph and reports a festival sentence it cannot read', () => {
    expect(() => parseHolidayNotice('2027年部分节假日安排：另行通知', 2027)).toThrow(/节日安排/);
    const parsed = parseHolidayNotice('关于2027年部分节假日安排的通知\n春节：二月初放假调休，共8天。上班日另行通知。', 2027);
    expect(parsed.data.holidays).toEqual({});
    // A sentence about 上班 with a 日 but no date is reported for the office to check by hand.
    expect(parsed.warnings).toEqual(['春节：上班日另行通知']);
    const odd = parseHolidayNotice('关于2027年部分节假日安排的通知\n春节：除夕日起放假调休，共8天。', 2027);
    expect(odd.warnings).toEqual(['春节：除夕日起放假调休，共8天']);
  });
});
