import type { ExportFile } from '../../../../shared/contract/index';
import { saveBase64File } from '../../api/save-file';

/** Saves an exported ledger or statistics file; false when the user cancelled the save dialog. */
export function downloadExport(file: ExportFile): Promise<boolean> {
  return saveBase64File(file.fileName, file.base64, file.mediaType);
}
