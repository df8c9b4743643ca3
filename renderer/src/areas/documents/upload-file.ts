import { ApiError, call } from '../../api/client';
import { MAX_UPLOAD_BYTES, type DocumentRole, type ImportDocumentResult } from '../../../../shared/contract/index';

export type UploadOutcome =
  | { kind: 'imported' | 'duplicate'; fileName: string; result: ImportDocumentResult }
  | { kind: 'refused'; fileName: string; message: string };

/** Largest file the upload methods can carry at all; the server's own (configurable) limit may be lower. */
export const MAX_TRANSPORT_BYTES = MAX_UPLOAD_BYTES;

/** Page progress of a long import (OCR of scans and photos), polled while the import call is pending. */
export interface ImportJob {
  jobId: string;
  onProgress: (progress: { done: number; total: number }) => void;
}

/** Reads one file in the browser and attaches it to the matter; a refusal comes back as the server's message. */
export async function uploadFile(
  matterId: number,
  file: File,
  role: DocumentRole,
  version: number | undefined,
  tooLarge: (name: string) => string,
  job?: ImportJob,
): Promise<UploadOutcome> {
  if (file.size > MAX_TRANSPORT_BYTES) return { kind: 'refused', fileName: file.name, message: tooLarge(file.name) };
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    // Bytes, not base64: they cross IPC by structured clone and HTTP as a multipart part (rpc-wire.ts).
    const content = new Uint8Array(await file.arrayBuffer());
    if (job) {
      timer = setInterval(() => {
        call('documents.importProgress', { jobId: job.jobId }).then(
          (p) => p.running && p.total > 0 && job.onProgress(p),
          () => undefined,
        );
      }, 1000);
    }
    const result = await call('documents.import', { matterId, role, version, fileName: file.name, content, jobId: job?.jobId });
    return { kind: result.duplicate ? 'duplicate' : 'imported', fileName: file.name, result };
  } catch (e) {
    const message = e instanceof ApiError || e instanceof Error ? e.message : String(e);
    return { kind: 'refused', fileName: file.name, message };
  } finally {
    clearInterval(timer);
  }
}

/** Asks the server to stop the OCR of an import in progress (the import then ends refused, nothing stored). */
export function cancelImport(jobId: string): Promise<unknown> {
  return call('documents.cancelImport', { jobId });
}
