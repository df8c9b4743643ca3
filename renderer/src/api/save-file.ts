export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Saves a file the core sent (its bytes arrive as a Uint8Array over either door). In the desktop app the native save dialog tells whether the user
 * saved or cancelled, so callers report 「已导出」 only on true; in the browser a Blob and a temporary
 * <a download> hand the file to the browser's download, which cannot report back (true).
 */
export async function saveFile(fileName: string, bytes: Uint8Array, mediaType = DOCX_TYPE): Promise<boolean> {
  const bridge = window.reviewDesk;
  if (bridge?.saveFile) return bridge.saveFile(fileName, bytes);
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType || 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own reference by now; release ours a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
