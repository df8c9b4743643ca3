import type { Role } from '../../../../shared/domain/account';
import { call } from '../../api/client';

/*
 * The queue screen's queries, shared by the screen (QueuePage.tsx) and the entry (early-queries.ts), which
 * asks them as soon as it knows who is signed in: the same keys, so the screen finds the answers waiting.
 */

/** Those who have matters assigned to them; for everyone else (admin, viewer) the queue opens on 全部. */
const ASSIGNED_ROLES: Role[] = ['reviewer', 'approver', 'counsel'];

export type QueueScope = 'mine' | 'all';

/** Which queue someone sees first: their own, or everyone's. */
export function initialQueueScope(roles: readonly Role[]): QueueScope {
  return roles.some((r) => ASSIGNED_ROLES.includes(r)) ? 'mine' : 'all';
}

export const queueQuery = (reviewerId: number | undefined) => ({
  queryKey: ['workflow.queue', reviewerId] as const,
  queryFn: () => call('workflow.queue', { reviewerId }),
});

export const reviewerOptionsQuery = { queryKey: ['ledger.options'] as const, queryFn: () => call('ledger.options', {}) };
