import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { LetterRequest } from '../../../../shared/contract/letters';
import { call } from '../../api/client';

/** Query keys of this area, so an issue refreshes exactly what it changes. */
export const letterKeys = {
  office: ['office.get'] as const,
  list: (matterId: number) => ['letters.list', matterId] as const,
  preview: (request: LetterRequest) => ['letters.preview', request] as const,
};

export function useOfficeSettings() {
  return useQuery({ queryKey: letterKeys.office, queryFn: () => call('office.get', {}) });
}

export function useLetterList(matterId: number) {
  return useQuery({ queryKey: letterKeys.list(matterId), queryFn: () => call('letters.list', { matterId }) });
}

/** A string that follows `value` once it has stopped changing for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The live draft preview; typing is debounced and the last page stays on screen while the next renders.
 * `current` says the result belongs to exactly this request, so its problems may gate issuing.
 */
export function useLetterPreview(request: LetterRequest, enabled = true) {
  // Compared as JSON: the request object is rebuilt on every render, its content is not.
  const json = JSON.stringify(request);
  const settledJson = useSettled(json, 300);
  const settled = useMemo(() => JSON.parse(settledJson) as LetterRequest, [settledJson]);
  const query = useQuery({
    queryKey: letterKeys.preview(settled),
    queryFn: () => call('letters.preview', settled),
    enabled,
    placeholderData: keepPreviousData,
  });
  const current = settledJson === json && query.isSuccess && !query.isPlaceholderData && !query.isFetching;
  return { query, current };
}

export function useIssueLetter(matterId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: LetterRequest) => call('letters.issue', request),
    onSuccess: async (reply) => {
      // Issuing moves the matter's status (the reply carries the matter) and adds to its letters and summary.
      client.setQueryData(['matters.get', matterId], reply.matter);
      await Promise.all([
        client.invalidateQueries({ queryKey: letterKeys.list(matterId) }),
        client.invalidateQueries({ queryKey: ['letters.preview'] }),
      ]);
    },
  });
}
