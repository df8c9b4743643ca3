import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useMemo } from 'react';
import type { Opinion, StoredFinding } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { reviewKey } from './review-queries';

/**
 * Nested under the review's key on purpose: every refresh of the review (an opinion saved or
 * deleted) also refreshes the findings, whose state and opinion links depend on it.
 */
export const findingsKey = (matterId: number, documentId: number | null) => [...reviewKey(matterId), 'findings', documentId] as const;

/** The findings of one document (all states), as the server stored them for its version. */
export function useFindings(matterId: number, documentId: number | null) {
  return useQuery({
    queryKey: findingsKey(matterId, documentId),
    queryFn: () => call('findings.list', { documentId: documentId! }),
    enabled: documentId !== null,
  });
}

/** Rule titles by id (the rules never change while the app runs). */
export function useRuleTitles() {
  const query = useQuery({ queryKey: ['rules.list'], queryFn: () => call('rules.list', {}), staleTime: Infinity });
  return useMemo(() => new Map((query.data ?? []).map((r) => [r.id, r.title])), [query.data]);
}

/** 采纳 / 不采纳 / 重新检查, each showing the server's Chinese message when refused. */
export function useFindingActions(matterId: number, documentId: number | null) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const key = findingsKey(matterId, documentId);
  const onError = (error: Error) => void message.error(error.message);
  const replace = (finding: StoredFinding) =>
    queryClient.setQueryData<StoredFinding[]>(key, (old) => old?.map((f) => (f.id === finding.id ? finding : f)));
  // The matter list shows open findings per severity.
  const refreshCounts = () => void queryClient.invalidateQueries({ queryKey: ['findings.counts'] });

  const accept = useMutation({
    mutationFn: (v: { id: number; text?: string }): Promise<{ finding: StoredFinding; opinion: Opinion }> => call('findings.accept', v),
    onSuccess: ({ finding }) => {
      replace(finding);
      refreshCounts();
      // The new opinion shows in the opinions panel and as a highlight once the review reloads.
      void queryClient.invalidateQueries({ queryKey: reviewKey(matterId) });
    },
    onError,
  });
  const dismiss = useMutation({
    mutationFn: (v: { id: number; reason: string }) => call('findings.dismiss', v),
    onSuccess: (finding) => {
      replace(finding);
      refreshCounts();
    },
    onError,
  });
  const rerun = useMutation({
    mutationFn: (id: number) => call('findings.run', { documentId: id }),
    onSuccess: (findings, id) => {
      queryClient.setQueryData(findingsKey(matterId, id), findings);
      refreshCounts();
    },
    onError,
  });
  return { accept, dismiss, rerun };
}

export type FindingActions = ReturnType<typeof useFindingActions>;
