import { z } from 'zod';
import { Finding } from '../domain/finding.js';
import { Id } from './fields.js';

// Apart from findings.ts so the review's write replies (review.ts) can list changed findings without an import cycle.

/** A finding as stored for one document version, with what the reviewer did with it. */
export const StoredFinding = Finding.extend({
  id: Id,
  documentId: Id,
  state: z.enum(['open', 'accepted', 'dismissed']),
  dismissReason: z.string().nullable(),
  opinionId: z.number().int().nullable(),
  checkedAt: z.string(),
});
export type StoredFinding = z.infer<typeof StoredFinding>;
