/** Copies a citation (and the article text) to the clipboard; false when the clipboard refuses. */
export async function copyCitation(citation: string, text?: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text ? `${citation}：${text.replace(/\n/g, '')}` : citation);
    return true;
  } catch {
    return false;
  }
}
