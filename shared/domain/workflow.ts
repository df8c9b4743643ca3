import { z } from 'zod';
import type { MatterType } from './matter.js';
import { MATTER_TYPES, MatterStatus } from './matter.js';

/**
 * Workflow vocabulary shared with the renderer: review time limits per matter type, the office's
 * deadline settings, the status-change record, and the Chinese sentence that states the deadline rule.
 * The arithmetic itself lives in main/core/workflow (it needs the holiday calendar's data).
 */

const IsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

/**
 * How sure we are of the rule a number comes from, after the marks of the domain reference:
 * 【原文】 verified, 【二手】 secondary, (unverified), 〔实务〕 local practice / software default.
 */
export const LIMIT_CERTAINTIES = ['verified', 'secondary', 'unverified', 'practice'] as const;
export const LimitCertainty = z.enum(LIMIT_CERTAINTIES);
export type LimitCertainty = z.infer<typeof LimitCertainty>;

export const LIMIT_CERTAINTY_ZH: Record<LimitCertainty, string> = {
  verified: '原文',
  secondary: '二手资料',
  unverified: '待核实',
  practice: '实务（本地规定）',
};

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

const VILLAGE_LIMIT: ReviewTimeLimit = {
  workingDays: 7,
  minWorkingDays: null,
  maxWorkingDays: null,
  basisZh: '无全国统一规定，由地方规定',
  certainty: 'practice',
  noteZh: '村级重大事项的合法性审查期限由各地规定；默认 7 个工作日为本软件设定的初始值，请按本地规定修改。',
};

const PRACTICE_LIMIT = (what: string): ReviewTimeLimit => ({
  workingDays: 7,
  minWorkingDays: null,
  maxWorkingDays: null,
  basisZh: '无全国统一规定，由本单位规定',
  certainty: 'practice',
  noteZh: `${what}的审查期限由本单位或地方规定；默认 7 个工作日为本软件设定的初始值，请按本单位规定修改。`,
});

/**
 * Office-configurable defaults. Only two numbers have a national source: 713号令第26条 (decisions,
 * 【原文】) and 国办发〔2018〕115号 (normative documents, widely cited but not found in the retrieved text).
 */
export const DEFAULT_REVIEW_LIMITS: Record<MatterType, ReviewTimeLimit> = {
  'village.charter': VILLAGE_LIMIT,
  'village.rules': VILLAGE_LIMIT,
  'village.contract': VILLAGE_LIMIT,
  'village.project': VILLAGE_LIMIT,
  'village.other': VILLAGE_LIMIT,
  normative: {
    workingDays: 15,
    minWorkingDays: 5,
    maxWorkingDays: 15,
    basisZh: '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）',
    certainty: 'unverified',
    noteZh:
      '“合法性审核时间一般不少于5个工作日，最长不超过15个工作日（紧急情况除外）”被广泛引用，但未在检索到的原文中核实，请核实；默认期限取最长 15 个工作日。',
  },
  decision: {
    workingDays: 7,
    minWorkingDays: 7,
    maxWorkingDays: null,
    basisZh: '《重大行政决策程序暂行条例》（国务院令第713号）第二十六条',
    certainty: 'verified',
    noteZh:
      '条例要求保证必要的审查时间，一般不少于7个工作日；条例未规定审查的最长期限，默认期限 7 个工作日为本软件设定的初始值。',
  },
  contract: PRACTICE_LIMIT('合同协议'),
  opinion: PRACTICE_LIMIT('法律意见'),
};

/** The limit for a matter type: the office's own setting if it has one, else the default. */
export function reviewLimitFor(
  type: MatterType,
  officeLimits: Partial<Record<MatterType, ReviewTimeLimit>> = {},
): ReviewTimeLimit {
  return officeLimits[type] ?? DEFAULT_REVIEW_LIMITS[type];
}

/** Office overrides of the limits, e.g. as stored in settings. */
export const OfficeReviewLimits = z.partialRecord(z.enum(MATTER_TYPES), ReviewTimeLimit);
export type OfficeReviewLimits = z.infer<typeof OfficeReviewLimits>;

/**
 * After materials come back (退回补正 → 补正送达): 'resume' continues with the working days left,
 * 'restart' counts the whole period again. The domain reference does not settle which; 'resume'
 * follows the wording (the clock stops and starts again), 'restart' is the office option.
 */
export const PAUSE_MODES = ['resume', 'restart'] as const;
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
export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = DeadlineSettings.parse({});

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

/** Moves that must say why: a return names the missing materials, a withdrawal its cause, a sign-off return its comments. */
export function moveNeedsReason(from: MatterStatus, to: MatterStatus): boolean {
  return to === 'returned' || to === 'withdrawn' || (from === 'awaiting-signoff' && to === 'in-review');
}

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

/** The deadline rule in one Chinese paragraph, for the UI and the README. */
export function deadlineRuleZh(
  settings: Pick<DeadlineSettings, 'countStartDay' | 'pauseMode' | 'countAdjustedWorkdays'>,
  coverage: { firstYear: number; lastYear: number },
): string {
  const start = settings.countStartDay
    ? '收件当日为工作日的，计为第1个工作日，第N个工作日（N为该类事项的审查期限）为期限届满日'
    : '收件当日不计入，自下一个工作日起算（参照《民法典》第二百零一条“开始的当日不计入”），第N个工作日（N为该类事项的审查期限）为期限届满日';
  const adjusted = settings.countAdjustedWorkdays
    ? '国务院办公厅通知调休上班的周六、周日计为工作日'
    : '调休上班的周六、周日不计为工作日';
  const comeBack = settings.countStartDay ? '自送达当日起' : '自送达次日起';
  const pause =
    settings.pauseMode === 'resume'
      ? `退回补正的，自退回次日起停止计时（退回当日照常计入），补正材料送达后${comeBack}接续计算剩余的工作日`
      : `退回补正的，自退回次日起停止计时，补正材料送达后${comeBack}重新计算全部期限`;
  return (
    `审查期限以工作日计算，不含法定节假日和调休放假日，${adjusted}；${start}；${pause}。` +
    `节假日安排取自 chinese-days 日历数据（覆盖 ${coverage.firstYear}—${coverage.lastYear} 年），` +
    '超出覆盖范围的年份仅按周一至周五计算，未含节假日安排，届时请核对。'
  );
}

/** The same rule in English, for the English UI (issue 20: no Chinese rule text on the English pages). */
export function deadlineRuleEn(
  settings: Pick<DeadlineSettings, 'countStartDay' | 'pauseMode' | 'countAdjustedWorkdays'>,
  coverage: { firstYear: number; lastYear: number },
): string {
  const start = settings.countStartDay
    ? 'when the day of receipt is a working day it counts as day 1, and the N-th working day (N being the review period of the matter type) is the last day'
    : 'the day of receipt is not counted and counting starts on the next working day (cf. Civil Code art. 201), and the N-th working day (N being the review period of the matter type) is the last day';
  const adjusted = settings.countAdjustedWorkdays
    ? 'Saturdays and Sundays the State Council declares working days (调休) count as working days'
    : 'Saturdays and Sundays declared working days (调休) do not count';
  const comeBack = settings.countStartDay ? 'from the day they arrive' : 'from the day after they arrive';
  const pause =
    settings.pauseMode === 'resume'
      ? `when materials are returned for completion the clock stops from the next day (the day of return still counts) and the remaining working days continue ${comeBack}`
      : `when materials are returned for completion the clock stops from the next day and the whole period starts again ${comeBack}`;
  return (
    `Review periods are counted in working days, without public holidays and their bridging days off; ${adjusted}; ${start}; ${pause}. ` +
    `Holidays come from the chinese-days calendar data (covering ${coverage.firstYear}–${coverage.lastYear}); ` +
    'years outside it are counted Monday–Friday only, without holidays — check those dates.'
  );
}
