import type { MatterStatus } from './matter.js';

// Kept apart from matter.ts (its zod schemas) so status labels on the first screen need no schema library (issue 17).

/**
 * Where a matter really is, for status columns: the flow status, except that a voided matter shows
 * 作废 and a signed-off matter still waiting for its letter shows 已签批待出具 rather than 待签批.
 */
export const SHOWN_STATUSES = [
  'registered',
  'in-review',
  'awaiting-signoff',
  'signed-off',
  'opinion-issued',
  'awaiting-feedback',
  'closed',
  'returned',
  'withdrawn',
  'voided',
] as const satisfies readonly (MatterStatus | 'signed-off' | 'voided')[];
export type ShownStatus = (typeof SHOWN_STATUSES)[number];
export function shownStatus(m: { status: MatterStatus; voided: unknown; signedOffOn: string | null }): ShownStatus {
  if (m.voided) return 'voided';
  if (m.status === 'awaiting-signoff' && m.signedOffOn !== null) return 'signed-off';
  return m.status;
}
