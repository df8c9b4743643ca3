import { call } from '../../api/client';
import { saveBase64File } from '../../api/save-file';

/** Saves an issued letter's stored DOCX, exactly as issued. */
export async function downloadLetter(id: number): Promise<void> {
  const file = await call('letters.download', { id });
  await saveBase64File(file.fileName, file.contentBase64);
}
