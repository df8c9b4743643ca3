import { z } from 'zod';
import { ANY_ROLE, OFFICE_ADMIN } from '../domain/account.js';
import { CalendarData } from '../domain/workflow.js';
import { method } from './rpc.js';

/*
 * One clock and next year's working days (issue 20): the office's time zone, and the holiday years an
 * office adds from the State Council's notice until a package release carries them.
 */

export const ClockView = z.object({
  /** Today in the office's time zone, 'YYYY-MM-DD'. */
  today: z.string(),
  timeZone: z.string(),
});

export const HolidayYearPreview = z.object({
  year: z.number().int(),
  data: CalendarData,
  festivals: z.array(z.string()),
  /** Sentences the parser could not read, and notes (e.g. the package already has the year). */
  warnings: z.array(z.string()),
  /** Every day of the year, for the calendar the office confirms. */
  days: z.array(
    z.object({
      date: z.string(),
      /** 0 = Sunday … 6 = Saturday. */
      weekday: z.number().int(),
      working: z.boolean(),
      kind: z.enum(['workday', 'weekend', 'holiday', 'adjusted-workday']),
      name: z.string().nullable(),
    }),
  ),
});
export type HolidayYearPreview = z.infer<typeof HolidayYearPreview>;

export const HolidayYearsView = z.object({
  years: z.array(
    z.object({
      year: z.number().int(),
      /** package: the bundled chinese-days data; office: added here from the notice; none: Monday–Friday. */
      source: z.enum(['package', 'office', 'none']),
      savedAt: z.string().nullable(),
      savedBy: z.string().nullable(),
    }),
  ),
  today: z.string(),
  thisYearCovered: z.boolean(),
  nextYearCovered: z.boolean(),
});
export type HolidayYearsView = z.infer<typeof HolidayYearsView>;

export const HolidayYearFile = z.object({ fileName: z.string(), json: z.string() });
export type HolidayYearFile = z.infer<typeof HolidayYearFile>;

const Year = z.number().int().min(2000, { error: '年份无效' }).max(2200, { error: '年份无效' });

export const holidaysContract = {
  'system.clock': method({ roles: ANY_ROLE, input: z.object({}).default({}), output: ClockView, writes: false }),
  'system.clock.set': method({
    roles: OFFICE_ADMIN,
    input: z.object({ timeZone: z.string().trim().min(1).max(64) }),
    output: ClockView,
    writes: true,
  }),
  'holidays.years': method({ roles: ANY_ROLE, input: z.object({}).default({}), output: HolidayYearsView, writes: false }),
  'holidays.preview': method({
    roles: OFFICE_ADMIN,
    input: z.object({ text: z.string().min(1, { error: '请粘贴通知全文' }).max(50_000), year: Year.optional() }),
    output: HolidayYearPreview,
    writes: false,
  }),
  'holidays.save': method({
    roles: OFFICE_ADMIN,
    input: z.object({ year: Year, data: CalendarData, sourceText: z.string().max(50_000).nullish().transform((s) => s ?? null) }),
    output: HolidayYearsView,
    writes: true,
  }),
  'holidays.delete': method({ roles: OFFICE_ADMIN, input: z.object({ year: Year }), output: z.object({ deleted: z.literal(true) }), writes: true }),
  'holidays.export': method({ roles: OFFICE_ADMIN, input: z.object({}).default({}), output: HolidayYearFile, writes: false }),
  'holidays.import': method({
    roles: OFFICE_ADMIN,
    input: z.object({ json: z.string().min(2).max(2_000_000) }),
    output: z.object({ imported: z.array(z.number().int()) }),
    writes: true,
  }),
};
