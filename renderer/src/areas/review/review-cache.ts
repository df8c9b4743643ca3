import type { QueryClient } from '@tanstack/react-query';
// Imports carry .js: tests/renderer type-check this module under NodeNext too (Vite maps .js to .ts).
import type { AnswerStatus, Opinion, Review, StoredFinding } from '../../../../shared/contract/index.js';
import { problemItemOf } from '../../../../shared/domain/checklist-link.js';

/*
 * The review workspace's cache: every query key it uses and what each write changes in it. Writes
 * return what they changed (the review, the opinion, the finding); these functions put that reply
 * into the cache instead of reloading the whole review (issue 20). Plain functions over a
 * QueryClient, so tests drive them with the real server's replies (tests/renderer/review/).
 * Only review-data.ts (the hooks) and tests import this module.
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

/** Answers and the progress figures that follow from them, as readReview computes them. */
function withAnswers(review: Review, answers: Review['answers']): Review {
  const answered = new Set(answers.map((a) => a.itemId));
  const items = review.template.items;
  return {
    ...review,
    answers,
    progress: {
      total: items.length,
      answered: items.filter((i) => answered.has(i.id)).length,
      requiredOpen: items.filter((i) => i.required && !answered.has(i.id)).map((i) => i.id),
    },
  };
}

/** An answer shown at once, while it is on its way to the server. */
export function optimisticAnswer(review: Review, itemId: string, status: AnswerStatus, note: string | null): Review {
  const previous = review.answers.find((a) => a.itemId === itemId);
  const others = review.answers.filter((a) => a.itemId !== itemId);
  return withAnswers(review, [...others, { itemId, status, note, updatedAt: previous?.updatedAt ?? '', updatedBy: previous?.updatedBy ?? '' }]);
}

/** The item an opinion marks 有问题, applied as the core applies it (same rule: problemItemOf). */
function markProblem(review: Review, itemId: string | null, at: string, actor: string): Review {
  if (!itemId) return review;
  const previous = review.answers.find((a) => a.itemId === itemId);
  if (previous?.status === 'problem') return review;
  const others = review.answers.filter((a) => a.itemId !== itemId);
  return withAnswers(review, [...others, { itemId, status: 'problem', note: previous?.note ?? null, updatedAt: at, updatedBy: actor }]);
}

const byPosition = (a: Opinion, b: Opinion) => a.position - b.position || a.id - b.id;

/** A saved opinion (new or edited) in the cached review, with the item it marks. */
export function opinionSaved(review: Review, opinion: Opinion, actor: string, source: 'editor' | 'finding' = 'editor'): Review {
  const opinions = [...review.opinions.filter((o) => o.id !== opinion.id), opinion].sort(byPosition);
  return markProblem({ ...review, opinions }, problemItemOf(opinion, source), opinion.updatedAt, actor);
}

export function sortByOrder(opinions: Opinion[], order: number[]): Opinion[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...opinions].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)).map((o, i) => ({ ...o, position: i + 1 }));
}

/** Cache updates, one per write; each says what else it refreshes. */
export const reviewCache = {
  putReview(qc: QueryClient, matterId: number, review: Review) {
    qc.setQueryData(reviewKeys.review(matterId), review);
  },
  answerSent(qc: QueryClient, matterId: number, itemId: string, status: AnswerStatus, note: string | null) {
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => (old ? optimisticAnswer(old, itemId, status, note) : old));
  },
  opinionSaved(qc: QueryClient, matterId: number, opinion: Opinion, actor: string) {
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => (old ? opinionSaved(old, opinion, actor) : old));
    // Saving re-records what the opinion cites.
    void qc.invalidateQueries({ queryKey: reviewKeys.citedVersions(matterId), exact: true });
  },
  /** A deleted opinion's finding (if it came from one) is open again, as the core reopens it. */
  opinionDeleted(qc: QueryClient, matterId: number, opinionId: number) {
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => (old ? { ...old, opinions: old.opinions.filter((o) => o.id !== opinionId) } : old));
    let reopened = false;
    qc.setQueriesData<StoredFinding[]>({ queryKey: reviewKeys.findingsOfMatter(matterId) }, (list) =>
      list?.map((f) => {
        if (f.opinionId !== opinionId) return f;
        reopened = true;
        return { ...f, state: 'open' as const, opinionId: null };
      }),
    );
    if (reopened) void qc.invalidateQueries({ queryKey: reviewKeys.findingCounts() });
    void qc.invalidateQueries({ queryKey: reviewKeys.citedVersions(matterId), exact: true });
  },
  opinionsOrdered(qc: QueryClient, matterId: number, opinions: Opinion[]) {
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => (old ? { ...old, opinions } : old));
  },
  reorderSent(qc: QueryClient, matterId: number, order: number[]) {
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => (old ? { ...old, opinions: sortByOrder(old.opinions, order) } : old));
  },
  findingChanged(qc: QueryClient, matterId: number, finding: StoredFinding) {
    qc.setQueryData<StoredFinding[]>(reviewKeys.findings(matterId, finding.documentId), (old) => old?.map((f) => (f.id === finding.id ? finding : f)));
    void qc.invalidateQueries({ queryKey: reviewKeys.findingCounts() });
  },
  /** 采纳: the reply holds the finding and its new opinion; the opinion's item is marked as the core marks it. */
  findingAccepted(qc: QueryClient, matterId: number, reply: { finding: StoredFinding; opinion: Opinion }, actor: string) {
    reviewCache.findingChanged(qc, matterId, reply.finding);
    qc.setQueryData<Review | null>(reviewKeys.review(matterId), (old) => (old ? opinionSaved(old, reply.opinion, actor, 'finding') : old));
    void qc.invalidateQueries({ queryKey: reviewKeys.citedVersions(matterId), exact: true });
  },
  findingsChecked(qc: QueryClient, matterId: number, documentId: number, findings: StoredFinding[]) {
    qc.setQueryData(reviewKeys.findings(matterId, documentId), findings);
    void qc.invalidateQueries({ queryKey: reviewKeys.findingCounts() });
  },
  /** The review's status moves the matter's (start, submit, return, and approve's 已签批待出具). */
  matterMoved(qc: QueryClient, matterId: number) {
    void qc.invalidateQueries({ queryKey: reviewKeys.matter(matterId) });
  },
  /** After a refused write: read the review again so the screen shows what the server has. */
  reload(qc: QueryClient, matterId: number) {
    void qc.invalidateQueries({ queryKey: reviewKeys.review(matterId), exact: true });
  },
};
