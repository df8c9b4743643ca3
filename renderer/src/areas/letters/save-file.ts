/** Saves a file the core sent as base64 through the browser's download (a Blob and an <a download>). */
export function saveBase64File(fileName: string, contentBase64: string, mediaType = DOCX_TYPE): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
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

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
