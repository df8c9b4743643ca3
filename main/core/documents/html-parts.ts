import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';

/**
 * The reading-view HTML of a document, stored in document_html_parts (migration 0230, issue 17): in pieces of
 * at most HTML_PIECE_CHARS characters, each brotli-compressed (codec 'br'; ~0.4× of the HTML's UTF-8 on real
 * documents), or as plain text (codec 'none': rows from before 0230, until `review-desk compact`). Documents
 * imported before 0230 in one transaction may still hold their HTML in documents.html. Every reader of the
 * stored HTML goes through readHtmlPart / readStoredHtml, every writer through packHtml + writeHtmlPart.
 */

/** Characters per stored piece: one piece per write step of a large import (staged-import.ts), one per message to the worker. */
export const HTML_PIECE_CHARS = 250_000;

export interface PackedHtml {
  codec: 'none' | 'br';
  html: string | Buffer;
}

/** The stored form of one piece; CPU work (about 1 ms per 10,000 characters), so done before the write transaction. */
export function packHtml(html: string): PackedHtml {
  const bytes = Buffer.from(html, 'utf8');
  // Tiny pieces gain nothing from compression; brotli's own framing would make them larger.
  if (bytes.length < 64) return { codec: 'none', html };
  const packed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  return packed.length < bytes.length ? { codec: 'br', html: packed } : { codec: 'none', html };
}

function unpackHtml(codec: string, html: string | Buffer): string {
  if (codec === 'none') return typeof html === 'string' ? html : html.toString('utf8');
  try {
    if (codec === 'br' && Buffer.isBuffer(html)) return brotliDecompressSync(html).toString('utf8');
  } catch {
    // Damaged compressed bytes: said plainly instead of a zlib error.
  }
  throw new AppError('document.html-corrupt', '文档的阅读视图数据已损坏，档案可能已被改动或损坏，请运行 review-desk doctor 检查，并从备份恢复。');
}

/**
 * The HTML cut into pieces of at most `size` characters, never between the two halves of a surrogate pair
 * (each piece is stored as UTF-8 on its own, where half a pair would become U+FFFD).
 */
export function splitHtml(html: string, size = HTML_PIECE_CHARS): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < html.length; ) {
    let end = Math.min(html.length, at + size);
    const last = html.charCodeAt(end - 1);
    if (end < html.length && last >= 0xd800 && last <= 0xdbff && end - 1 > at) end--;
    pieces.push(html.slice(at, end));
    at = end;
  }
  return pieces;
}

/** Stores piece `part` of a document's HTML (inside the caller's write transaction). */
export function writeHtmlPart(db: Database.Database, documentId: number, part: number, packed: PackedHtml): void {
  prepared(db, 'INSERT INTO document_html_parts (document_id, part, codec, html) VALUES (?, ?, ?, ?)').run(documentId, part, packed.codec, packed.html);
}

/** Stores a whole document's HTML in pieces (a document written in one transaction). */
export function writeHtml(db: Database.Database, documentId: number, html: string): void {
  for (const [part, piece] of splitHtml(html).entries()) writeHtmlPart(db, documentId, part, packHtml(piece));
}

/** Piece `part` of a document's stored HTML, or undefined past the last piece. */
export function readHtmlPart(db: Database.Database, documentId: number, part: number): string | undefined {
  const row = prepared(db, 'SELECT codec, html FROM document_html_parts WHERE document_id = ? AND part = ?').get(documentId, part) as
    | { codec: string; html: string | Buffer }
    | undefined;
  return row ? unpackHtml(row.codec, row.html) : undefined;
}

/** A document's whole reading-view HTML: its pieces, or the HTML a pre-0230 import kept in its row. */
export function readStoredHtml(db: Database.Database, documentId: number): string {
  const inRow = prepared(db, 'SELECT html FROM documents WHERE id = ?').pluck().get(documentId) as string | undefined;
  if (inRow === undefined) return '';
  if (inRow !== '') return inRow;
  const rows = prepared(db, 'SELECT codec, html FROM document_html_parts WHERE document_id = ? ORDER BY part').all(documentId) as {
    codec: string;
    html: string | Buffer;
  }[];
  return rows.map((r) => unpackHtml(r.codec, r.html)).join('');
}

/** The HTML a pre-0230 import kept in the document row ('' when it is in pieces), for readers that go piece by piece. */
export function htmlInRow(db: Database.Database, documentId: number): string {
  return (prepared(db, 'SELECT html FROM documents WHERE id = ?').pluck().get(documentId) as string | undefined) ?? '';
}
