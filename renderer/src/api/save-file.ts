import { base64ToBytes } from './base64';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Saves a file the core sent as base64 through a Blob and a temporary <a download>, which works in the
 * browser and in Electron (the shell allows the app's own blob: URLs).
 */
export function saveBase64File(fileName: string, contentBase64: string, mediaType = DOCX_TYPE): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(contentBase64)], { type: mediaType || 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own reference by now; release ours a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
