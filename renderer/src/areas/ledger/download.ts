import type { ExportFile } from '../../../../shared/contract/index';
import { saveFile } from '../../api/save-file';

/** Saves an exported ledger or statistics file; false when the user cancelled the save dialog. */
export function downloadExport(file: ExportFile): Promise<boolean> {
  return saveFile(file.fileName, file.content, file.mediaType);
}
