import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { GrayImage } from '../ocr/gray-image.js';
import { loadPage, imageInfo, ImageTooLarge, MAX_IMAGE_PIXELS, OCR_MAX_SIDE } from '../ocr/load-image.js';
import { ocrBlocksHtml, ocrPages, type JobHooks } from '../ocr/ocr-document.js';
import { OcrCancelled } from '../ocr/ocr-engine.js';
import type { ExtractedText } from './extract-docx.js';
import { hasTextLayer, linesToParagraphs, readPdfLines, withPdf } from './extract-pdf.js';
import { refusals } from './refusals.js';

/**
 * Most pages one import reads by OCR (about 10–20 minutes of work on an office PC). A 500-page scan
 * is refused at once with a message to split it, instead of holding a worker for an hour.
 */
export const MAX_OCR_PAGES = 200;
/** Scanned pages are rendered at this resolution for OCR (the long side also stays ≤ OCR_MAX_SIDE). */
const RENDER_DPI = 200;

function renumber(parts: TextBlock[][]): TextBlock[] {
  let index = 0;
  return parts.flat().map((b) => ({ ...b, index: index++ }));
}

async function guarded<T>(fileName: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof OcrCancelled) throw refusals.ocrCancelled(fileName);
    throw e;
  }
}

/** A JPG/PNG/TIFF scan or photo: every page read by OCR. */
export async function extractImage(bytes: Buffer, fileName: string, hooks: JobHooks = {}): Promise<ExtractedText> {
  let info: { pages: number };
  try {
    info = await imageInfo(bytes);
  } catch (e) {
    if (e instanceof ImageTooLarge) throw refusals.imageTooLarge(fileName, e.width, e.height, MAX_IMAGE_PIXELS);
    throw refusals.corrupt(fileName, '图片无法解码');
  }
  // A multi-page TIFF of a whole file box is refused at once, like a long scanned PDF, not read for an hour.
  if (info.pages > MAX_OCR_PAGES) throw refusals.tooManyImagePages(fileName, info.pages, MAX_OCR_PAGES);
  const pages = await guarded(fileName, () =>
    ocrPages(info.pages, async (n) => {
      try {
        return await loadPage(bytes, n);
      } catch {
        throw refusals.corrupt(fileName, `图片第 ${n + 1} 页无法解码`);
      }
    }, hooks),
  );
  const blocks = renumber([...pages.values()]);
  return { blocks, html: ocrBlocksHtml(blocks) };
}

/** Renders one PDF page to the red channel of an image of at most OCR_MAX_SIDE px. */
async function renderPage(doc: PDFDocumentProxy, pageNumber: number): Promise<GrayImage> {
  const page = await doc.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const scale = Math.min(RENDER_DPI / 72, OCR_MAX_SIDE / Math.max(base.width, base.height));
  const viewport = page.getViewport({ scale });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  // pdf.js's types name the DOM canvas; @napi-rs/canvas is the Node implementation pdf.js itself uses.
  type RenderParams = Parameters<typeof page.render>[0];
  await page.render({ canvas, canvasContext: context, viewport } as unknown as RenderParams).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  const data = new Uint8Array(width * height);
  const luma = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) {
    data[i] = rgba[i * 4]!;
    luma[i] = (rgba[i * 4]! * 299 + rgba[i * 4 + 1]! * 587 + rgba[i * 4 + 2]! * 114) / 1000;
  }
  page.cleanup();
  return { data, luma, width, height };
}

/**
 * A PDF: pages with a text layer are read as text, pages that are only an image (scans, stamped
 * pages) by OCR. A PDF where neither yields any text is refused.
 */
export async function extractPdfWithOcr(bytes: Uint8Array, fileName: string, hooks: JobHooks = {}): Promise<ExtractedText> {
  const pageLines = await readPdfLines(bytes, fileName);
  const scanned = pageLines.flatMap((lines, i) => (hasTextLayer(lines) ? [] : [i]));
  let ocr = new Map<number, TextBlock[]>();
  if (scanned.length > MAX_OCR_PAGES) throw refusals.tooManyScannedPages(fileName, scanned.length, MAX_OCR_PAGES);
  if (scanned.length > 0) {
    ocr = await withPdf(bytes, fileName, (doc) =>
      guarded(fileName, () => ocrPages(scanned.length, (n) => renderPage(doc, scanned[n]! + 1), hooks, (n) => scanned[n]! + 1)),
    );
  }
  // Consecutive text pages are joined (a paragraph may run over a page break); OCR pages stand alone.
  const parts: TextBlock[][] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(linesToParagraphs(run).map((text) => ({ index: 0, kind: 'paragraph' as const, text })));
    run = [];
  };
  pageLines.forEach((lines, i) => {
    const n = scanned.indexOf(i);
    if (n < 0) run.push(...lines);
    else {
      flush();
      parts.push(ocr.get(n) ?? []);
    }
  });
  flush();
  const blocks = renumber(parts);
  if (blocks.length === 0) throw refusals.pdfNoText(fileName);
  return { blocks, html: ocrBlocksHtml(blocks) };
}
