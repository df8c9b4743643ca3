import { z } from 'zod';
import { ANY_ROLE, CASE_WRITE, OFFICE_READ } from '../domain/account.js';
import { CORRECTABLE_FIELDS, MatterType } from '../domain/matter.js';
import { method } from './rpc.js';
import { Id, IsoDate, optionalText, requiredText } from './fields.js';
import { Matter } from './matters.js';

/*
 * Correcting registered matters (issue 20): edit any registered field with a recorded reason, void a
 * matter registered by mistake, complete the fields batch import left open, and find a matter by what
 * people see (serial or title) for link fields.
 */

const reason = requiredText('更正原因', 500);

/** The fields a correction may change; a field left out stays as it is. */
export const MatterChanges = z
  .object({
    type: MatterType.optional(),
    title: requiredText('标题', 200).optional(),
    submittingUnit: requiredText('送审单位', 100).optional(),
    township: optionalText('乡镇（街道）', 50).optional(),
    contactName: optionalText('联系人', 50).optional(),
    contactPhone: optionalText('联系电话', 30).optional(),
    receivedOn: IsoDate.optional(),
    dueOn: IsoDate.nullable().optional(),
    note: optionalText('备注', 2000).optional(),
  })
  .strict();
export type MatterChanges = z.input<typeof MatterChanges>;

export const UpdateMatterInput = z.object({ id: Id, changes: MatterChanges, reason });

export const VoidMatterInput = z.object({ id: Id, reason: requiredText('作废原因', 500) });

export const MatterCorrection = z.object({
  id: z.number().int(),
  matterId: z.number().int(),
  field: z.enum([...CORRECTABLE_FIELDS, 'voided']),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string(),
  actor: z.string(),
  actorName: z.string(),
  at: z.string(),
});
export type MatterCorrection = z.infer<typeof MatterCorrection>;

/** The fields batch import leaves for later, by name. */
export const MissingField = z.enum(['submittingUnit', 'township']);
export type MissingField = z.infer<typeof MissingField>;

export const IncompleteMatter = z.object({ matter: Matter, missing: z.array(MissingField) });

/** Bulk edit of the fields that are the same for many imported matters. */
export const BulkUpdateInput = z.object({
  ids: z.array(Id).min(1, { error: '请先选择要修改的事项' }).max(500),
  changes: z
    .object({
      type: MatterType.optional(),
      submittingUnit: requiredText('送审单位', 100).optional(),
      township: optionalText('乡镇（街道）', 50).optional(),
    })
    .strict()
    .refine((c) => Object.keys(c).length > 0, { error: '请至少填写一项要修改的内容' }),
  reason,
});

export const MatterRef = z.object({ id: z.number().int(), serial: z.string(), title: z.string(), voided: z.boolean() });
export type MatterRef = z.infer<typeof MatterRef>;

export const matterRecordsContract = {
  'matters.update': method({ roles: CASE_WRITE, matterOf: 'id:matter', input: UpdateMatterInput, output: Matter, writes: true }),
  'matters.void': method({ roles: CASE_WRITE, matterOf: 'id:matter', input: VoidMatterInput, output: Matter, writes: true }),
  'matters.corrections': method({
    roles: ANY_ROLE,
    matterOf: 'matterId',
    input: z.object({ matterId: Id }),
    output: z.array(MatterCorrection),
    writes: false,
  }),
  'matters.incomplete': method({
    roles: OFFICE_READ,
    input: z.object({}).default({}),
    output: z.object({ items: z.array(IncompleteMatter), total: z.number().int() }),
    writes: false,
  }),
  'matters.bulkUpdate': method({ roles: CASE_WRITE, input: BulkUpdateInput, output: z.object({ updated: z.number().int() }), writes: true }),
  'matters.lookup': method({
    roles: OFFICE_READ,
    input: z.object({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(50).default(20) }),
    output: z.array(MatterRef),
    writes: false,
  }),
};
