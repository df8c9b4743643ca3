import { z } from 'zod';
import { OutBytes } from './binary.js';
import { CASE_WRITE, OFFICE_READ } from '../domain/account.js';
import { MatterStatus } from '../domain/matter.js';
import { method } from './rpc.js';
import { Id, optionalText } from './fields.js';

/** Batch work on matters selected in a list (issue 16): all or nothing, each matter checked as if alone. */

const MatterIds = z.array(Id).min(1, '请至少选择一件事项').max(200, '一次最多处理 200 件事项');

export const BatchResult = z.object({ count: z.number().int() });

const FileOut = z.object({ fileName: z.string(), content: OutBytes, files: z.number().int() });

export const batchContract = {
  'batch.assign': method({
    roles: CASE_WRITE,
    input: z.object({ matterIds: MatterIds, reviewerId: Id.nullable(), counselId: Id.nullable().default(null), reason: optionalText('分办理由', 500) }),
    output: BatchResult,
    writes: true,
  }),
  /** Moves every selected matter to one status with one reason. */
  'batch.move': method({
    roles: CASE_WRITE,
    input: z.object({ matterIds: MatterIds, to: MatterStatus, reason: optionalText('原因', 1000) }),
    output: BatchResult,
    writes: true,
  }),
  /** The issued letters, or the 审查登记表, of the selected matters as one ZIP. */
  'batch.export': method({
    roles: OFFICE_READ,
    input: z.object({ matterIds: MatterIds, what: z.enum(['letters', 'summary-sheets']) }),
    output: FileOut,
    writes: false,
  }),
  /** The 审查登记表 of the selected matters as one HTML to print, a page each. */
  'batch.printable': method({
    roles: OFFICE_READ,
    input: z.object({ matterIds: MatterIds }),
    output: z.object({ title: z.string(), html: z.string() }),
    writes: false,
  }),
};
