import type { ExportFile } from '../../../../shared/contract/index';
import { saveBase64File } from '../../api/save-file';

/** Saves an exported ledger or statistics file. */
export function downloadExport(file: ExportFile): void {
  saveBase64File(file.fileName, file.base64, file.mediaType);
}
