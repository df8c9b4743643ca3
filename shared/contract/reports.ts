import { z } from 'zod';
import { OutBytes } from './binary.js';
import { OFFICE_READ } from '../domain/account.js';
import { MatterStatus, MatterType, ReviewResult, SEVERITIES, ShownStatus } from '../domain/matter.js';
import { method } from './rpc.js';
import { DeadlineStateName } from './workflow.js';
import { IsoDate } from './fields.js';

/** The ledger (台账), the statistics of any period, the annual-report paragraph and their exports. */

export const LEDGER_SORT_FIELDS = [
  'serial',
  'receivedOn',
  'submittingUnit',
  'township',
  'title',
  'type',
  'reviewer',
  'result',
  'opinionCount',
  'dueOn',
  'closedOn',
  'status',
] as const;
export const LedgerSortField = z.enum(LEDGER_SORT_FIELDS);
export type LedgerSortField = z.infer<typeof LedgerSortField>;

export const LedgerFilter = z
  .object({
    types: z.array(MatterType).max(20).optional(),
    submittingUnit: z.string().trim().max(100).optional(),
    township: z.string().trim().max(50).optional(),
    statuses: z.array(ShownStatus).max(20).optional(),
    reviewerId: z.number().int().positive().optional(),
    /** Received on or after / on or before. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** A conclusion, or 'none' for matters without one yet. */
    result: z.union([ReviewResult, z.literal('none')]).optional(),
    /** Text filter over title, submitting unit and serial (and full text where the search index has it). */
    query: z.string().trim().max(100).optional(),
    sort: LedgerSortField.default('receivedOn'),
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: '起始日期不能晚于截止日期', path: ['to'] });
export type LedgerFilter = z.input<typeof LedgerFilter>;
export type LedgerFilterParsed = z.output<typeof LedgerFilter>;

export const AdoptionCounts = z.object({
  adopted: z.number().int(),
  partlyAdopted: z.number().int(),
  notAdopted: z.number().int(),
  /** Opinions without a recorded adoption yet. */
  pending: z.number().int(),
});
export type AdoptionCounts = z.infer<typeof AdoptionCounts>;

export const LedgerRow = z.object({
  id: z.number().int(),
  serial: z.string(),
  receivedOn: z.string(),
  submittingUnit: z.string(),
  township: z.string().nullable(),
  title: z.string(),
  type: MatterType,
  reviewerName: z.string().nullable(),
  result: ReviewResult.nullable(),
  opinionCount: z.number().int(),
  adoption: AdoptionCounts,
  dueOn: z.string().nullable(),
  opinionIssuedOn: z.string().nullable(),
  /** 意见书文号: the numbers of the opinion letters issued (corrections included), joined by 、. */
  letterNumbers: z.string().nullable(),
  /** 出具日期: the 成文日期 of the first opinion letter (the status date may be later). */
  letterIssuedOn: z.string().nullable(),
  /** 反馈日期: the latest reply received from the submitting unit. */
  feedbackOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  status: MatterStatus,
  deadlineState: DeadlineStateName,
  note: z.string().nullable(),
  /** Voided (作废) matters stay in the ledger, marked, so the serial numbering has no gaps. */
  voided: z.boolean(),
  signedOffOn: z.string().nullable(),
});
export type LedgerRow = z.infer<typeof LedgerRow>;

export const LedgerQueryInput = z.object({
  filter: LedgerFilter.default({ sort: 'receivedOn', order: 'desc' }),
  today: IsoDate.optional(),
  /** Paging (issue 17): rows offset … offset+limit−1 of the sorted, filtered set. Without a limit, every row. */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).optional(),
});

/** The ledger's totals row, over the whole filtered set (not only the page shown). */
export const LedgerSummary = z.object({
  matters: z.number().int(),
  voided: z.number().int(),
  /** Open, not voided, past the due date today. */
  overdue: z.number().int(),
  opinions: z.number().int(),
  adoption: AdoptionCounts,
});
export type LedgerSummary = z.infer<typeof LedgerSummary>;

export const LedgerOptions = z.object({
  units: z.array(z.string()),
  townships: z.array(z.string()),
  reviewers: z.array(z.object({ id: z.number().int(), name: z.string() })),
});

export const ExportFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** The file's bytes (they cross the doors as binary: binary.ts). */
  content: OutBytes,
  rows: z.number().int(),
});
export type ExportFile = z.infer<typeof ExportFile>;

const Count = z.object({ count: z.number().int() });
const Named = Count.extend({ name: z.string() });

export const StatsPeriod = z
  .object({ from: IsoDate, to: IsoDate, today: IsoDate.optional() })
  .refine((p) => p.from <= p.to, { error: '起始日期不能晚于截止日期', path: ['to'] });
export type StatsPeriod = z.input<typeof StatsPeriod>;

export const Statistics = z.object({
  from: z.string(),
  to: z.string(),
  /** How the period is written in Chinese: "2024年" or "2024年1月1日至2024年6月30日". */
  periodZh: z.string(),
  /** Matters received in the period and reviewed (withdrawn ones are counted apart). */
  total: z.number().int(),
  withdrawn: z.number().int(),
  /** Voided matters (作废): registered by mistake, left out of every other figure. */
  voided: z.number().int(),
  village: z.number().int(),
  byType: z.array(Count.extend({ type: MatterType })),
  byUnit: z.array(Named),
  /** Township '' stands for matters with none recorded. */
  byTownship: z.array(Named),
  /** The assigned reviewer's display name; '' stands for matters not assigned to anyone. */
  byReviewer: z.array(Named),
  byMonth: z.array(Count.extend({ month: z.string() })),
  byStatus: z.array(Count.extend({ status: MatterStatus })),
  byResult: z.array(Count.extend({ result: ReviewResult.nullable() })),
  opinions: z.object({ total: z.number().int(), bySeverity: z.array(Count.extend({ severity: z.enum(SEVERITIES) })) }),
  adoption: AdoptionCounts.extend({
    /** (采纳 + 部分采纳) / opinions with a recorded adoption; null when none is recorded. */
    rate: z.number().nullable(),
  }),
  turnaround: z.object({
    /** Matters whose opinion has been issued. */
    completed: z.number().int(),
    /** Mean working days on the clock from receipt to the opinion (退回补正 pauses excluded). */
    averageWorkingDays: z.number().nullable(),
    /** Completed after their due date. */
    overdue: z.number().int(),
    /** Still open and past the due date today. */
    openOverdue: z.number().int(),
  }),
  paragraph: z.string(),
});
export type Statistics = z.infer<typeof Statistics>;

export const reportsContract = {
  'ledger.query': method({ roles: OFFICE_READ,
    input: LedgerQueryInput,
    output: z.object({
      rows: z.array(LedgerRow),
      /** Rows in the whole filtered set; `rows` holds those from `offset` on. */
      total: z.number().int(),
      offset: z.number().int(),
      summary: LedgerSummary,
      elapsedMs: z.number(),
    }),
    writes: false,
  }),
  'ledger.options': method({ roles: OFFICE_READ, input: z.object({}).strict(), output: LedgerOptions, writes: false }),
  'ledger.export': method({ roles: OFFICE_READ,
    input: z.object({ filter: LedgerFilter.default({ sort: 'receivedOn', order: 'desc' }), format: z.enum(['xlsx', 'csv']) }),
    output: ExportFile,
    writes: false,
  }),
  'stats.get': method({ roles: OFFICE_READ, input: StatsPeriod, output: Statistics, writes: false }),
  'stats.export': method({ roles: OFFICE_READ,
    input: z.object({ period: StatsPeriod, format: z.enum(['docx', 'xlsx']) }),
    output: ExportFile,
    writes: false,
  }),
};
