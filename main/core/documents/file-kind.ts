import { extname } from 'node:path';
import type { ImportLimits } from './limits.js';
import { refusals } from './refusals.js';

/** The formats we extract text from. */
export type SourceFormat = 'docx' | 'pdf' | 'txt' | 'doc' | 'image';

export const MEDIA_TYPES: Record<Exclude<SourceFormat, 'image'>, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain',
  doc: 'application/msword',
};

const IMAGE_MEDIA_TYPES: Partial<Record<Sniffed, string>> = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' };

/** The media type stored with a file (images by their content: a .jpg that is a PNG is still read). */
export function mediaTypeOf(format: SourceFormat, bytes: Buffer): string {
  if (format !== 'image') return MEDIA_TYPES[format];
  return IMAGE_MEDIA_TYPES[sniff(bytes)] ?? 'application/octet-stream';
}

/** What the first bytes say a file is, whatever its name claims. */
export type Sniffed = 'zip' | 'pdf' | 'ole' | 'png' | 'jpeg' | 'gif' | 'webp' | 'tiff' | 'rtf' | 'html' | 'rar' | '7z' | 'unknown';

const SNIFF_ZH: Record<Sniffed, string> = {
  zip: ' ZIP 压缩包',
  pdf: ' PDF 文件',
  ole: '旧版 Office/WPS 文件',
  png: ' PNG 图片',
  jpeg: ' JPEG 图片',
  gif: ' GIF 图片',
  webp: ' WebP 图片',
  tiff: ' TIFF 图片',
  rtf: ' RTF 文档',
  html: '网页（HTML）文件',
  rar: ' RAR 压缩包',
  '7z': ' 7z 压缩包',
  unknown: '无法识别的数据',
};

export function describeSniffed(kind: Sniffed): string {
  return SNIFF_ZH[kind].trim();
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function startsWith(bytes: Buffer, prefix: readonly number[] | Buffer, at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

export function sniff(bytes: Buffer): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b]) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
  // The PDF header may follow some junk, within the first kilobyte.
  if (bytes.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  const head = bytes.subarray(0, 512).toString('latin1');
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'tiff';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (head.startsWith('Rar!\x1a\x07')) return 'rar';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  // Word's "save as web page" (.htm/.mht) is often renamed .doc.
  if (/^\s*(<!doctype html|<html|mime-version:)/i.test(head.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return 'html';
  return 'unknown';
}

/**
 * An OOXML file protected with a password is stored as an OLE compound file with the streams
 * "EncryptionInfo" and "EncryptedPackage"; their names appear in the directory in UTF-16LE.
 */
export function isEncryptedOoxml(bytes: Buffer): boolean {
  return (
    bytes.includes(Buffer.from('EncryptedPackage', 'utf16le')) || bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))
  );
}

const DOCX_EXTENSIONS = new Set(['.docx', '.docm', '.dotx', '.dotm']);
/** Word 97–2003 and WPS 文字 (2005 and later write the same binary format) names. */
const WORD_BINARY_EXTENSIONS = new Set(['.doc', '.dot', '.wps', '.wpt']);
/** Scans and photos, read by OCR. */
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.tif', '.tiff']);
const IMAGE_KINDS = new Set<Sniffed>(['png', 'jpeg', 'tiff']);
const BINARY_KINDS = new Set<Sniffed>(['zip', 'pdf', 'png', 'jpeg', 'gif', 'webp', 'tiff', 'rar', '7z']);

export function extensionOf(fileName: string): string {
  return extname(fileName).toLowerCase();
}

/**
 * Decides how to read a file from its name and its bytes, or throws the refusal. The extension says
 * what the sender meant; the content must agree with it (a renamed PDF or picture is refused).
 */
export function classifyFile(fileName: string, bytes: Buffer, limits: ImportLimits): SourceFormat {
  if (bytes.length === 0) throw refusals.empty(fileName);
  if (bytes.length > limits.maxFileBytes) throw refusals.tooLarge(fileName, bytes.length, limits.maxFileBytes);
  const kind = sniff(bytes);
  const ext = extensionOf(fileName);
  if (kind === 'ole') {
    if (isEncryptedOoxml(bytes)) throw refusals.encrypted(fileName);
    // A .doc saved under a .docx name happens as often as the reverse; the reader checks it is Word.
    if (WORD_BINARY_EXTENSIONS.has(ext) || DOCX_EXTENSIONS.has(ext)) return 'doc';
  }
  if (DOCX_EXTENSIONS.has(ext)) {
    if (kind === 'zip') return 'docx';
    throw refusals.notDocx(fileName, SNIFF_ZH[kind]);
  }
  if (WORD_BINARY_EXTENSIONS.has(ext)) {
    if (kind === 'zip') return 'docx';
    if (kind === 'rtf') throw refusals.legacy(fileName);
    if (ext === '.wps' || ext === '.wpt') throw refusals.oldWps(fileName);
    throw refusals.mismatch(fileName, '旧版 Word 文档', SNIFF_ZH[kind]);
  }
  if (ext === '.rtf') throw refusals.legacy(fileName);
  if (IMAGE_EXTENSIONS.has(ext)) {
    if (IMAGE_KINDS.has(kind)) return 'image';
    throw refusals.mismatch(fileName, '图片（JPG/PNG/TIFF）', SNIFF_ZH[kind]);
  }
  if (ext === '.pdf') {
    if (kind === 'pdf') return 'pdf';
    throw refusals.mismatch(fileName, ' PDF 文件', SNIFF_ZH[kind]);
  }
  if (ext === '.txt') {
    if (BINARY_KINDS.has(kind)) throw refusals.mismatch(fileName, '纯文本文件', SNIFF_ZH[kind]);
    return 'txt';
  }
  throw refusals.unsupported(fileName, ext);
}
