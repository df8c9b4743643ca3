import { ApiError, call } from '../../api/client';
import { MAX_UPLOAD_BASE64_CHARS, type DocumentRole, type ImportDocumentResult } from '../../../../shared/contract/index';
import { fileToBase64 } from '../../api/base64';

export type UploadOutcome =
  | { kind: 'imported' | 'duplicate'; fileName: string; result: ImportDocumentResult }
  | { kind: 'refused'; fileName: string; message: string };

/** Largest file the upload methods can carry at all; the server's own (configurable) limit may be lower. */
export const MAX_TRANSPORT_BYTES = Math.floor((MAX_UPLOAD_BASE64_CHARS * 3) / 4);

/** Reads one file in the browser and attaches it to the matter; a refusal comes back as the server's message. */
export async function uploadFile(
  matterId: number,
  file: File,
  role: DocumentRole,
  version: number | undefined,
  tooLarge: (name: string) => string,
): Promise<UploadOutcome> {
  if (file.size > MAX_TRANSPORT_BYTES) return { kind: 'refused', fileName: file.name, message: tooLarge(file.name) };
  try {
    const contentBase64 = await fileToBase64(file);
    const result = await call('documents.import', { matterId, role, version, fileName: file.name, contentBase64 });
    return { kind: result.duplicate ? 'duplicate' : 'imported', fileName: file.name, result };
  } catch (e) {
    const message = e instanceof ApiError || e instanceof Error ? e.message : String(e);
    return { kind: 'refused', fileName: file.name, message };
  }
}
