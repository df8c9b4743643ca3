import type { MatterStatus, MatterType } from './matter.js';
import type { DeadlineSettings, LimitCertainty, ReviewTimeLimit } from './workflow.js';

// The workflow's defaults and wording without a schema: the read paths that only need these (the stats
// command, a deadline computed from stored settings) load no zod at start-up (issue 17). workflow.ts holds
// the schemas and re-exports all of this.

/**
 * How sure we are of the rule a number comes from, after the marks of the domain reference:
 * 【原文】 verified, 【二手】 secondary, (unverified), 〔实务〕 local practice / software default.
 */
export const LIMIT_CERTAINTIES = ['verified', 'secondary', 'unverified', 'practice'] as const;

export const LIMIT_CERTAINTY_ZH: Record<LimitCertainty, string> = {
  verified: '原文',
  secondary: '二手资料',
  unverified: '待核实',
  practice: '实务（本地规定）',
};

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

/**
 * After materials come back (退回补正 → 补正送达): 'resume' continues with the working days left,
 * 'restart' counts the whole period again. The domain reference does not settle which; 'resume'
 * follows the wording (the clock stops and starts again), 'restart' is the office option.
 */
export const PAUSE_MODES = ['resume', 'restart'] as const;

/**
 * The deadline rule when the office has set nothing: what DeadlineSettings' defaults give
 * (tests/core/workflow/workflow-data-check.test.ts checks the two agree).
 */
export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  countStartDay: false,
  pauseMode: 'resume',
  countAdjustedWorkdays: true,
  soonDays: 3,
  extraOffDays: [],
  extraWorkdays: [],
};

/** Moves that must say why: a return names the missing materials, a withdrawal its cause, a sign-off return its comments. */
export function moveNeedsReason(from: MatterStatus, to: MatterStatus): boolean {
  return to === 'returned' || to === 'withdrawn' || (from === 'awaiting-signoff' && to === 'in-review');
}

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
