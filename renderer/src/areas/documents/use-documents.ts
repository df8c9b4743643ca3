import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Query keys of this area, so imports can refresh exactly what they change. */
export const documentKeys = {
  list: (matterId: number) => ['documents.list', matterId] as const,
  get: (id: number) => ['documents.get', id] as const,
  compare: (a: number, b: number) => ['documents.compare', a, b] as const,
};

export function useDocumentList(matterId: number) {
  return useQuery({ queryKey: documentKeys.list(matterId), queryFn: () => call('documents.list', { matterId }) });
}

export function useDocument(id: number) {
  return useQuery({ queryKey: documentKeys.get(id), queryFn: () => call('documents.get', { id }) });
}
