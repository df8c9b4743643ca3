import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { escapeHtml } from './escape-html.js';
import type { ExtractedText } from './extract-docx.js';
import { refusals } from './refusals.js';

/** Chinese PDFs often use Adobe's predefined CMaps (UniGB-UCS2-H…), which pdf.js loads from its package. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Fewer visible characters per page than this means there is no real text layer (a scan). */
const MIN_CHARS_PER_PAGE = 5;
/** Chinese and Latin sentence ends (closing quotes and brackets alone do not end a paragraph). */
const SENTENCE_END = /[。！？；：!?;:…]\s*$/;
/** A line that starts a new clause: 第X条/章, （一）, 一、, 1. 1、 */
const CLAUSE_START = /^\s*(第[一二三四五六七八九十百千零〇\d]+[条章节款]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

interface TextItemLike {
  str: string;
  hasEOL: boolean;
}

/** Lines of one page as pdf.js reports them. */
function pageLines(items: TextItemLike[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    line += item.str;
    if (item.hasEOL) {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
}

function joinLines(a: string, b: string): string {
  // Latin words broken across lines need a space; Chinese text and numbers split mid-way do not.
  const space = (/[A-Za-z,.;:]$/.test(a) && /^[A-Za-z0-9]/.test(b)) || (/[0-9]$/.test(a) && /^[A-Za-z]/.test(b));
  return space ? `${a} ${b.trimStart()}` : a + b.trimStart();
}

/**
 * Re-joins wrapped lines into paragraphs: a paragraph ends at sentence punctuation or a short line.
 * Returns the line numbers of each paragraph (OCR keeps each paragraph's weakest line confidence).
 */
export function groupLines(lines: string[]): number[][] {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  const groups: number[][] = [];
  let current: number[] | null = null;
  lines.forEach((line, i) => {
    if (current !== null && !CLAUSE_START.test(line)) current.push(i);
    else {
      if (current !== null) groups.push(current);
      current = [i];
    }
    if (SENTENCE_END.test(line) || line.length < longest * 0.8) {
      groups.push(current);
      current = null;
    }
  });
  if (current !== null) groups.push(current);
  return groups;
}

export function linesToParagraphs(lines: string[]): string[] {
  return groupLines(lines).map((group) => group.map((i) => lines[i]!).reduce((a, b) => joinLines(a, b)));
}

export function blocksToHtml(blocks: TextBlock[]): string {
  return blocks.map((b) => `<p data-b="${b.index}">${escapeHtml(b.text)}</p>`).join('');
}

export const PDFJS_OPTIONS = {
  cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
};

/** Opens a PDF with pdf.js, runs `use` on it, and turns pdf.js errors into refusals. */
export async function withPdf<T>(
  bytes: Uint8Array,
  fileName: string,
  use: (doc: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (and may detach) the array it is given.
  const task = getDocument({ data: new Uint8Array(bytes), ...PDFJS_OPTIONS });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as Error).name;
    if (name === 'PasswordException') throw refusals.encrypted(fileName);
    throw refusals.corrupt(fileName, `PDF 结构错误：${String((e as Error).message).slice(0, 120)}`);
  }
  try {
    return await use(doc);
  } catch (e) {
    if ((e as { code?: unknown }).code !== undefined) throw e;
    throw refusals.corrupt(fileName, `PDF 结构错误：${String((e as Error).message).slice(0, 120)}`);
  } finally {
    await task.destroy();
  }
}

/** The text-layer lines of every page (an empty list for a page that is only an image). */
export async function readPdfLines(bytes: Uint8Array, fileName = '文档.pdf'): Promise<string[][]> {
  return withPdf(bytes, fileName, async (doc) => {
    const pages: string[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.flatMap((i) => ('str' in i ? [{ str: i.str, hasEOL: i.hasEOL }] : []))));
      page.cleanup();
    }
    return pages;
  });
}

/** Whether a page's text layer holds real text (a scan has none, or a few stray characters). */
export function hasTextLayer(lines: string[]): boolean {
  return lines.join('').replace(/\s/g, '').length >= MIN_CHARS_PER_PAGE;
}

/** Text of a PDF's text layer only; scans, encrypted and broken PDFs are refused. */
export async function extractPdf(bytes: Uint8Array, fileName = '文档.pdf'): Promise<ExtractedText> {
  const pages = await readPdfLines(bytes, fileName);
  const visible = pages.reduce((n, lines) => n + lines.join('').replace(/\s/g, '').length, 0);
  if (pages.length === 0 || visible < pages.length * MIN_CHARS_PER_PAGE) throw refusals.pdfNoText(fileName);
  // Paragraphs may continue on the next page, so lines are joined over the whole document.
  const blocks: TextBlock[] = linesToParagraphs(pages.flat()).map((text, index) => ({ index, kind: 'paragraph', text }));
  return { blocks, html: blocksToHtml(blocks) };
}
