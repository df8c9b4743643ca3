import { z } from 'zod';
import { ANY_ROLE, CASE_WRITE, OFFICE_ADMIN, OFFICE_READ } from '../domain/account.js';
import { MATTER_TYPES, MatterStatus, MatterType, Severity } from '../domain/matter.js';
import {
  DeadlineSettings,
  OfficeReviewLimits,
  ReviewTimeLimit,
  StatusChangeRequest as StatusChangeRequestSchema,
} from '../domain/workflow.js';
import { Adoption } from './review.js';
import { method } from './rpc.js';
import { Id, IsoDate, optionalText, requiredText as text } from './fields.js';

/**
 * The flow (流转), deadlines, feedback (反馈) with per-opinion adoption, and the two registries offices
 * keep: 行政规范性文件 (三统一) and the 重大行政决策 annual catalogue.
 */

/** Where a matter stands against its review deadline. 'done' = opinion issued or closed; 'none' = no due date. */
export const DEADLINE_STATES = ['overdue', 'due-today', 'due-soon', 'ok', 'paused', 'done', 'none'] as const;
export const DeadlineStateName = z.enum(DEADLINE_STATES);
export type DeadlineStateName = z.infer<typeof DeadlineStateName>;

export const DeadlineInfo = z.object({
  state: DeadlineStateName,
  dueOn: z.string().nullable(),
  /** Working days from today to the due date (negative when overdue); null when not running. */
  workingDaysLeft: z.number().int().nullable(),
  /** While returned for materials: working days that will be left when the materials come back. */
  remainingWhenResumed: z.number().int().nullable(),
  /** False when the computation touched a year without holiday data (Monday–Friday only). */
  calendarCovered: z.boolean(),
});
export type DeadlineInfo = z.infer<typeof DeadlineInfo>;

export const StatusChangeRecord = z.object({
  id: z.number().int(),
  matterId: z.number().int(),
  from: MatterStatus,
  to: MatterStatus,
  effectiveOn: z.string(),
  at: z.string(),
  /** The acting account's login (or the name recorded before accounts existed). */
  actor: z.string(),
  /** The account's display name, or 「（未关联账号）name」. */
  actorName: z.string(),
  reason: z.string().nullable(),
});
export type StatusChangeRecord = z.infer<typeof StatusChangeRecord>;

export const AllowedMove = z.object({ to: MatterStatus, needsReason: z.boolean() });

export const WorkflowView = z.object({
  matterId: z.number().int(),
  status: MatterStatus,
  receivedOn: z.string(),
  limitDays: z.number().int().nullable(),
  allowedMoves: z.array(AllowedMove),
  history: z.array(StatusChangeRecord),
  pauses: z.array(z.object({ from: z.string(), to: z.string().nullable() })),
  deadline: DeadlineInfo,
  opinionIssuedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** The deadline rule in one Chinese paragraph (DEADLINE_RULE_ZH for the office's settings). */
  ruleText: z.string(),
  /** What the rule text says, so the UI can word it in its own language. */
  rule: z.object({
    countStartDay: z.boolean(),
    pauseMode: DeadlineSettings.shape.pauseMode,
    countAdjustedWorkdays: z.boolean(),
    coverage: z.object({ firstYear: z.number().int(), lastYear: z.number().int() }),
  }),
});
export type WorkflowView = z.infer<typeof WorkflowView>;

export const QueueItem = z.object({
  id: z.number().int(),
  serial: z.string(),
  title: z.string(),
  type: MatterType,
  submittingUnit: z.string(),
  township: z.string().nullable(),
  receivedOn: z.string(),
  status: MatterStatus,
  /** The day the review was signed off, while the letter is still to be issued (shown as 已签批待出具). */
  signedOffOn: z.string().nullable(),
  reviewerId: z.number().int().nullable(),
  reviewerName: z.string().nullable(),
  deadline: DeadlineInfo,
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueueInput = z.object({
  reviewerId: Id.optional(),
  /** Defaults to the machine's date; tests pass a fixed day. */
  today: IsoDate.optional(),
  limit: z.number().int().min(1).max(2000).default(500),
});

export const QueueOutput = z.object({
  today: z.string(),
  items: z.array(QueueItem),
  /** All open matters in the queue, even beyond `limit`. */
  total: z.number().int(),
  counts: z.object({
    overdue: z.number().int(),
    dueToday: z.number().int(),
    dueSoon: z.number().int(),
    paused: z.number().int(),
    awaitingFeedback: z.number().int(),
  }),
});
export type QueueOutput = z.infer<typeof QueueOutput>;

export const WorkflowSettingsView = z.object({
  /** The limit in force for each type (office setting or default). */
  limits: z.record(z.enum(MATTER_TYPES), ReviewTimeLimit),
  officeLimits: OfficeReviewLimits,
  deadline: DeadlineSettings,
  ruleText: z.string(),
  coverage: z.object({ firstYear: z.number().int(), lastYear: z.number().int() }),
});
export type WorkflowSettingsView = z.infer<typeof WorkflowSettingsView>;

export const WorkflowSettingsInput = z
  .object({
    officeLimits: OfficeReviewLimits.optional(),
    deadline: DeadlineSettings.optional(),
  })
  .strict()
  .refine((v) => v.officeLimits !== undefined || v.deadline !== undefined, { error: '没有要保存的设置' });

// ---- Feedback and adoption ----

/** 采纳 / 部分采纳 / 未采纳: the review contract's enum (opinions.adoption). */
export const ADOPTIONS = Adoption.options;

export const AdoptionInput = z
  .object({
    opinionId: Id,
    adoption: Adoption.nullable(),
    reason: optionalText('理由', 1000),
  })
  .refine((a) => a.adoption === null || a.adoption === 'adopted' || a.reason !== null, {
    error: '部分采纳或未采纳的，须填写理由',
    path: ['reason'],
  });

export const Feedback = z.object({
  id: z.number().int(),
  matterId: z.number().int(),
  receivedOn: z.string(),
  reply: z.string(),
  revisedDocumentId: z.number().int().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Feedback = z.infer<typeof Feedback>;

export const RecordFeedbackInput = z.object({
  matterId: Id,
  receivedOn: IsoDate,
  reply: text('反馈内容', 10000),
  revisedDocumentId: Id.nullish().transform((v) => v ?? null),
  adoptions: z.array(AdoptionInput).max(500).default([]),
});
export type RecordFeedbackInput = z.input<typeof RecordFeedbackInput>;

export const OpinionAdoption = z.object({
  id: z.number().int(),
  matterId: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  severity: Severity,
  adoption: Adoption.nullable(),
  adoptionReason: z.string().nullable(),
  /** The number the issued letter gave the opinion, e.g. （二）1; null when no letter printed it. */
  letterLabel: z.string().nullable(),
});
export type OpinionAdoption = z.infer<typeof OpinionAdoption>;

// ---- 行政规范性文件 registry ----

export const NormativeEntry = z.object({
  id: z.number().int(),
  registrationNo: z.string(),
  title: z.string(),
  issuingBody: z.string(),
  documentNo: z.string().nullable(),
  issuedOn: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  repealedOn: z.string().nullable(),
  matterId: z.number().int().nullable(),
  note: z.string().nullable(),
  /** As of today: in force, expiring within the asked months, expired (or repealed), or not yet in force. */
  state: z.enum(['in-force', 'expiring', 'expired', 'repealed', 'pending']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NormativeEntry = z.infer<typeof NormativeEntry>;

export const NormativeFields = z
  .object({
    registrationNo: text('登记编号', 64),
    title: text('文件名称', 200),
    issuingBody: text('制定机关', 100),
    documentNo: optionalText('发文字号', 64),
    issuedOn: IsoDate,
    validFrom: IsoDate,
    validUntil: IsoDate.nullish().transform((v) => v ?? null),
    repealedOn: IsoDate.nullish().transform((v) => v ?? null),
    matterId: Id.nullish().transform((v) => v ?? null),
    note: optionalText('备注', 2000),
  })
  .refine((v) => v.validUntil === null || v.validUntil >= v.validFrom, {
    error: '有效期截止日不能早于施行日期',
    path: ['validUntil'],
  });
export type NormativeFields = z.input<typeof NormativeFields>;

export const NormativeListInput = z.object({
  /** "Expiring" means the validity ends within this many months of today. */
  months: z.number().int().min(1).max(60).default(6),
  filter: z.enum(['all', 'expiring', 'expired']).default('all'),
  today: IsoDate.optional(),
});

// ---- 重大行政决策 catalogue ----

/** The procedure steps of 重大行政决策程序暂行条例 the catalogue tracks, in the order they happen. */
export const DECISION_STEPS = [
  'public-participation',
  'expert-review',
  'risk-assessment',
  'legality-review',
  'collective-decision',
  'publication',
] as const;
export const DecisionStep = z.enum(DECISION_STEPS);
export type DecisionStep = z.infer<typeof DecisionStep>;

export const DecisionStepState = z.object({
  step: DecisionStep,
  doneOn: z.string().nullable(),
  evidenceDocumentId: z.number().int().nullable(),
  notApplicable: z.string().nullable(),
});
export type DecisionStepState = z.infer<typeof DecisionStepState>;

export const DecisionItem = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  responsibleUnit: z.string(),
  matterId: z.number().int().nullable(),
  note: z.string().nullable(),
  steps: z.array(DecisionStepState),
  /** Steps still open that must be done (or marked not applicable) before 集体讨论决定. */
  missingBeforeDecision: z.array(DecisionStep),
  /** Steps still open overall, publication included. */
  missing: z.array(DecisionStep),
  /** Problems in what was recorded, in Chinese (e.g. decided before the legality review). */
  problems: z.array(z.string()),
  readyForDecision: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DecisionItem = z.infer<typeof DecisionItem>;

export const DecisionFields = z.object({
  year: z.number().int().min(2000, { error: '年度应在2000—2100之间' }).max(2100, { error: '年度应在2000—2100之间' }),
  title: text('决策事项', 200),
  responsibleUnit: text('承办单位', 100),
  matterId: Id.nullish().transform((v) => v ?? null),
  note: optionalText('备注', 2000),
});
export type DecisionFields = z.input<typeof DecisionFields>;

export const DecisionStepInput = z
  .object({
    itemId: Id,
    step: DecisionStep,
    doneOn: IsoDate.nullish().transform((v) => v ?? null),
    evidenceDocumentId: Id.nullish().transform((v) => v ?? null),
    notApplicable: optionalText('不适用理由', 500),
  })
  .refine((s) => s.doneOn === null || s.notApplicable === null, {
    error: '已履行的环节不能同时标为不适用',
    path: ['notApplicable'],
  });
export type DecisionStepInput = z.input<typeof DecisionStepInput>;

export const StatusMoveInput = StatusChangeRequestSchema;

const Ok = z.object({ ok: z.literal(true) });

export const workflowContract = {
  'workflow.get': method({ roles: ANY_ROLE, matterOf: 'matterId', input: z.object({ matterId: Id, today: IsoDate.optional() }), output: WorkflowView, writes: false }),
  'workflow.move': method({ roles: CASE_WRITE, matterOf: 'matterId', input: StatusMoveInput, output: WorkflowView, writes: true }),
  'workflow.history': method({ roles: ANY_ROLE, matterOf: 'matterId', input: z.object({ matterId: Id }), output: z.array(StatusChangeRecord), writes: false }),
  'workflow.queue': method({ roles: OFFICE_READ, input: QueueInput, output: QueueOutput, writes: false }),
  'workflow.deadlines': method({ roles: OFFICE_READ,
    input: z.object({ matterIds: z.array(Id).min(1).max(2000), today: IsoDate.optional() }),
    output: z.array(z.object({ matterId: z.number().int(), deadline: DeadlineInfo })),
    writes: false,
  }),
  'workflow.settings.get': method({ roles: OFFICE_READ, input: z.object({}).strict(), output: WorkflowSettingsView, writes: false }),
  'workflow.settings.set': method({ roles: OFFICE_ADMIN, input: WorkflowSettingsInput, output: WorkflowSettingsView, writes: true }),
  'feedback.record': method({ roles: CASE_WRITE, matterOf: 'matterId', input: RecordFeedbackInput, output: Feedback, writes: true }),
  'feedback.list': method({ roles: OFFICE_READ, matterOf: 'matterId',
    input: z.object({ matterId: Id }),
    output: z.object({ items: z.array(Feedback), opinions: z.array(OpinionAdoption) }),
    writes: false,
  }),
  'feedback.setAdoption': method({ roles: CASE_WRITE, matterOf: 'id:opinion:opinionId', input: AdoptionInput, output: OpinionAdoption, writes: true }),
  'normative.list': method({ roles: OFFICE_READ, input: NormativeListInput, output: z.array(NormativeEntry), writes: false }),
  'normative.create': method({ roles: CASE_WRITE, input: NormativeFields, output: NormativeEntry, writes: true }),
  'normative.update': method({ roles: CASE_WRITE,
    input: z.object({ id: Id, fields: NormativeFields }),
    output: NormativeEntry,
    writes: true,
  }),
  'normative.delete': method({ roles: CASE_WRITE, input: z.object({ id: Id }), output: Ok, writes: true }),
  'decisions.list': method({ roles: OFFICE_READ, input: z.object({ year: z.number().int().min(2000).max(2100).optional() }), output: z.array(DecisionItem), writes: false }),
  'decisions.create': method({ roles: CASE_WRITE, input: DecisionFields, output: DecisionItem, writes: true }),
  'decisions.update': method({ roles: CASE_WRITE, input: z.object({ id: Id, fields: DecisionFields }), output: DecisionItem, writes: true }),
  'decisions.delete': method({ roles: CASE_WRITE, input: z.object({ id: Id }), output: Ok, writes: true }),
  'decisions.setStep': method({ roles: CASE_WRITE, input: DecisionStepInput, output: DecisionItem, writes: true }),
};

