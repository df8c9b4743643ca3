import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Matter, MethodInput } from '../../../../shared/contract/index';
import { call } from '../../api/client';

/*
 * The data layer of matter corrections: one place makes the query keys, and each write says what it
 * changed — the reply (the corrected matter) goes straight into the cache, and the lists and the
 * correction history that show it are refreshed.
 */

export const recordKeys = {
  matter: (id: number) => ['matters.get', id] as const,
  corrections: (id: number) => ['matters.corrections', id] as const,
  incomplete: ['matters.incomplete'] as const,
  lists: [['matters.list'], ['ledger.query'], ['workflow.queue'], ['matters.incomplete']] as const,
};

export function useCorrections(matterId: number) {
  return useQuery({ queryKey: recordKeys.corrections(matterId), queryFn: () => call('matters.corrections', { matterId }) });
}

export function useIncomplete() {
  return useQuery({ queryKey: recordKeys.incomplete, queryFn: () => call('matters.incomplete', {}) });
}

function useRefreshAfter() {
  const queryClient = useQueryClient();
  return async (matter?: Matter) => {
    if (matter) {
      queryClient.setQueryData(recordKeys.matter(matter.id), matter);
      await queryClient.invalidateQueries({ queryKey: recordKeys.corrections(matter.id) });
    }
    await Promise.all(recordKeys.lists.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
}

export function useUpdateMatter() {
  const refresh = useRefreshAfter();
  return useMutation({ mutationFn: (input: MethodInput<'matters.update'>) => call('matters.update', input), onSuccess: (m) => refresh(m) });
}

export function useVoidMatter() {
  const refresh = useRefreshAfter();
  return useMutation({ mutationFn: (input: MethodInput<'matters.void'>) => call('matters.void', input), onSuccess: (m) => refresh(m) });
}

export function useBulkUpdate() {
  const queryClient = useQueryClient();
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: MethodInput<'matters.bulkUpdate'>) => call('matters.bulkUpdate', input),
    onSuccess: async (_result, input) => {
      for (const id of input.ids) await queryClient.invalidateQueries({ queryKey: recordKeys.matter(id) });
      await refresh();
    },
  });
}
