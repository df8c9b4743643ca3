import { z } from 'zod';
import { MATTER_TYPES, MatterStatus } from './matter.js';
import { LIMIT_CERTAINTIES, PAUSE_MODES, moveNeedsReason } from './workflow-defaults.js';

export {
  DEFAULT_DEADLINE_SETTINGS,
  DEFAULT_REVIEW_LIMITS,
  LIMIT_CERTAINTIES,
  LIMIT_CERTAINTY_ZH,
  PAUSE_MODES,
  deadlineRuleEn,
  deadlineRuleZh,
  moveNeedsReason,
  reviewLimitFor,
} from './workflow-defaults.js';

/**
 * Workflow vocabulary shared with the renderer: review time limits per matter type, the office's
 * deadline settings, the status-change record, and the Chinese sentence that states the deadline rule.
 * The arithmetic itself lives in main/core/workflow (it needs the holiday calendar's data).
 */

const IsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const LimitCertainty = z.enum(LIMIT_CERTAINTIES);
export type LimitCertainty = z.infer<typeof LimitCertainty>;

/** A review time limit in working days, with where it comes from. */
export const ReviewTimeLimit = z
  .object({
    /** Default deadline: the matter is due this many working days after receipt. */
    workingDays: z.number().int().min(1).max(365),
    /** Least review time the submitting unit must allow (warn when less was given), if a rule sets one. */
    minWorkingDays: z.number().int().min(1).max(365).nullable(),
    /** Longest review time a rule allows, if any. */
    maxWorkingDays: z.number().int().min(1).max(365).nullable(),
    basisZh: z.string().min(1),
    certainty: LimitCertainty,
    noteZh: z.string(),
  })
  .refine((l) => l.maxWorkingDays === null || l.workingDays <= l.maxWorkingDays, {
    error: '默认期限不能超过最长期限',
    path: ['workingDays'],
  })
  .refine((l) => l.minWorkingDays === null || l.workingDays >= l.minWorkingDays, {
    error: '默认期限不能少于最少审查时间',
    path: ['workingDays'],
  });
export type ReviewTimeLimit = z.infer<typeof ReviewTimeLimit>;

/** Office overrides of the limits, e.g. as stored in settings. */
export const OfficeReviewLimits = z.partialRecord(z.enum(MATTER_TYPES), ReviewTimeLimit);
export type OfficeReviewLimits = z.infer<typeof OfficeReviewLimits>;

export const PauseMode = z.enum(PAUSE_MODES);
export type PauseMode = z.infer<typeof PauseMode>;

/** The office's deadline rule. Defaults follow §4.2 of the domain reference. */
export const DeadlineSettings = z.object({
  /** Whether the day of receipt (and of re-receipt after 补正) counts; §4.2: not counted (unverified). */
  countStartDay: z.boolean().default(false),
  pauseMode: PauseMode.default('resume'),
  /** 调休上班的周末 count as working days, as the State Council notices announce them; §4.2 default. */
  countAdjustedWorkdays: z.boolean().default(true),
  /** A matter is "due soon" when at most this many working days remain. */
  soonDays: z.number().int().min(0).max(30).default(3),
  /** Local additions (e.g. 少数民族节日 under 放假办法第4条) and ad-hoc arrangements. */
  extraOffDays: z.array(IsoDate).max(2000).default([]),
  extraWorkdays: z.array(IsoDate).max(2000).default([]),
});
export type DeadlineSettings = z.infer<typeof DeadlineSettings>;

/** A stretch with the clock stopped: from the day materials were returned to the day they came back. */
export const ClockPause = z
  .object({ from: IsoDate, to: IsoDate.nullable() })
  .refine((p) => p.to === null || p.to >= p.from, { error: '补正送达日期不能早于退回日期', path: ['to'] });
export type ClockPause = z.infer<typeof ClockPause>;

/**
 * Holiday data in the shape chinese-days ships (`dist/chinese-days.json`, `dist/years/YYYY.json`),
 * so an administrator can load a newer year without upgrading the app.
 */
export const CalendarData = z.object({
  holidays: z.record(IsoDate, z.string()),
  workdays: z.record(IsoDate, z.string()),
  inLieuDays: z.record(IsoDate, z.string()).optional(),
});
export type CalendarData = z.infer<typeof CalendarData>;

/** One recorded status move: who, when it was recorded, and the office-calendar day it takes effect. */
export const StatusChange = z
  .object({
    matterId: z.number().int().positive(),
    from: MatterStatus,
    to: MatterStatus,
    /** The day the move counts for the clock (a return or re-receipt may be entered a day late). */
    effectiveOn: IsoDate,
    /** When it was recorded. */
    at: z.iso.datetime({ offset: true, error: '时间格式应为 ISO 8601' }),
    actor: z.string().trim().min(1, { error: '缺少操作人' }).max(64),
    reason: z.string().trim().max(1000, { error: '原因不能超过1000个字' }).nullable(),
  })
  .refine((c) => c.from !== c.to, { error: '状态未改变', path: ['to'] })
  .refine((c) => !moveNeedsReason(c.from, c.to) || (c.reason !== null && c.reason !== ''), {
    error: '此项操作须填写原因',
    path: ['reason'],
  });
export type StatusChange = z.infer<typeof StatusChange>;

/** What a caller asks for; the core fills in `from`, `at` and `actor`. */
export const StatusChangeRequest = z.object({
  matterId: z.number().int().positive(),
  to: MatterStatus,
  effectiveOn: IsoDate.optional(),
  reason: z.string().trim().max(1000, { error: '原因不能超过1000个字' }).nullish().transform((r) => r || null),
});
export type StatusChangeRequest = z.input<typeof StatusChangeRequest>;

