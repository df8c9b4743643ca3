import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useMemo, useRef } from 'react';
import type { AnswerStatus, MethodInput, Opinion, Review } from '../../../../shared/contract/index';
import type { LegalBasisEntry } from '../../../../shared/domain/checklist';
import type { ReviewResult } from '../../../../shared/domain/matter';
import { call } from '../../api/client';

export const reviewKey = (matterId: number) => ['review', matterId] as const;

/**
 * The matter's review, or null when it has not been started: opening the tab only reads (issue 20);
 * starting is the reviewer's action (useStartReview).
 */
export function useReview(matterId: number) {
  return useQuery({
    queryKey: reviewKey(matterId),
    queryFn: () => call('review.find', { matterId }),
  });
}

/** 开始审查: starts the review (已登记 → 审查中); the reply fills the cache and the matter's header refreshes. */
export function useStartReview(matterId: number) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: () => call('review.start', { matterId }),
    onSuccess: async (review) => {
      queryClient.setQueryData(reviewKey(matterId), review);
      await queryClient.invalidateQueries({ queryKey: ['matters.get', matterId] });
    },
    onError: (error) => void message.error(error.message),
  });
}

/** The whole legal-basis library (a few hundred entries), for labelling the ids checklist items cite. */
export function useBasisLibrary() {
  const query = useQuery({
    queryKey: ['library.basis.all'],
    queryFn: () => call('library.basis.search', { query: '', limit: 200 }),
    staleTime: 5 * 60_000,
  });
  const byId = useMemo(() => new Map<string, LegalBasisEntry>((query.data ?? []).map((e) => [e.id, e])), [query.data]);
  return { byId, isLoading: query.isLoading };
}

export type OpinionFields = Omit<MethodInput<'opinions.add'>, 'matterId'>;

/** Every change the workspace makes, each showing the server's Chinese message when refused. */
export function useReviewActions(matterId: number) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const key = reviewKey(matterId);
  const onError = (error: Error) => void message.error(error.message);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const refreshMatter = () => queryClient.invalidateQueries({ queryKey: ['matters.get', matterId] });
  // Answers come fast from the keyboard; only the newest reply may replace the cached review.
  const answerSeq = useRef(0);
  // Every change to the review goes to the server in the order the reviewer made it, so a submit
  // typed right after the last answer is judged with that answer in place.
  const scope = { id: `review.${matterId}` };

  const answer = useMutation({
    // One at a time, in the order given: the last reply then holds every answer.
    scope,
    mutationFn: (v: { itemId: string; status: AnswerStatus; note?: string | null; seq: number }) =>
      call('review.answer', { matterId, itemId: v.itemId, status: v.status, note: v.note ?? null }),
    // A refetch started earlier (e.g. after saving an opinion) would land with answers older than this one.
    onMutate: () => queryClient.cancelQueries({ queryKey: key, exact: true }),
    onSuccess: (review, v) => {
      if (v.seq === answerSeq.current) queryClient.setQueryData(key, review);
    },
    onError: (error) => {
      onError(error);
      void refresh();
    },
  });
  const setReview = (review: Review) => queryClient.setQueryData(key, review);
  const conclude = useMutation({
    scope,
    mutationFn: (v: { result: ReviewResult | null; summary: string | null }) => call('review.conclude', { matterId, ...v }),
    onSuccess: (review) => {
      setReview(review);
      void refreshMatter();
    },
    onError,
  });
  const onSignoff = (review: Review) => {
    setReview(review);
    void refreshMatter();
  };
  const submit = useMutation({
    scope,
    mutationFn: (v: { overrideReason?: string }) => call('review.submit', { matterId, ...v }),
    onSuccess: onSignoff,
    onError,
  });
  const approve = useMutation({
    scope,
    mutationFn: (v: { comment?: string }) => call('review.approve', { matterId, ...v }),
    onSuccess: onSignoff,
    onError,
  });
  const sendBack = useMutation({
    scope,
    mutationFn: (v: { comment: string }) => call('review.return', { matterId, ...v }),
    onSuccess: onSignoff,
    onError,
  });

  const saveOpinion = useMutation({
    scope,
    mutationFn: (v: { id?: number; fields: OpinionFields }): Promise<Opinion> =>
      v.id ? call('opinions.update', { id: v.id, ...v.fields }) : call('opinions.add', { matterId, ...v.fields }),
    // An opinion on a checklist item may also mark the item 有问题, so the review is read again.
    onSuccess: () => void refresh(),
    onError,
  });
  const deleteOpinion = useMutation({
    scope,
    mutationFn: (id: number) => call('opinions.delete', { id }),
    onSuccess: () => void refresh(),
    onError,
  });
  const reorder = useMutation({
    scope,
    mutationFn: (order: number[]) => call('opinions.reorder', { matterId, order }),
    onMutate: (order) => {
      queryClient.setQueryData<Review>(key, (old) => (old ? { ...old, opinions: sortByOrder(old.opinions, order) } : old));
    },
    onSuccess: (opinions) => {
      queryClient.setQueryData<Review>(key, (old) => (old ? { ...old, opinions } : old));
    },
    onError: (error) => {
      onError(error);
      void refresh();
    },
  });
  const keepPhrase = useMutation({
    mutationFn: (opinionId: number) => call('library.phrases.addFromOpinion', { opinionId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library.phrases'] }),
    onError,
  });

  return {
    /** Sets an item's status; the note stays as it was unless a new one is given. */
    answer: (itemId: string, status: AnswerStatus, note?: string | null) => {
      const kept = note !== undefined ? note : queryClient.getQueryData<Review>(key)?.answers.find((a) => a.itemId === itemId)?.note;
      // Shown at once, even while earlier answers are still on their way to the server.
      queryClient.setQueryData<Review>(key, (old) => (old ? optimisticAnswer(old, itemId, status, kept ?? null) : old));
      answer.mutate({ itemId, status, note: kept ?? null, seq: ++answerSeq.current });
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

function optimisticAnswer(review: Review, itemId: string, status: AnswerStatus, note: string | null): Review {
  const others = review.answers.filter((a) => a.itemId !== itemId);
  const previous = review.answers.find((a) => a.itemId === itemId);
  const answers = [...others, { itemId, status, note, updatedAt: previous?.updatedAt ?? '', updatedBy: previous?.updatedBy ?? '' }];
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

function sortByOrder(opinions: Opinion[], order: number[]): Opinion[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...opinions].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)).map((o, i) => ({ ...o, position: i + 1 }));
}
