import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, toDayNumber, weekdayOf, yearOf } from '../../../main/core/workflow/iso-date.js';

describe('iso dates as day numbers', () => {
  it('accepts only real dates in strict YYYY-MM-DD form', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-5', '2025/01/05', ' 2025-01-05', '']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(() => toDayNumber('2025-02-29')).toThrow(expect.objectContaining({ code: 'date.invalid' }));
  });

  it('round-trips and knows weekdays and years, before and after 1970', () => {
    for (const [iso, weekday] of [
      ['1969-12-31', 3],
      ['1970-01-01', 4],
      ['2024-02-04', 0],
      ['2024-10-12', 6],
      ['2025-01-01', 3],
      ['2099-01-01', 4],
    ] as const) {
      const day = toDayNumber(iso);
      expect(fromDayNumber(day)).toBe(iso);
      expect(weekdayOf(day), iso).toBe(weekday);
      expect(yearOf(day)).toBe(Number(iso.slice(0, 4)));
    }
    expect(toDayNumber('2025-03-01') - toDayNumber('2025-02-28')).toBe(1);
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2);
  });
});
