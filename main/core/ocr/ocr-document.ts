import { OCR_LOW_CONFIDENCE, type TextBlock } from '../../../shared/domain/document-text.js';
import { escapeHtml } from '../documents/escape-html.js';
import { groupLines } from '../documents/extract-pdf.js';
import type { GrayImage } from './gray-image.js';
import { OcrCancelled, type OcrLine } from './ocr-engine.js';
import { ocrPage } from './ocr-page.js';

/** Below this confidence a block is shown highlighted for the reviewer to check against the image. */
export const LOW_CONFIDENCE = OCR_LOW_CONFIDENCE;

/** How a long job reports and is stopped: called between pages (and between line batches). */
export interface JobHooks {
  onProgress?: (progress: { done: number; total: number }) => void;
  isCancelled?: () => boolean;
}

/** One visual row: its boxes joined (a space where two boxes sit apart on the same row). */
function rowText(row: OcrLine[]): { text: string; confidence: number } {
  const text = row.map((l) => l.text).join(' ');
  const confidence = Math.min(...row.map((l) => l.confidence));
  return { text, confidence };
}

/** Blocks of one page's rows, paragraphs re-joined like a PDF's text layer; numbering continues from `first`. */
export function pageBlocks(rows: OcrLine[][], page: number, first: number): TextBlock[] {
  const lines = rows.map(rowText);
  return groupLines(lines.map((l) => l.text)).map((group, n) => ({
    index: first + n,
    kind: 'paragraph' as const,
    text: group.map((i) => lines[i]!.text).join(''),
    ocr: { page, confidence: Math.round(Math.min(...group.map((i) => lines[i]!.confidence)) * 1000) / 1000 },
  }));
}

export function ocrBlocksHtml(blocks: TextBlock[]): string {
  return blocks.map((b) => `<p data-b="${b.index}">${escapeHtml(b.text)}</p>`).join('');
}

/**
 * Reads `total` pages one at a time (`loadPage(n)` makes page n's image, 0-based), so memory stays one
 * page whatever the page count; progress after each page, cancel checked before each page and batch.
 */
export async function ocrPages(
  total: number,
  loadPage: (n: number) => Promise<GrayImage | null>,
  hooks: JobHooks = {},
  pageNumber: (n: number) => number = (n) => n + 1,
): Promise<Map<number, TextBlock[]>> {
  const isCancelled = hooks.isCancelled ?? (() => false);
  const pages = new Map<number, TextBlock[]>();
  hooks.onProgress?.({ done: 0, total });
  for (let n = 0; n < total; n++) {
    if (isCancelled()) throw new OcrCancelled();
    const image = await loadPage(n);
    if (image) pages.set(n, pageBlocks(await ocrPage(image, isCancelled), pageNumber(n), 0));
    hooks.onProgress?.({ done: n + 1, total });
  }
  return pages;
}
