import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useMemo, useRef } from 'react';
import type { AnswerStatus, MethodInput, Review, ReviewChanges } from '../../../../shared/contract/index';
import type { LegalBasisEntry } from '../../../../shared/domain/checklist';
import type { MatterType, ReviewResult } from '../../../../shared/domain/matter';
import { call } from '../../api/client';
import { reviewCache, reviewKeys } from './review-cache';

/*
 * The review workspace's data layer: the only module of the workspace that calls the API. Components
 * get queries and actions from these hooks and never build a key or call the server themselves
 * (tests/renderer/review/data-layer.test.ts checks it). Which cache entries each write changes is
 * written once, in review-cache.ts.
 */

export { reviewKeys };

/** The matter's review, or null before 开始审查: opening the tab only reads (issue 20). */
export function useReview(matterId: number) {
  return useQuery({ queryKey: reviewKeys.review(matterId), queryFn: () => call('review.find', { matterId }) });
}

/** The matter's documents, for the document picker. */
export function useReviewDocuments(matterId: number) {
  return useQuery({ queryKey: reviewKeys.documents(matterId), queryFn: () => call('documents.list', { matterId }) });
}

/** One document's text blocks. */
export function useDocument(documentId: number | null) {
  return useQuery({
    queryKey: reviewKeys.document(documentId),
    queryFn: () => call('documents.get', { id: documentId! }),
    enabled: documentId !== null,
    staleTime: Infinity,
  });
}

/** The findings of one document (all states), as the server stored them for its version. */
export function useFindings(matterId: number, documentId: number | null) {
  return useQuery({
    queryKey: reviewKeys.findings(matterId, documentId),
    queryFn: () => call('findings.list', { documentId: documentId! }),
    enabled: documentId !== null,
  });
}

/** The rule list (the rules never change while the app runs); `enabled` lets a dialog load it when opened. */
export function useRules(enabled = true) {
  return useQuery({ queryKey: reviewKeys.rules(), queryFn: () => call('rules.list', {}), staleTime: Infinity, enabled });
}

/** Rule titles by id. */
export function useRuleTitles() {
  const query = useRules();
  return useMemo(() => new Map((query.data ?? []).map((r) => [r.id, r.title])), [query.data]);
}

/** The whole legal-basis library (a few hundred entries), for labelling the ids checklist items cite. */
export function useBasisLibrary() {
  const query = useQuery({
    queryKey: reviewKeys.basisLibrary(),
    queryFn: () => call('library.basis.search', { query: '', limit: 200 }),
    staleTime: 5 * 60_000,
  });
  const byId = useMemo(() => new Map<string, LegalBasisEntry>((query.data ?? []).map((e) => [e.id, e])), [query.data]);
  return { byId, isLoading: query.isLoading };
}

/** Library entries matching what is typed in a basis field. */
export function useBasisSearch(query: string) {
  return useQuery({
    queryKey: reviewKeys.basisSearch(query),
    queryFn: () => call('library.basis.search', { query, limit: 12 }),
    enabled: query.length > 0,
    staleTime: 60_000,
  });
}

/** 常用审查意见: by search text, else those filed under the matter type and checklist item. */
export function usePhraseSearch(query: string, matterType: MatterType, itemId: string | undefined) {
  return useQuery({
    queryKey: reviewKeys.phraseSearch(query, matterType, itemId),
    queryFn: () => call('library.phrases.search', { query, matterType, itemId, limit: 8 }),
    enabled: Boolean(query || itemId),
    staleTime: 60_000,
  });
}

/** The statute versions the matter's opinions cite (one query per matter, shared by all cards). */
export function useCitedVersions(matterId: number) {
  return useQuery({ queryKey: reviewKeys.citedVersions(matterId), queryFn: () => call('law.citedVersions', { matterId }), staleTime: 60_000 });
}

/** 开始审查 (已登记 → 审查中): the reply carries the new review and the moved matter. */
export function useStartReview(matterId: number) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: () => call('review.start', { matterId }),
    onSuccess: (changes) => reviewCache.apply(queryClient, changes),
    onError: (error) => void message.error(error.message),
  });
}

export type OpinionFields = Omit<MethodInput<'opinions.add'>, 'matterId'>;

/** Every change the workspace makes to the review, each showing the server's Chinese message when refused. */
export function useReviewActions(matterId: number) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const key = reviewKeys.review(matterId);
  const onError = (error: Error) => void message.error(error.message);
  // Answers come fast from the keyboard: replies that arrive while newer answers are on their way are
  // held and put in place together with the newest one (one re-render per burst, the server's records
  // in the end; a later reply for the same item wins).
  const answerSeq = useRef(0);
  const heldAnswers = useRef<ReviewChanges | null>(null);
  // Every change goes to the server in the order the reviewer made it, so a submit typed right after
  // the last answer is judged with that answer in place.
  const scope = { id: `review.${matterId}` };
  const onChanges = (changes: ReviewChanges) => reviewCache.apply(queryClient, changes);

  const answer = useMutation({
    scope,
    mutationFn: (v: { itemId: string; status: AnswerStatus; note: string | null; seq: number }) =>
      call('review.answer', { matterId, itemId: v.itemId, status: v.status, note: v.note }),
    // A read started earlier would land with answers older than this one.
    onMutate: () => queryClient.cancelQueries({ queryKey: key, exact: true }),
    onSuccess: (changes, v) => {
      const held = heldAnswers.current;
      const merged = held ? { ...changes, answers: [...held.answers.filter((a) => !changes.answers.some((c) => c.itemId === a.itemId)), ...changes.answers] } : changes;
      if (v.seq !== answerSeq.current) {
        heldAnswers.current = merged;
        return;
      }
      heldAnswers.current = null;
      onChanges(merged);
    },
    onError: (error) => {
      heldAnswers.current = null;
      onError(error);
      reviewCache.reload(queryClient, matterId);
    },
  });
  const conclude = useMutation({
    scope,
    mutationFn: (v: { result: ReviewResult | null; summary: string | null }) => call('review.conclude', { matterId, ...v }),
    onSuccess: onChanges,
    onError,
  });
  const submit = useMutation({ scope, mutationFn: (v: { overrideReason?: string }) => call('review.submit', { matterId, ...v }), onSuccess: onChanges, onError });
  const approve = useMutation({ scope, mutationFn: (v: { comment?: string }) => call('review.approve', { matterId, ...v }), onSuccess: onChanges, onError });
  const sendBack = useMutation({ scope, mutationFn: (v: { comment: string }) => call('review.return', { matterId, ...v }), onSuccess: onChanges, onError });
  const saveOpinion = useMutation({
    scope,
    mutationFn: (v: { id?: number; fields: OpinionFields }): Promise<ReviewChanges> =>
      v.id ? call('opinions.update', { id: v.id, ...v.fields }) : call('opinions.add', { matterId, ...v.fields }),
    onSuccess: onChanges,
    onError,
  });
  const deleteOpinion = useMutation({ scope, mutationFn: (id: number) => call('opinions.delete', { id }), onSuccess: onChanges, onError });
  const reorder = useMutation({
    scope,
    mutationFn: (order: number[]) => call('opinions.reorder', { matterId, order }),
    onMutate: (order) => reviewCache.reorderSent(queryClient, matterId, order),
    onSuccess: onChanges,
    onError: (error) => {
      onError(error);
      reviewCache.reload(queryClient, matterId);
    },
  });
  const keepPhrase = useMutation({
    mutationFn: (opinionId: number) => call('library.phrases.addFromOpinion', { opinionId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.phrases() }),
    onError,
  });

  return {
    /** Sets an item's status; the note stays as it was unless a new one is given. */
    answer: (itemId: string, status: AnswerStatus, note?: string | null) => {
      const kept = note !== undefined ? note : (queryClient.getQueryData<Review>(key)?.answers.find((a) => a.itemId === itemId)?.note ?? null);
      // Shown at once, even while earlier answers are still on their way to the server.
      reviewCache.answerSent(queryClient, matterId, itemId, status, kept);
      answer.mutate({ itemId, status, note: kept, seq: ++answerSeq.current });
    },
    conclude,
    submit,
    approve,
    sendBack,
    saveOpinion,
    deleteOpinion,
    reorder,
    keepPhrase,
  };
}

export type ReviewActions = ReturnType<typeof useReviewActions>;

/** 采纳 / 不采纳 / 重新检查, each showing the server's Chinese message when refused. */
export function useFindingActions(matterId: number) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const onError = (error: Error) => void message.error(error.message);
  const onChanges = (changes: ReviewChanges) => reviewCache.apply(queryClient, changes);
  // The replies hold the finding, its new opinion and the item it marked: no reload of the review (issue 20).
  const accept = useMutation({
    mutationFn: (v: { id: number; text?: string; checklistItemId?: string | null }) => call('findings.accept', v),
    onSuccess: onChanges,
    onError,
  });
  const dismiss = useMutation({ mutationFn: (v: { id: number; reason: string }) => call('findings.dismiss', v), onSuccess: onChanges, onError });
  const rerun = useMutation({
    mutationFn: (documentId: number) => call('findings.run', { documentId }),
    onSuccess: (findings, documentId) => reviewCache.findingsChecked(queryClient, matterId, documentId, findings),
    onError,
  });
  return { accept, dismiss, rerun };
}

export type FindingActions = ReturnType<typeof useFindingActions>;
