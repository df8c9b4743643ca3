import { z } from 'zod';
import { LIBRARY_WRITE, OFFICE_READ, REVIEW_WRITE, SIGN_OFF } from '../domain/account.js';
import { ChecklistTemplate, LegalBasisEntry, Phrase } from '../domain/checklist.js';
import { MatterType, ReviewResult, Severity } from '../domain/matter.js';
import { method } from './rpc.js';
import { Id as MatterId, requiredText as text } from './fields.js';
import { Matter } from './matters.js';
import { StoredFinding } from './stored-finding.js';

export const AnswerStatus = z.enum(['pass', 'problem', 'not-applicable']);
export type AnswerStatus = z.infer<typeof AnswerStatus>;

export const ChecklistAnswer = z.object({
  itemId: z.string(),
  status: AnswerStatus,
  note: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type ChecklistAnswer = z.infer<typeof ChecklistAnswer>;

export const OpinionAnchor = z.object({
  documentId: z.number().int().positive(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().max(2000),
});
export type OpinionAnchor = z.infer<typeof OpinionAnchor>;

export const Adoption = z.enum(['adopted', 'partly-adopted', 'not-adopted']);
export type Adoption = z.infer<typeof Adoption>;

export const Opinion = z.object({
  id: z.number().int(),
  matterId: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  severity: Severity,
  basis: z.string().nullable(),
  basisId: z.string().nullable(),
  checklistItemId: z.string().nullable(),
  anchor: OpinionAnchor.nullable(),
  adoption: Adoption.nullable(),
  adoptionReason: z.string().nullable(),
  /** The account that wrote it; null for opinions written before accounts existed. */
  authorId: z.number().int().nullable(),
  authorName: z.string().nullable(),
  authorInitials: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Opinion = z.infer<typeof Opinion>;

export const ReviewState = z.enum(['open', 'submitted', 'returned', 'approved']);
export type ReviewState = z.infer<typeof ReviewState>;

export const Signoff = z.object({
  id: z.number().int(),
  action: z.enum(['submit', 'approve', 'return']),
  actor: z.string(),
  /** The account's display name, or 「（未关联账号）name」 for steps recorded before accounts existed. */
  actorName: z.string(),
  /** The name as printed on letters: the account's display name, or the name recorded then. */
  signatureName: z.string(),
  comment: z.string().nullable(),
  at: z.string(),
});
export type Signoff = z.infer<typeof Signoff>;

export const ReviewProgress = z.object({
  total: z.number().int(),
  answered: z.number().int(),
  requiredOpen: z.array(z.string()),
});

export const Review = z.object({
  matterId: z.number().int(),
  state: ReviewState,
  template: ChecklistTemplate,
  summary: z.string().nullable(),
  result: ReviewResult.nullable(),
  overrideReason: z.string().nullable(),
  answers: z.array(ChecklistAnswer),
  opinions: z.array(Opinion),
  signoffs: z.array(Signoff),
  progress: ReviewProgress,
});
export type Review = z.infer<typeof Review>;

/** The review's own fields (everything review.get returns but the checklist, its answers and the opinions). */
export const ReviewHead = Review.omit({ template: true, answers: true, opinions: true });
export type ReviewHead = z.infer<typeof ReviewHead>;

/**
 * What a review write changed, each record exactly as the read methods return it afterwards (issue 20):
 * the workspace's cache puts these records in place and never re-applies a server rule itself.
 * tests/core/review/write-replies.test.ts checks every write's reply against the read-back.
 */
export const ReviewChanges = z.object({
  matterId: MatterId,
  /** The review's fields after the write (state, result, sign-offs, progress), when it touched the review. */
  review: ReviewHead.nullable(),
  /** The checklist, when the write started the review (开始审查, or accepting a finding before it). */
  template: ChecklistTemplate.nullable(),
  /** Checklist answers the write set, as review.get lists them. */
  answers: z.array(ChecklistAnswer),
  /** Opinions the write created or changed, as review.get lists them (review.get orders by position, then id). */
  opinions: z.array(Opinion),
  /** Opinions the write deleted. */
  deletedOpinionIds: z.array(z.number().int()),
  /** Findings whose state the write changed, as findings.list returns them. */
  findings: z.array(StoredFinding),
  /** The matter as matters.get returns it, when the write changed it (status moved, conclusion, sign-off day). */
  matter: Matter.nullable(),
});
export type ReviewChanges = z.infer<typeof ReviewChanges>;

/** 开始审查's reply: always with the checklist (and every answer and opinion when the review had started already). */
export const StartedReview = ReviewChanges.extend({ review: ReviewHead, template: ChecklistTemplate });

export const OpinionInput = z.object({
  text: text('意见内容', 5000),
  severity: Severity,
  basis: z.string().trim().max(500).nullish().transform((s) => (s ? s : null)),
  basisId: z.string().max(100).nullish().transform((s) => s ?? null),
  checklistItemId: z.string().max(100).nullish().transform((s) => s ?? null),
  anchor: OpinionAnchor.nullish().transform((a) => a ?? null),
});

export const TemplateSummary = z.object({
  id: z.string(),
  title: z.string(),
  matterType: MatterType,
  version: z.union([z.number(), z.string()]),
  source: z.enum(['builtin', 'office']),
  isDefault: z.boolean(),
  items: z.number().int(),
});

export const reviewContract = {
  /** Reads the review; never writes (a review not started yet answers 'review.not-started'). */
  'review.get': method({ roles: OFFICE_READ, matterOf: 'matterId', input: z.object({ matterId: MatterId }), output: Review, writes: false }),
  /** The review, or null before it is started (the workspace's read: no error for a matter not started yet). */
  'review.find': method({ roles: OFFICE_READ, matterOf: 'matterId', input: z.object({ matterId: MatterId }), output: Review.nullable(), writes: false }),
  /** Starts the review (开始审查) with the type's default checklist: 已登记 → 审查中. Starting twice returns the review. */
  'review.start': method({ roles: REVIEW_WRITE, matterOf: 'matterId', input: z.object({ matterId: MatterId }), output: StartedReview, writes: true }),
  'review.answer': method({ roles: REVIEW_WRITE, matterOf: 'matterId',
    input: z.object({
      matterId: MatterId,
      itemId: z.string().min(1).max(100),
      status: AnswerStatus,
      note: z.string().trim().max(2000).nullish().transform((s) => (s ? s : null)),
    }),
    output: ReviewChanges,
    writes: true,
  }),
  'review.conclude': method({ roles: REVIEW_WRITE, matterOf: 'matterId',
    input: z.object({
      matterId: MatterId,
      result: ReviewResult.nullable(),
      summary: z.string().trim().max(5000).nullish().transform((s) => (s ? s : null)),
    }),
    output: ReviewChanges,
    writes: true,
  }),
  'review.submit': method({ roles: ['reviewer', 'counsel'], matterOf: 'matterId',
    input: z.object({ matterId: MatterId, overrideReason: z.string().trim().max(1000).optional() }),
    output: ReviewChanges,
    writes: true,
  }),
  'review.approve': method({ roles: SIGN_OFF, matterOf: 'matterId',
    input: z.object({ matterId: MatterId, comment: z.string().trim().max(2000).optional() }),
    output: ReviewChanges,
    writes: true,
  }),
  'review.return': method({ roles: SIGN_OFF, matterOf: 'matterId',
    input: z.object({ matterId: MatterId, comment: text('退回意见', 2000) }),
    output: ReviewChanges,
    writes: true,
  }),
  'opinions.add': method({ roles: REVIEW_WRITE, matterOf: 'matterId', input: OpinionInput.extend({ matterId: MatterId }), output: ReviewChanges, writes: true }),
  'opinions.update': method({ roles: REVIEW_WRITE, matterOf: 'id:opinion',
    input: OpinionInput.extend({ id: z.number().int().positive() }),
    output: ReviewChanges,
    writes: true,
  }),
  'opinions.delete': method({ roles: REVIEW_WRITE, matterOf: 'id:opinion', input: z.object({ id: z.number().int().positive() }), output: ReviewChanges, writes: true }),
  'opinions.reorder': method({ roles: REVIEW_WRITE, matterOf: 'matterId',
    input: z.object({ matterId: MatterId, order: z.array(z.number().int().positive()).min(1).max(1000) }),
    output: ReviewChanges,
    writes: true,
  }),
  'templates.list': method({ roles: OFFICE_READ, input: z.object({ matterType: MatterType.optional() }), output: z.array(TemplateSummary), writes: false }),
  'templates.get': method({ roles: OFFICE_READ, input: z.object({ id: z.string().min(1).max(100) }), output: ChecklistTemplate, writes: false }),
  'templates.copy': method({ roles: LIBRARY_WRITE,
    input: z.object({ fromId: z.string().min(1).max(100), newId: z.string().min(1).max(100), office: text('单位名称', 100) }),
    output: ChecklistTemplate,
    writes: true,
  }),
  'templates.save': method({ roles: LIBRARY_WRITE, input: z.object({ template: ChecklistTemplate, makeDefault: z.boolean().default(false) }), output: ChecklistTemplate, writes: true }),
  'templates.export': method({ roles: OFFICE_READ, input: z.object({ id: z.string().min(1).max(100) }), output: z.object({ fileName: z.string(), json: z.string() }), writes: false }),
  'templates.import': method({ roles: LIBRARY_WRITE, input: z.object({ json: z.string().min(2).max(2_000_000) }), output: ChecklistTemplate, writes: true }),
  'library.basis.search': method({ roles: OFFICE_READ,
    input: z.object({ query: z.string().max(100).default(''), limit: z.number().int().min(1).max(200).default(30) }),
    output: z.array(LegalBasisEntry),
    writes: false,
  }),
  'library.basis.save': method({ roles: LIBRARY_WRITE, input: z.object({ entry: LegalBasisEntry }), output: LegalBasisEntry, writes: true }),
  'library.phrases.search': method({ roles: OFFICE_READ,
    input: z.object({
      query: z.string().max(100).default(''),
      matterType: MatterType.optional(),
      itemId: z.string().max(100).optional(),
      limit: z.number().int().min(1).max(200).default(30),
    }),
    output: z.array(Phrase),
    writes: false,
  }),
  'library.phrases.addFromOpinion': method({ roles: REVIEW_WRITE,
    input: z.object({ opinionId: z.number().int().positive(), tags: z.array(z.string().trim().min(1).max(20)).max(10).default([]) }),
    output: Phrase,
    writes: true,
  }),
};
