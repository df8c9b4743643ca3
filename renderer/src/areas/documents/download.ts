import { call } from '../../api/client';
import { saveFile } from '../../api/save-file';

/** Saves the archived original, byte for byte, under its own file name. */
export async function downloadOriginal(documentId: number): Promise<void> {
  const original = await call('documents.original', { id: documentId });
  await saveFile(original.fileName, original.content, original.mediaType);
}
