import { call } from '../../api/client';
import { base64ToBytes } from './base64';

/** Saves the archived original, byte for byte, under its own file name. */
export async function downloadOriginal(documentId: number): Promise<void> {
  const original = await call('documents.original', { id: documentId });
  const blob = new Blob([base64ToBytes(original.contentBase64)], { type: original.mediaType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = original.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob by now; free ours a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
