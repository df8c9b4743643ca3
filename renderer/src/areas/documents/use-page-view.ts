import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { documentKeys } from './use-documents';

/** Query keys of the OCR text versions and page pictures (issue 15). */
export const pageViewKeys = {
  versions: (documentId: number) => ['documents.textVersions', documentId] as const,
  pageImage: (documentId: number, page: number) => ['documents.pageImage', documentId, page] as const,
  pdf: (documentId: number) => ['documents.pdfView', documentId] as const,
};

export function useTextVersions(documentId: number, enabled: boolean) {
  return useQuery({ queryKey: pageViewKeys.versions(documentId), queryFn: () => call('documents.textVersions', { documentId }), enabled });
}

/**
 * One page of a scan or photo as a JPEG object URL: the bytes arrive as bytes (multipart), not base64
 * (issue 15). The original never changes, so it is cached for good.
 */
export function usePageImage(documentId: number, page: number, enabled: boolean) {
  return useQuery({
    queryKey: pageViewKeys.pageImage(documentId, page),
    queryFn: async () => {
      const image = await call('documents.pageImage', { id: documentId, page });
      const { content, ...rest } = image;
      return { ...rest, url: URL.createObjectURL(new Blob([content as Uint8Array<ArrayBuffer>], { type: image.mediaType })) };
    },
    enabled,
    staleTime: Infinity,
  });
}

export function usePdfBytes(documentId: number, enabled: boolean) {
  return useQuery({
    queryKey: pageViewKeys.pdf(documentId),
    queryFn: async () => (await call('documents.pdfView', { id: documentId })).content,
    enabled,
    staleTime: Infinity,
  });
}

/**
 * Saves a correction as the next text version. It changes the text (reading view, review pane),
 * the findings and anchors of the review, and what search finds, so those are refreshed.
 */
export function useCorrectText(documentId: number, matterId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { baseVersion: number; index: number; text: string; note: string | null }) =>
      call('documents.correctText', { documentId, baseVersion: input.baseVersion, edits: [{ index: input.index, text: input.text }], note: input.note }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: documentKeys.get(documentId) }),
        queryClient.invalidateQueries({ queryKey: documentKeys.list(matterId) }),
        queryClient.invalidateQueries({ queryKey: pageViewKeys.versions(documentId) }),
        queryClient.invalidateQueries({ queryKey: ['review.document', documentId] }),
        queryClient.invalidateQueries({ queryKey: ['review', matterId] }),
        queryClient.invalidateQueries({ queryKey: ['search.query'] }),
      ]);
    },
  });
}
