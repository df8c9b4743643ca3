import { call } from '../../api/client';
import { saveFile } from '../../api/save-file';

/** Saves an issued letter's stored DOCX, exactly as issued. */
export async function downloadLetter(id: number): Promise<void> {
  const file = await call('letters.download', { id });
  await saveFile(file.fileName, file.content);
}
