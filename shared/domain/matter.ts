import { z } from 'zod';
import { MATTER_STATUSES, MATTER_TYPES, REVIEW_RESULTS, SEVERITIES } from './matter-vocabulary.js';
import { SHOWN_STATUSES } from './shown-status.js';

export { MATTER_STATUSES, MATTER_TYPES, REVIEW_RESULTS, SEVERITIES, isVillageType } from './matter-vocabulary.js';

export const MatterType = /* @__PURE__ */ z.enum(MATTER_TYPES);
export type MatterType = z.infer<typeof MatterType>;

/** Review conclusion (审查结论). */
export const ReviewResult = /* @__PURE__ */ z.enum(REVIEW_RESULTS);
export type ReviewResult = z.infer<typeof ReviewResult>;

export const MatterStatus = /* @__PURE__ */ z.enum(MATTER_STATUSES);
export type MatterStatus = z.infer<typeof MatterStatus>;

/** Severity of an opinion or finding: 必须修改 / 建议修改 / 提示. */
export const Severity = /* @__PURE__ */ z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** What batch import writes as 送审单位 when the files do not say; the 待补录 list finds matters by it. */
export const UNIT_PLACEHOLDER = '待补录送审单位';

/** Registered fields that can be corrected after registration (each change is recorded with a reason). */
export const CORRECTABLE_FIELDS = [
  'type',
  'title',
  'submittingUnit',
  'township',
  'contactName',
  'contactPhone',
  'receivedOn',
  'dueOn',
  'note',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export { SHOWN_STATUSES, shownStatus } from './shown-status.js';
/** Status filters take these (a list's 状态 filter offers what its 状态 column shows). */
export const ShownStatus = z.enum(SHOWN_STATUSES);
export type ShownStatus = z.infer<typeof ShownStatus>;
