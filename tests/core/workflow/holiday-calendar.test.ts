import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.js';
import { createCalendar } from '../../../main/core/workflow/holiday-calendar.js';
import { toDayNumber } from '../../../main/core/workflow/iso-date.js';
import {
  calendarCoverage,
  calendarCovered,
  calendarFromSettings,
  isWorkingDay,
} from '../../../main/core/workflow/working-days.js';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow.js';
import { officialYear } from './official-schedules.js';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('working days against the State Council notices', () => {
  for (const year of [2024, 2025, 2026]) {
    it(`every day of ${year} matches the official arrangement`, () => {
      const wrong = officialYear(year).filter(({ iso, working }) => isWorkingDay(iso) !== working);
      expect(wrong).toEqual([]);
    });
  }

  it('knows the 调休 working weekends named in the notices', () => {
    for (const iso of ['2024-02-04', '2024-02-18', '2024-10-12', '2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11']) {
      expect(isWorkingDay(iso), iso).toBe(true);
    }
  });

  it('knows the Spring Festival and National Day days off, weekdays included', () => {
    for (const iso of ['2024-02-12', '2024-02-16', '2024-10-07', '2025-01-28', '2025-02-04', '2025-10-01', '2025-10-08']) {
      expect(isWorkingDay(iso), iso).toBe(false);
    }
  });

  it('counts 251 working days in 2024 and 248 in 2025', () => {
    const count = (year: number) => officialYear(year).filter(({ iso }) => isWorkingDay(iso)).length;
    expect(count(2024)).toBe(251);
    expect(count(2025)).toBe(248);
  });
});

describe('calendar coverage', () => {
  it('covers 2004 through at least 2026 and says so', () => {
    const { firstYear, lastYear } = calendarCoverage();
    expect(firstYear).toBe(2004);
    expect(lastYear).toBeGreaterThanOrEqual(2026);
    for (let y = firstYear; y <= lastYear; y++) expect(calendarCovered(y), String(y)).toBe(true);
    expect(calendarCovered(firstYear - 1)).toBe(false);
    expect(calendarCovered(lastYear + 1)).toBe(false);
  });

  it('falls back to Monday–Friday outside the data', () => {
    // 2099-01-01 is a Thursday, 2099-01-03 a Saturday, 2099-01-05 a Monday.
    expect(calendarCovered(2099)).toBe(false);
    expect(isWorkingDay('2099-01-01')).toBe(true);
    expect(isWorkingDay('2099-01-03')).toBe(false);
    expect(isWorkingDay('2099-01-04')).toBe(false);
    expect(isWorkingDay('2099-01-05')).toBe(true);
  });
});

describe('timezone independence', () => {
  it('gives the same answers west and far east of UTC', () => {
    const sample = officialYear(2024).concat(officialYear(2025));
    for (const tz of ['America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      const calendar = createCalendar();
      const wrong = sample.filter(({ iso, working }) => calendar.isWorkingDay(toDayNumber(iso)) !== working);
      expect(wrong, tz).toEqual([]);
    }
  });
});

describe('agreement with the chinese-days API', () => {
  it('matches isWorkday for every day the package covers (run in China time, where the package is reliable)', async () => {
    process.env.TZ = 'Asia/Shanghai';
    const mod = (await import('chinese-days')) as unknown as {
      isWorkday?: (d: string) => boolean;
      default?: { isWorkday: (d: string) => boolean };
    };
    const isWorkday = mod.isWorkday ?? mod.default?.isWorkday;
    expect(isWorkday).toBeTypeOf('function');
    const { firstYear, lastYear } = calendarCoverage();
    const differ: string[] = [];
    for (let d = new Date(Date.UTC(firstYear, 0, 1)); d.getUTCFullYear() <= lastYear; d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      if (isWorkday!(iso) !== isWorkingDay(iso)) differ.push(iso);
    }
    expect(differ).toEqual([]);
  });
});

describe('office settings', () => {
  it('can stop counting 调休 weekends as working days', () => {
    const calendar = calendarFromSettings({ ...DEFAULT_DEADLINE_SETTINGS, countAdjustedWorkdays: false });
    expect(isWorkingDay('2024-02-04', calendar)).toBe(false);
    expect(isWorkingDay('2025-10-11', calendar)).toBe(false);
    expect(isWorkingDay('2024-02-19', calendar)).toBe(true);
    expect(isWorkingDay('2024-02-12', calendar)).toBe(false);
  });

  it('adds local days off and working days, which win over the package data', () => {
    const calendar = calendarFromSettings({
      ...DEFAULT_DEADLINE_SETTINGS,
      extraOffDays: ['2025-03-03', '2024-02-18'],
      extraWorkdays: ['2025-03-01', '2025-10-08'],
    });
    expect(isWorkingDay('2025-03-03', calendar)).toBe(false); // Monday made a local holiday
    expect(isWorkingDay('2024-02-18', calendar)).toBe(false); // 调休 Sunday made a local holiday
    expect(isWorkingDay('2025-03-01', calendar)).toBe(true); // Saturday made a working day
    expect(isWorkingDay('2025-10-08', calendar)).toBe(true);
    expect(isWorkingDay('2025-03-04', calendar)).toBe(true);
  });

  it('refuses a day that is both a day off and a working day', () => {
    expect(() => createCalendar({ extraOffDays: ['2025-03-03'], extraWorkdays: ['2025-03-03'] })).toThrow(
      expect.objectContaining({ code: 'calendar.conflict' }),
    );
  });

  it('takes a newer year from imported data in the package shape, replacing that year whole', () => {
    // Invented test data, not a real arrangement.
    const calendar = createCalendar({
      data: {
        holidays: { '2099-01-26': 'Spring Festival,春节,4', '2025-01-29': 'Spring Festival,春节,4' },
        workdays: { '2099-01-24': 'Spring Festival,春节,4' },
      },
    });
    expect(calendar.isCovered(2099)).toBe(true);
    expect(calendar.isWorkingDay(toDayNumber('2099-01-26'))).toBe(false); // a Monday
    expect(calendar.isWorkingDay(toDayNumber('2099-01-24'))).toBe(true); // a Saturday
    // 2025 now comes only from the imported data: National Day is no longer in it.
    expect(calendar.isWorkingDay(toDayNumber('2025-10-08'))).toBe(true);
    expect(calendar.isWorkingDay(toDayNumber('2025-01-29'))).toBe(false);
    expect(calendar.isWorkingDay(toDayNumber('2025-01-26'))).toBe(false);
    // Other years keep the packaged data.
    expect(calendar.isWorkingDay(toDayNumber('2024-02-18'))).toBe(true);
  });

  it('rejects imported data of the wrong shape', () => {
    expect(() => createCalendar({ data: { holidays: { '2099-13-01': 'x' }, workdays: {} } })).toThrow(AppError);
    expect(() => createCalendar({ data: { holidays: [] } })).toThrow(expect.objectContaining({ code: 'calendar.invalid' }));
  });
});
