import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.js';
import {
  DEADLINE_RULE_ZH,
  addWorkingDays,
  calendarCoverage,
  computeDueDate,
  deadlineRuleText,
  deadlineState,
  workingDaysBetween,
} from '../../../main/core/workflow/working-days.js';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow.js';
import { officialYear } from './official-schedules.js';

// Expected dates below were worked out by hand from the official arrangements (see official-schedules.ts):
// start day not counted unless countStartDay; 调休 weekends count; holidays do not.

describe('addWorkingDays across Spring Festival and National Day', () => {
  it('2024 Spring Festival: lands on the 调休 Sundays 2024-02-04 and 2024-02-18', () => {
    // Fri 02-02 → Sun 02-04 (1), 02-05..02-09 (2–6), 02-10..02-17 off, Sun 02-18 (7).
    expect(addWorkingDays('2024-02-02', 7)).toBe('2024-02-18');
    expect(addWorkingDays('2024-02-02', 1)).toBe('2024-02-04');
    // Thu 02-08 → Fri 02-09 (1), Sun 02-18 (2), Mon 02-19 (3).
    expect(addWorkingDays('2024-02-08', 3)).toBe('2024-02-19');
  });

  it('2024 National Day: 09-29 Sunday and 10-12 Saturday are working days', () => {
    // Fri 09-27 → Sun 09-29 (1), Mon 09-30 (2), 10-01..10-07 off, 10-08..10-11 (3–6), Sat 10-12 (7).
    expect(addWorkingDays('2024-09-27', 7)).toBe('2024-10-12');
    expect(addWorkingDays('2024-09-30', 5)).toBe('2024-10-12');
    expect(addWorkingDays('2024-09-30', 6)).toBe('2024-10-14');
  });

  it('2025 Spring Festival: 01-26 Sunday and 02-08 Saturday are working days', () => {
    // Fri 01-24 → Sun 01-26 (1), Mon 01-27 (2), 01-28..02-04 off, 02-05..02-07 (3–5), Sat 02-08 (6), Mon 02-10 (7).
    expect(addWorkingDays('2025-01-24', 7)).toBe('2025-02-10');
    expect(addWorkingDays('2025-01-24', 6)).toBe('2025-02-08');
  });

  it('2025 National Day: 10-01..10-08 off, 09-28 and 10-11 working', () => {
    // Fri 09-26 → Sun 09-28 (1), 09-29 (2), 09-30 (3), 10-09 (4), 10-10 (5), Sat 10-11 (6), Mon 10-13 (7).
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
  });

  it('counts the start day only when asked, and only if it is a working day', () => {
    expect(addWorkingDays('2024-02-04', 1, { countStartDay: true })).toBe('2024-02-04');
    expect(addWorkingDays('2024-02-04', 5, { countStartDay: true })).toBe('2024-02-08');
    expect(addWorkingDays('2024-02-04', 5)).toBe('2024-02-09');
    // Received on a holiday Saturday: the first working day after it is day 1 either way.
    expect(addWorkingDays('2024-02-10', 1, { countStartDay: true })).toBe('2024-02-18');
    expect(addWorkingDays('2024-02-10', 1)).toBe('2024-02-18');
  });

  it('returns the start for n = 0 and rejects bad input', () => {
    expect(addWorkingDays('2025-10-04', 0)).toBe('2025-10-04');
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(expect.objectContaining({ code: 'date.invalid' }));
    expect(() => addWorkingDays('2025-2-3', 1)).toThrow(AppError);
    expect(() => addWorkingDays('2025-02-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-03', 1.5)).toThrow(RangeError);
  });

  it('always ends on a working day that is n working days away (every start in 2024–2025, n = 1..15)', () => {
    const days = officialYear(2024).concat(officialYear(2025));
    const working = new Set(days.filter((d) => d.working).map((d) => d.iso));
    for (const { iso } of days) {
      for (let n = 1; n <= 15; n++) {
        const due = addWorkingDays(iso, n);
        expect(working.has(due) || due >= '2026-01-01', `${iso}+${n}`).toBe(true);
        expect(workingDaysBetween(iso, due), `${iso}+${n}`).toBe(n);
      }
    }
  });
});

describe('workingDaysBetween', () => {
  it('counts days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2025-01-27', '2025-02-05')).toBe(1);
    expect(workingDaysBetween('2024-02-09', '2024-02-18')).toBe(1);
    expect(workingDaysBetween('2024-09-27', '2024-10-12')).toBe(7);
    expect(workingDaysBetween('2024-10-12', '2024-09-27')).toBe(-7);
    expect(workingDaysBetween('2025-10-05', '2025-10-05')).toBe(0);
    expect(workingDaysBetween('2025-10-01', '2025-10-08')).toBe(0);
  });

  it('counts whole years', () => {
    expect(workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251);
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
  });
});

describe('computeDueDate with 退回补正 pauses', () => {
  it('without pauses equals addWorkingDays', () => {
    // Mon 01-20 → 01-21..01-24 (1–4), Sun 01-26 (5), 01-27 (6), 02-05 (7).
    expect(computeDueDate({ receivedOn: '2025-01-20', workingDays: 7 })).toEqual({
      paused: false,
      dueOn: '2025-02-05',
      calendarCovered: true,
      uncoveredYears: [],
    });
  });

  it('resume: the days used before the return are kept, the holiday 调休 Sunday inside the pause is not counted', () => {
    // 01-21 (1), returned Wed 01-22 (2, the return day counts); stopped to Thu 02-06 (re-receipt, not counted);
    // Fri 02-07 (3), Sat 02-08 (4), 02-10 (5), 02-11 (6), 02-12 (7).
    const due = computeDueDate({
      receivedOn: '2025-01-20',
      workingDays: 7,
      pauses: [{ from: '2025-01-22', to: '2025-02-06' }],
    });
    expect(due).toMatchObject({ paused: false, dueOn: '2025-02-12' });
  });

  it('restart: the full period runs again from the re-receipt day', () => {
    // From Thu 02-06: 02-07 (1), Sat 02-08 (2), 02-10..02-14 (3–7).
    const due = computeDueDate({
      receivedOn: '2025-01-20',
      workingDays: 7,
      pauses: [{ from: '2025-01-22', to: '2025-02-06' }],
      pauseMode: 'restart',
    });
    expect(due).toMatchObject({ paused: false, dueOn: '2025-02-14' });
  });

  it('while materials are out the clock is stopped and reports the days used and left', () => {
    const pauses = [{ from: '2025-01-22', to: null }];
    expect(computeDueDate({ receivedOn: '2025-01-20', workingDays: 7, pauses })).toEqual({
      paused: true,
      dueOn: null,
      usedWorkingDays: 2,
      remainingWorkingDays: 5,
      calendarCovered: true,
      uncoveredYears: [],
    });
    expect(computeDueDate({ receivedOn: '2025-01-20', workingDays: 7, pauses, pauseMode: 'restart' })).toMatchObject({
      paused: true,
      usedWorkingDays: 2,
      remainingWorkingDays: 7,
    });
  });

  it('two returns around 2024 National Day', () => {
    // Mon 09-23: 09-24 (1), returned 09-25 (2); back Fri 09-27; Sun 09-29 (3), 09-30 (4); 10-01..10-07 off;
    // returned Tue 10-08 (5); back Thu 10-10; Fri 10-11 (6), Sat 10-12 (7), 10-14 (8), 10-15 (9), 10-16 (10).
    const pauses = [
      { from: '2024-09-25', to: '2024-09-27' },
      { from: '2024-10-08', to: '2024-10-10' },
    ];
    expect(computeDueDate({ receivedOn: '2024-09-23', workingDays: 10, pauses })).toMatchObject({
      dueOn: '2024-10-16',
    });
    // Restart from Thu 10-10: 10-11 (1), Sat 10-12 (2), 10-14..10-18 (3–7), 10-21..10-23 (8–10).
    expect(computeDueDate({ receivedOn: '2024-09-23', workingDays: 10, pauses, pauseMode: 'restart' })).toMatchObject({
      dueOn: '2024-10-23',
    });
  });

  it('with countStartDay the receipt and re-receipt days count', () => {
    // Fri 09-26 (1), Sun 09-28 (2), 09-29 (3), 09-30 (4), 10-09 (5).
    expect(computeDueDate({ receivedOn: '2025-09-26', workingDays: 5, countStartDay: true })).toMatchObject({
      dueOn: '2025-10-09',
    });
    // Returned Mon 09-29 (3); back Fri 10-10, which counts (4); Sat 10-11 (5).
    expect(
      computeDueDate({
        receivedOn: '2025-09-26',
        workingDays: 5,
        countStartDay: true,
        pauses: [{ from: '2025-09-29', to: '2025-10-10' }],
      }),
    ).toMatchObject({ dueOn: '2025-10-11' });
  });

  it('a return on the day of receipt behaves like receiving the materials when they come back', () => {
    const pauses = [{ from: '2024-02-02', to: '2024-02-08' }];
    // The 调休 Sunday 02-04 falls in the pause. From Thu 02-08: 02-09 (1), 02-18 (2), 02-19 (3).
    expect(computeDueDate({ receivedOn: '2024-02-02', workingDays: 3, pauses })).toMatchObject({ dueOn: '2024-02-19' });
  });

  it('a deadline that ran out before a pending return stays where it was', () => {
    expect(
      computeDueDate({ receivedOn: '2025-01-20', workingDays: 3, pauses: [{ from: '2025-02-05', to: null }] }),
    ).toMatchObject({ paused: false, dueOn: '2025-01-23' });
  });

  it('rejects inconsistent pauses', () => {
    const bad = (pauses: Array<{ from: string; to: string | null }>) => () =>
      computeDueDate({ receivedOn: '2025-03-10', workingDays: 5, pauses });
    const code = expect.objectContaining({ code: 'workflow.pauses-invalid' });
    expect(bad([{ from: '2025-03-07', to: '2025-03-12' }])).toThrow(code);
    expect(bad([{ from: '2025-03-12', to: '2025-03-11' }])).toThrow(code);
    expect(bad([{ from: '2025-03-11', to: '2025-03-14' }, { from: '2025-03-13', to: '2025-03-17' }])).toThrow(code);
    expect(bad([{ from: '2025-03-11', to: null }, { from: '2025-03-13', to: '2025-03-17' }])).toThrow(code);
  });

  it('flags a period that runs into a year without holiday data', () => {
    const { lastYear } = calendarCoverage();
    expect(computeDueDate({ receivedOn: '2025-09-26', workingDays: 7 })).toMatchObject({ calendarCovered: true });
    // Mon–Fri fallback: 2098-12-29 is a Monday; 12-30 (1), 12-31 (2), Thu 2099-01-01 (3).
    expect(lastYear).toBeLessThan(2098);
    expect(computeDueDate({ receivedOn: '2098-12-29', workingDays: 3 })).toEqual({
      paused: false,
      dueOn: '2099-01-01',
      calendarCovered: false,
      uncoveredYears: [2098, 2099],
    });
  });
});

describe('deadlineState', () => {
  it('overdue, due today, due soon and ok', () => {
    expect(deadlineState('2025-02-05', '2025-02-06')).toBe('overdue');
    expect(deadlineState('2025-02-05', '2025-02-05')).toBe('due-today');
    expect(deadlineState('2024-10-12', '2024-10-09')).toBe('due-soon'); // 3 working days left
    expect(deadlineState('2024-10-12', '2024-10-09', 2)).toBe('ok');
    expect(deadlineState('2024-10-10', '2024-10-09', 0)).toBe('ok');
  });

  it('counts working days, so a deadline just after a long holiday is due soon', () => {
    // Nine calendar days but one working day (02-05) between them.
    expect(deadlineState('2025-02-05', '2025-01-27')).toBe('due-soon');
    // 02-05..02-08, 02-10..02-12: seven working days.
    expect(deadlineState('2025-02-12', '2025-01-27')).toBe('ok');
    expect(deadlineState('2025-02-12', '2025-01-27', 7)).toBe('due-soon');
  });

  it('rejects a negative window', () => {
    expect(() => deadlineState('2025-02-05', '2025-01-27', -1)).toThrow(RangeError);
  });
});

describe('the stated rule', () => {
  it('states the defaults: receipt day not counted, 调休 counted, the clock resumes, coverage years', () => {
    const { firstYear, lastYear } = calendarCoverage();
    expect(DEADLINE_RULE_ZH).toContain('收件当日不计入');
    expect(DEADLINE_RULE_ZH).toContain('调休上班的周六、周日计为工作日');
    expect(DEADLINE_RULE_ZH).toContain('接续计算剩余的工作日');
    expect(DEADLINE_RULE_ZH).toContain(`${firstYear}—${lastYear}`);
    expect(DEADLINE_RULE_ZH).toContain('周一至周五');
  });

  it('follows the office settings', () => {
    const text = deadlineRuleText({ ...DEFAULT_DEADLINE_SETTINGS, countStartDay: true, pauseMode: 'restart' });
    expect(text).toContain('计为第1个工作日');
    expect(text).toContain('自送达当日起重新计算全部期限');
    expect(text).not.toContain('收件当日不计入');
  });
});
