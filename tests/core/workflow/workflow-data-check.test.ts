import packagedData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MATTER_TYPES } from '../../../shared/domain/matter.js';
import {
  CalendarData,
  DEFAULT_DEADLINE_SETTINGS,
  DEFAULT_REVIEW_LIMITS,
  DeadlineSettings,
  LIMIT_CERTAINTIES,
  OfficeReviewLimits,
  ReviewTimeLimit,
} from '../../../shared/domain/workflow.js';
import { isCalendarDate } from '../../../main/core/workflow/iso-date.js';
import {
  readCalendarData,
  readDeadlineSettings,
  readOfficeLimits,
  readReviewTimeLimit,
} from '../../../main/core/workflow/workflow-data-check.js';

/**
 * Issue 17: the stored workflow settings and holiday data are read without zod (workflow-data-check.ts).
 * Each reader must accept exactly what its schema accepts and give what the schema gives; these grids
 * of JSON values (every field's edges, wrong types, absent fields, unknown keys) hold them to it. A
 * mismatch lists the value.
 */

const ABSENT = Symbol('absent');
type Maybe = unknown;

/** An object with the given fields, leaving out those set to ABSENT. */
function withFields(fields: Record<string, Maybe>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ABSENT));
}

/** The values on which the reader and the schema disagree (accept vs refuse, or a different result). */
function disagreements(schema: z.ZodType, read: (value: unknown) => unknown, values: Iterable<unknown>): unknown[] {
  const out: unknown[] = [];
  for (const value of values) {
    const parsed = schema.safeParse(value);
    const mine = read(value);
    const agree = parsed.success ? mine !== null && isDeepStrictEqual(mine, parsed.data) : mine === null;
    if (!agree) out.push(value);
  }
  return out;
}

function* product(fields: Record<string, Maybe[]>): Generator<Record<string, unknown>> {
  const names = Object.keys(fields);
  const walk = function* (i: number, acc: Record<string, Maybe>): Generator<Record<string, unknown>> {
    if (i === names.length) {
      yield withFields(acc);
      return;
    }
    const name = names[i]!;
    for (const v of fields[name]!) yield* walk(i + 1, { ...acc, [name]: v });
  };
  yield* walk(0, {});
}

const NOT_OBJECTS = [null, 0, 'x', true, [], [{}]];

describe('the stored workflow data, checked without zod, as the schemas check it (issue 17)', () => {
  it('dates: exactly the days z.iso.date accepts', () => {
    const dates: unknown[] = [];
    for (const year of ['0000', '0004', '0100', '0400', '1000', '1900', '2000', '2023', '2024', '2100', '9999'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) dates.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    dates.push('2024-1-01', '2024-01-1', ' 2024-01-01', '2024-01-01 ', '2024-01-01T00:00', '24-01-01', '20240101', '２０２４-01-01', '2024/01/01', '');
    dates.push(20240101, null, undefined, {}, ['2024-01-01']);
    const schema = z.iso.date();
    const wrong = dates.filter((d) => schema.safeParse(d).success !== isCalendarDate(d));
    expect(wrong).toEqual([]);
    expect(dates.filter((d) => isCalendarDate(d)).length).toBeGreaterThan(3000);
  });

  it('one review time limit: ReviewTimeLimit (numbers, their order, text, certainty, unknown keys)', () => {
    const base = { workingDays: 7, minWorkingDays: null, maxWorkingDays: null, basisZh: '依据', certainty: 'practice', noteZh: '说明' };
    const numbers = product({
      workingDays: [0, 1, 5, 7, 15, 365, 366, 1.5, -1, '7', null, ABSENT],
      minWorkingDays: [null, 1, 5, 7, 8, 365, 366, 0, 2.5, '5', ABSENT],
      maxWorkingDays: [null, 1, 6, 7, 15, 365, 366, 0, '15', ABSENT],
    });
    const texts = product({
      basisZh: ['', '依据', 5, null, ABSENT],
      certainty: [...LIMIT_CERTAINTIES, 'Verified', '', null, ABSENT],
      noteZh: ['', '说明', 0, null, ABSENT],
    });
    const values = [
      ...[...numbers].map((n) => ({ basisZh: base.basisZh, certainty: base.certainty, noteZh: base.noteZh, ...n })),
      ...[...texts].map((t) => ({ workingDays: 7, minWorkingDays: null, maxWorkingDays: null, ...t })),
      { ...base, extra: 1 },
      ...NOT_OBJECTS,
      ...Object.values(DEFAULT_REVIEW_LIMITS),
    ];
    expect(disagreements(ReviewTimeLimit, readReviewTimeLimit, values)).toEqual([]);
    // The grid holds both kinds.
    expect(values.filter((v) => readReviewTimeLimit(v) !== null).length).toBeGreaterThan(50);
    expect(values.filter((v) => readReviewTimeLimit(v) === null).length).toBeGreaterThan(500);
  });

  it('the office’s limits: OfficeReviewLimits (known matter types only, each a valid limit)', () => {
    const good = DEFAULT_REVIEW_LIMITS.normative;
    const bad = { ...good, workingDays: 16 };
    const values: unknown[] = [
      {},
      { normative: good },
      { normative: bad },
      { normative: { ...good, extra: 'x' } },
      { 'village.rules': good, decision: DEFAULT_REVIEW_LIMITS.decision },
      Object.fromEntries(MATTER_TYPES.map((t) => [t, DEFAULT_REVIEW_LIMITS[t]])),
      { village: good },
      { normative: good, unknown: good },
      { normative: null },
      JSON.parse('{"__proto__": {"workingDays": 7}}'),
      ...NOT_OBJECTS,
    ];
    expect(disagreements(OfficeReviewLimits, readOfficeLimits, values)).toEqual([]);
  });

  it('the deadline rule: DeadlineSettings (each field optional with its default, edges, wrong types, unknown keys)', () => {
    const scalars = product({
      countStartDay: [ABSENT, true, false, null, 0, 'true'],
      pauseMode: [ABSENT, 'resume', 'restart', 'Resume', null],
      countAdjustedWorkdays: [ABSENT, true, false, 1],
      soonDays: [ABSENT, 0, 3, 30, 31, -1, 2.5, '3', null],
    });
    const full = Array.from({ length: 2000 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
    const lists = product({
      extraOffDays: [ABSENT, [], ['2025-01-01'], ['2025-02-30'], ['2025-01-01', 7], '2025-01-01', null, full, [...full, '2024-02-01']],
      extraWorkdays: [ABSENT, [], ['2025-10-11'], [1], {}],
    });
    const values = [...scalars, ...lists, { soonDays: 5, extra: true }, {}, ...NOT_OBJECTS];
    expect(disagreements(DeadlineSettings, readDeadlineSettings, values)).toEqual([]);
    expect(values.filter((v) => readDeadlineSettings(v) !== null).length).toBeGreaterThan(100);
  });

  it('the defaults are what the schemas give', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toEqual(DeadlineSettings.parse({}));
    for (const limit of Object.values(DEFAULT_REVIEW_LIMITS)) expect(ReviewTimeLimit.parse(limit)).toEqual(limit);
  });

  it('holiday data: CalendarData, on the packaged chinese-days data and on a grid of shapes', () => {
    // The real data the calendar is built from on every start.
    const packaged = readCalendarData(packagedData);
    expect(packaged).toEqual(CalendarData.parse(packagedData));
    expect(Object.keys(packaged!.holidays).length).toBeGreaterThan(500);
    const days = [{}, { '2025-01-01': '元旦' }, JSON.parse('{"__proto__": "x", "2025-01-01": "元旦"}'), { '2025-02-29': 'x' }, { '2025-01-01': 1 }, { '2025-1-1': 'x' }, [], null, 'x'];
    const values = [
      ...product({ holidays: [...days, ABSENT], workdays: [...days, ABSENT], inLieuDays: [ABSENT, ...days] }),
      { holidays: {}, workdays: {}, extra: 1 },
      ...NOT_OBJECTS,
    ];
    expect(disagreements(CalendarData, readCalendarData, values)).toEqual([]);
  });
});
