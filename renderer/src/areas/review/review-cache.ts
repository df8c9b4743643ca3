import type { QueryClient } from '@tanstack/react-query';
// Imports carry .js: tests/renderer type-check this module under NodeNext too (Vite maps .js to .ts).
import type { AnswerStatus, Opinion, Review, ReviewChanges, StoredFinding } from '../../../../shared/contract/index.js';

/*
 * The review workspace's cache: every query key it uses and what each write changes in it. Every
 * review write replies with the records it changed (ReviewChanges, shared/contract/review.ts); one
 * function puts them into the cache instead of reloading the whole review (issue 20). Plain
 * functions over a QueryClient, so tests drive them with the real server's replies
 * (tests/renderer/review/). Only review-data.ts (the hooks) and tests import this module.
 */

export const reviewKeys = {
  /** The matter's review (null before 开始审查); everything below is nested under it. */
  review: (matterId: number) => ['review', matterId] as const,
  documents: (matterId: number) => ['review', matterId, 'documents'] as const,
  findingsOfMatter: (matterId: number) => ['review', matterId, 'findings'] as const,
  findings: (matterId: number, documentId: number | null) => ['review', matterId, 'findings', documentId] as const,
  citedVersions: (matterId: number) => ['review', matterId, 'law.citedVersions'] as const,
  /** A document's text never changes (a new version is a new document), so it is cached by id alone. */
  document: (documentId: number | null) => ['review.document', documentId] as const,
  rules: () => ['rules.list'] as const,
  basisLibrary: () => ['library.basis.all'] as const,
  basisSearch: (query: string) => ['library.basis.search', query] as const,
  /** Prefix shared with the phrase library page, which must refresh when an opinion is kept as a phrase. */
  phrases: () => ['library.phrases'] as const,
  phraseSearch: (query: string, matterType: string, itemId: string | undefined) => ['library.phrases', query, matterType, itemId] as const,
  /** Owned by the matter page (its header shows the status a review action moves). */
  matter: (matterId: number) => ['matters.get', matterId] as const,
  /** Owned by the matter list (open findings per severity). */
  findingCounts: () => ['findings.counts'] as const,
};

/** The review's records in the order review.get lists them (opinions by position, then id). */
const byPosition = (a: Opinion, b: Opinion) => a.position - b.position || a.id - b.id;

/** Replaces records by key where cached and adds the new ones at the end. */
function upsert<T>(list: readonly T[], changed: readonly T[], key: (t: T) => string | number): T[] {
  const byKey = new Map(changed.map((t) => [key(t), t]));
  const out = list.map((t) => byKey.get(key(t)) ?? t);
  const present = new Set(list.map(key));
  return [...out, ...changed.filter((t) => !present.has(key(t)))];
}

/**
 * A write's reply applied to the cached review: the records it lists replace the cached ones, and
 * nothing else is inferred (issue 20: the server says what changed; no client copy of its rules).
 * A review not cached yet is built from a reply that carries the checklist (开始审查).
 */
export function withChanges(review: Review | null | undefined, changes: ReviewChanges): Review | null | undefined {
  if (!changes.review) return review;
  const base = review ?? (changes.template ? { template: changes.template, answers: [], opinions: [] } : null);
  if (!base) return review;
  const deleted = new Set(changes.deletedOpinionIds);
  const opinions = upsert(base.opinions, changes.opinions, (o) => o.id).filter((o) => !deleted.has(o.id));
  return {
    ...changes.review,
    template: changes.template ?? base.template,
    answers: upsert(base.answers, changes.answers, (a) => a.itemId),
    opinions: opinions.sort(byPosition),
  };
}

/**
 * An answer shown at once, while it is on its way to the server. The 已完成 count follows the keys at
 * once (answers go to the server one after another, so the newest reply can be seconds behind a fast
 * keyboard on a slow PC); everything else of the progress — which required items are open — and the
 * answer's time wait for the reply, which replaces them.
 */
export function optimisticAnswer(review: Review, itemId: string, status: AnswerStatus, note: string | null): Review {
  const previous = review.answers.find((a) => a.itemId === itemId);
  const answer = { itemId, status, note, updatedAt: previous?.updatedAt ?? '', updatedBy: previous?.updatedBy ?? '' };
  const answers = upsert(review.answers, [answer], (a) => a.itemId);
  const shown = new Set(answers.map((a) => a.itemId));
  const answered = review.template.items.filter((i) => shown.has(i.id)).length;
  return { ...review, answers, progress: { ...review.progress, answered } };
}

/** The reviewer's new order shown at once (the reply brings the stored positions). */
export function sortByOrder(opinions: Opinion[], order: number[]): Opinion[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...opinions].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)).map((o, i) => ({ ...o, position: i + 1 }));
}

/** Cache updates: one for every write's reply, and the two optimistic ones. */
export const reviewCache = {
  /**
   * Puts a write's reply in the cache: the review's records, the findings it changed, the matter when
   * it moved. What the reply cannot carry is read again: the opinions' cited versions and the
   * matter list's open-finding counts.
   */
  apply(qc: QueryClient, changes: ReviewChanges) {
    const { matterId } = changes;
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => withChanges(old, changes));
    for (const finding of changes.findings) {
      qc.setQueryData<StoredFinding[]>(reviewKeys.findings(matterId, finding.documentId), (list) => list && upsert(list, [finding], (f) => f.id));
    }
    if (changes.matter) qc.setQueryData(reviewKeys.matter(matterId), changes.matter);
    if (changes.findings.length > 0) void qc.invalidateQueries({ queryKey: reviewKeys.findingCounts() });
    if (changes.opinions.length > 0 || changes.deletedOpinionIds.length > 0) {
      void qc.invalidateQueries({ queryKey: reviewKeys.citedVersions(matterId), exact: true });
    }
  },
  answerSent(qc: QueryClient, matterId: number, itemId: string, status: AnswerStatus, note: string | null) {
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => (old ? optimisticAnswer(old, itemId, status, note) : old));
  },
  reorderSent(qc: QueryClient, matterId: number, order: number[]) {
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => (old ? { ...old, opinions: sortByOrder(old.opinions, order) } : old));
  },
  /** 重新检查 replaces the document's findings: the reply is the whole list findings.list returns. */
  findingsChecked(qc: QueryClient, matterId: number, documentId: number, findings: StoredFinding[]) {
    qc.setQueryData(reviewKeys.findings(matterId, documentId), findings);
    void qc.invalidateQueries({ queryKey: reviewKeys.findingCounts() });
  },
  /** After a refused write: read the review again so the screen shows what the server has. */
  reload(qc: QueryClient, matterId: number) {
    void qc.invalidateQueries({ queryKey: reviewKeys.review(matterId), exact: true });
  },
};
