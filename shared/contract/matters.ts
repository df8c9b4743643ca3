import { z } from 'zod';
import { ANY_ROLE } from '../domain/account.js';
import { MatterStatus, MatterType, ReviewResult, ShownStatus } from '../domain/matter.js';
import { method } from './rpc.js';
import { IsoDate, optionalText, requiredText } from './fields.js';

export const Matter = z.object({
  id: z.number().int(),
  serial: z.string(),
  type: MatterType,
  title: z.string(),
  submittingUnit: z.string(),
  township: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  status: MatterStatus,
  reviewerId: z.number().int().nullable(),
  /** The assigned reviewer's and counsel's display names (分办), null when unassigned. */
  reviewerName: z.string().nullable(),
  counselId: z.number().int().nullable(),
  counselName: z.string().nullable(),
  result: ReviewResult.nullable(),
  note: z.string().nullable(),
  /** Set when the matter was voided (作废): it keeps its serial but leaves the queue and the statistics. */
  voided: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
  /** The day the review was signed off (签批通过), null before or after a returned sign-off. */
  signedOffOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Matter = z.infer<typeof Matter>;

export const CreateMatterInput = z.object({
  type: MatterType,
  title: requiredText('标题', 200),
  submittingUnit: requiredText('送审单位', 100),
  township: optionalText('乡镇（街道）', 50),
  contactName: optionalText('联系人', 50),
  contactPhone: optionalText('联系电话', 30),
  receivedOn: IsoDate,
  dueOn: IsoDate.nullish().transform((d) => d ?? null),
  reviewerId: z.number().int().positive().nullish().transform((v) => v ?? null),
  note: optionalText('备注', 2000),
});
export type CreateMatterInput = z.input<typeof CreateMatterInput>;

export const ListMattersInput = z.object({
  type: MatterType.optional(),
  /** Where the matter really is (shownStatus): 已签批待出具 and 作废 included, as the 状态 column shows. */
  status: ShownStatus.optional(),
  query: z.string().trim().max(100).optional(),
  /** Only matters assigned to this account (as reviewer or counsel). */
  assignedTo: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

export const mattersContract = {
  'matters.create': method({ roles: ['reviewer', 'approver', 'liaison'], input: CreateMatterInput, output: Matter, writes: true }),
  'matters.get': method({ roles: ANY_ROLE, matterOf: 'id:matter', input: z.object({ id: z.number().int().positive() }), output: Matter, writes: false }),
  'matters.list': method({ roles: ANY_ROLE,
    input: ListMattersInput,
    output: z.object({ items: z.array(Matter), total: z.number().int() }),
    writes: false,
  }),
};
