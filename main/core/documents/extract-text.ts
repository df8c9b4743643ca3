import iconv from 'iconv-lite';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { ExtractedText } from './extract-docx.js';
import { blocksToHtml } from './extract-pdf.js';
import { refusals } from './refusals.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a .txt file: a byte-order mark wins; otherwise strict UTF-8, and GB18030 (a superset of
 * GBK and GB2312, what Chinese Windows writes as "ANSI") when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Buffer, fileName = '文本.txt'): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  // NUL bytes do not occur in text written in these encodings: this is binary data.
  if (bytes.includes(0)) throw refusals.notText(fileName);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(bytes, 'gb18030');
    // Bytes that are not GB18030 either come out as U+FFFD; a few may be typos, many mean binary.
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    if (bad > Math.max(3, text.length / 100)) throw refusals.notText(fileName);
    return { text, encoding: 'gb18030' };
  }
}

/** One block per non-empty line. */
export function extractTxt(bytes: Buffer, fileName = '文本.txt'): ExtractedText & { encoding: TextEncoding } {
  const { text, encoding } = decodeText(bytes, fileName);
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw refusals.notText(fileName);
  const blocks: TextBlock[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    blocks.push({ index: blocks.length, kind: 'paragraph', text: line });
  }
  return { blocks, html: blocksToHtml(blocks), encoding };
}
