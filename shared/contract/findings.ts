import { z } from 'zod';
import { OFFICE_READ, REVIEW_WRITE } from '../domain/account.js';
import { RuleInfo } from '../domain/finding.js';
import { ReviewChanges } from './review.js';
import { method } from './rpc.js';
import { Id } from './fields.js';
import { StoredFinding } from './stored-finding.js';

export { StoredFinding };

const SeverityCounts = z.object({ must: z.number().int(), should: z.number().int(), hint: z.number().int() });

export const findingsContract = {
  'rules.list': method({ roles: OFFICE_READ, input: z.object({}).strict(), output: z.array(RuleInfo), writes: false }),
  'findings.list': method({ roles: OFFICE_READ,
    input: z.object({ matterId: Id.optional(), documentId: Id.optional() }).refine((v) => v.matterId || v.documentId, {
      error: '须指定事项或文件',
    }),
    output: z.array(StoredFinding),
    writes: false,
  }),
  'findings.run': method({ roles: REVIEW_WRITE, matterOf: 'documentId', input: z.object({ documentId: Id }), output: z.array(StoredFinding), writes: true }),
  'findings.accept': method({ roles: REVIEW_WRITE, matterOf: 'id:finding',
    input: z.object({
      id: Id,
      text: z.string().trim().max(5000).optional(),
      /** The checklist item the finding concerns; without it the best-matching item is linked (or none). */
      checklistItemId: z.string().min(1).max(100).nullish(),
    }),
    /** The finding (accepted), its new opinion, the item it marked 有问题 — and the review and matter if accepting started the review. */
    output: ReviewChanges,
    writes: true,
  }),
  'findings.dismiss': method({ roles: REVIEW_WRITE, matterOf: 'id:finding',
    input: z.object({ id: Id, reason: z.string().trim().min(1, { error: '请填写不采纳的理由' }).max(1000) }),
    /** The finding, dismissed. */
    output: ReviewChanges,
    writes: true,
  }),
  'findings.counts': method({ roles: OFFICE_READ,
    input: z.object({ matterIds: z.array(Id).max(1000) }),
    output: z.array(z.object({ matterId: Id, counts: SeverityCounts })),
    writes: false,
  }),
};
