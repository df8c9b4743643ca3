import type Database from 'better-sqlite3';
import type { ReviewChanges } from '../../../shared/contract/review.js';
import { getFinding } from '../findings/finding-rows.js';
import { getMatter } from '../matters/matter-service.js';
import { prepared } from '../store/statements.js';
import { getOpinion } from './opinion-rows.js';
import { readReviewHead } from './review-service.js';

/*
 * The reply of every review write (issue 20: writes return what they changed). Services say which
 * records they wrote; this reads those records back exactly as the read methods return them, so the
 * workspace's cache can put them in place without re-applying any rule of the core.
 */

/** What a write touched, by key. */
export interface Changed {
  /** The review's own fields (state, conclusion, sign-offs, progress). */
  review?: boolean;
  /** The write started the review: the reply carries the checklist (and the whole review's records). */
  started?: boolean;
  answers?: readonly string[];
  opinions?: readonly number[];
  deletedOpinionIds?: readonly number[];
  findings?: readonly number[];
  matter?: boolean;
}

/** What a write that started the review and then wrote more (accepting a finding first) touched in all. */
export function bothChanged(a: Changed, b: Changed): Changed {
  return {
    review: a.review || b.review,
    started: a.started || b.started,
    answers: [...(a.answers ?? []), ...(b.answers ?? [])],
    opinions: [...(a.opinions ?? []), ...(b.opinions ?? [])],
    deletedOpinionIds: [...(a.deletedOpinionIds ?? []), ...(b.deletedOpinionIds ?? [])],
    findings: [...(a.findings ?? []), ...(b.findings ?? [])],
    matter: a.matter || b.matter,
  };
}

const unique = <T>(list: readonly T[] | undefined): T[] => [...new Set(list ?? [])];

/** Reads back what a write changed (after its transaction committed). */
export function reviewChanges(db: Database.Database, matterId: number, changed: Changed): ReviewChanges {
  const started = Boolean(changed.started);
  const touchesReview =
    started || changed.review || Boolean(changed.answers?.length || changed.opinions?.length || changed.deletedOpinionIds?.length);
  const hasReview = Boolean(prepared(db, 'SELECT 1 FROM reviews WHERE matter_id = ?').get(matterId));
  const head = touchesReview && hasReview ? readReviewHead(db, matterId) : null;
  const wanted = new Set(changed.answers ?? []);
  const { template, answers, ...review } = head ?? { template: null, answers: [] };
  // A review just started has every record new (none on a first start; all of them when started twice).
  const opinionIds = started
    ? (prepared(db, 'SELECT id FROM opinions WHERE matter_id = ? ORDER BY position, id').all(matterId) as { id: number }[]).map((r) => r.id)
    : unique(changed.opinions);
  return {
    matterId,
    review: head ? (review as ReviewChanges['review']) : null,
    template: started ? template : null,
    answers: started ? answers : answers.filter((a) => wanted.has(a.itemId)),
    opinions: opinionIds.map((id) => getOpinion(db, id)),
    deletedOpinionIds: unique(changed.deletedOpinionIds),
    findings: unique(changed.findings).map((id) => getFinding(db, id)),
    matter: changed.matter || started ? getMatter(db, matterId) : null,
  };
}
