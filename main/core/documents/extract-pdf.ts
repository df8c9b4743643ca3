import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** Re-joins wrapped lines into paragraphs: a paragraph ends at sentence punctuation or a short line. */
export function linesToParagraphs(lines: string[]): string[] {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const line of lines) {
    if (current !== null && !CLAUSE_START.test(line)) current = joinLines(current, line);
    else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    if (SENTENCE_END.test(line) || line.length < longest * 0.8) {
      paragraphs.push(current);
      current = null;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

export function blocksToHtml(blocks: TextBlock[]): string {
  return blocks.map((b) => `<p data-b="${b.index}">${escapeHtml(b.text)}</p>`).join('');
}

/** Text of a PDF's text layer; scans, encrypted and broken PDFs are refused. */
export async function extractPdf(bytes: Uint8Array, fileName = '文档.pdf'): Promise<ExtractedText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of (and may detach) the array it is given.
    data: new Uint8Array(bytes),
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let lines: string[] = [];
  let visible = 0;
  let pages = 0;
  try {
    const doc = await task.promise;
    pages = doc.numPages;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const pageText = pageLines(content.items.flatMap((i) => ('str' in i ? [{ str: i.str, hasEOL: i.hasEOL }] : [])));
      visible += pageText.join('').replace(/\s/g, '').length;
      // Paragraphs may continue on the next page, so lines are joined over the whole document.
      lines = lines.concat(pageText);
      page.cleanup();
    }
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw refusals.encrypted(fileName);
    throw refusals.corrupt(fileName, `PDF 结构错误：${String((e as Error).message).slice(0, 120)}`);
  } finally {
    await task.destroy();
  }
  if (pages === 0 || visible < pages * MIN_CHARS_PER_PAGE) throw refusals.pdfNoText(fileName);
  const blocks: TextBlock[] = linesToParagraphs(lines).map((text, index) => ({ index, kind: 'paragraph', text }));
  return { blocks, html: blocksToHtml(blocks) };
}
