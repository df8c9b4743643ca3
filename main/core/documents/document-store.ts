import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DocumentRole, DocumentSummary } from '../../../shared/contract/documents.js';
import type { BlockSource, TextBlock, TextBlockKind } from '../../../shared/domain/document-text.js';
import { AppError } from '../errors.js';
import { packBlob, unpackBlob } from '../store/blob-codec.js';
import { nowIso, prepared } from '../store/statements.js';
import type { ExtractedDocument } from './extract.js';
import { readStoredHtml, writeHtml } from './html-parts.js';

/** Row access for documents, blocks and blobs. Writers must run inside the caller's transaction. */

interface DocumentRow {
  id: number;
  matter_id: number;
  role: DocumentRole;
  version: number;
  file_name: string;
  format: DocumentSummary['format'];
  media_type: string;
  size: number;
  sha256: string;
  text_chars: number;
  block_count: number;
  notes_json: string;
  created_at: string;
  created_by: string;
}

// block_count is stored (schema 200): counting a large document's blocks on every read took 0.4 s.
const SUMMARY_COLUMNS = `d.id, d.matter_id, d.role, d.version, d.file_name, d.format, d.media_type, d.size, d.sha256,
  d.text_chars, d.block_count, d.notes_json, d.created_at, d.created_by`;

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    matterId: row.matter_id,
    role: row.role,
    version: row.version,
    fileName: row.file_name,
    format: row.format,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    textChars: row.text_chars,
    blockCount: row.block_count,
    notes: JSON.parse(row.notes_json) as string[],
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function findDocument(db: Database.Database, id: number): DocumentSummary | null {
  const row = prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  return row ? toSummary(row) : null;
}

export function requireDocument(db: Database.Database, id: number): DocumentSummary {
  const doc = findDocument(db, id);
  if (!doc) throw new AppError('document.not-found', `文档（编号 ${id}）不存在或已被删除。`);
  return doc;
}

export function listMatterDocuments(db: Database.Database, matterId: number): DocumentSummary[] {
  const rows = prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.matter_id = ?
     ORDER BY CASE d.role WHEN 'submitted' THEN 0 WHEN 'revised' THEN 1 WHEN 'minutes' THEN 2 ELSE 3 END, d.version, d.id`,
  ).all(matterId) as DocumentRow[];
  return rows.map(toSummary);
}

/** The document of this matter holding exactly these bytes, if any. */
export function findInMatterBySha(db: Database.Database, matterId: number, sha256: string): DocumentSummary | null {
  const row = prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.matter_id = ? AND d.sha256 = ?`).get(
    matterId,
    sha256,
  ) as DocumentRow | undefined;
  return row ? toSummary(row) : null;
}

/** The earliest document anywhere in the archive holding these bytes. */
export function findFirstBySha(db: Database.Database, sha256: string): DocumentSummary | null {
  const row = prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.sha256 = ? ORDER BY d.id LIMIT 1`).get(
    sha256,
  ) as DocumentRow | undefined;
  return row ? toSummary(row) : null;
}

const BLOCK_COLUMNS = 'idx, kind, text, cell_table, cell_row, cell_col, source_part, source_p, ocr_page, ocr_confidence, corrected_in';

interface BlockRow {
  idx: number;
  kind: TextBlockKind;
  text: string;
  cell_table: number | null;
  cell_row: number | null;
  cell_col: number | null;
  source_part: BlockSource['part'] | null;
  source_p: number | null;
  ocr_page: number | null;
  ocr_confidence: number | null;
  corrected_in: number | null;
}

function toBlock(r: BlockRow): TextBlock {
  const block: TextBlock = { index: r.idx, kind: r.kind, text: r.text };
  if (r.cell_table !== null) block.cell = { table: r.cell_table, row: r.cell_row ?? 0, col: r.cell_col ?? 0 };
  if (r.source_part !== null && r.source_p !== null) block.source = { part: r.source_part, p: r.source_p };
  if (r.ocr_page !== null && r.ocr_confidence !== null) {
    block.ocr = { page: r.ocr_page, confidence: r.ocr_confidence };
    if (r.corrected_in !== null) block.ocr.correctedIn = r.corrected_in;
  }
  return block;
}

export function readBlocks(db: Database.Database, documentId: number): TextBlock[] {
  const rows = prepared(db, `SELECT ${BLOCK_COLUMNS} FROM document_blocks WHERE document_id = ? ORDER BY idx`).all(documentId) as BlockRow[];
  return rows.map(toBlock);
}

/** At most `limit` blocks from index `fromIdx` on: a large document read a page at a time. */
export function readBlocksPage(db: Database.Database, documentId: number, fromIdx: number, limit: number): TextBlock[] {
  const rows = prepared(db, `SELECT ${BLOCK_COLUMNS} FROM document_blocks WHERE document_id = ? AND idx >= ? ORDER BY idx LIMIT ?`).all(
    documentId,
    fromIdx,
    limit,
  ) as BlockRow[];
  return rows.map(toBlock);
}

/** The reading-view HTML as stored (compressed pieces since schema 230, see html-parts.ts). */
export function readHtml(db: Database.Database, documentId: number): string {
  return readStoredHtml(db, documentId);
}

/** What a stored document's extraction looked like, to reuse for the same bytes sent again. */
export function readExtraction(db: Database.Database, documentId: number): ExtractedDocument {
  const row = prepared(db, 'SELECT format, media_type, extractor, notes_json FROM documents WHERE id = ?').get(
    documentId,
  ) as { format: ExtractedDocument['format']; media_type: string; extractor: string; notes_json: string };
  return {
    format: row.format,
    mediaType: row.media_type,
    html: readStoredHtml(db, documentId),
    extractor: row.extractor,
    notes: JSON.parse(row.notes_json) as string[],
    blocks: readBlocks(db, documentId),
  };
}

/**
 * The stored bytes, verified against their SHA-256 on every read: an original, a letter or an export
 * source whose bytes were changed (even with the same length) is refused, never served.
 */
export function readBlob(db: Database.Database, sha256: string): Buffer {
  const row = prepared(db, 'SELECT codec, size, data FROM blobs WHERE sha256 = ?').get(sha256) as
    | { codec: string; size: number; data: Buffer }
    | undefined;
  if (!row) throw new AppError('document.blob-missing', '原始文件缺失，档案可能已损坏，请从备份恢复。');
  // Stored compressed or not (blob-codec.ts); damaged packed data fails like changed bytes.
  let bytes: Buffer | null;
  try {
    bytes = unpackBlob(row.codec, row.data, row.size);
  } catch {
    bytes = null;
  }
  if (bytes === null || createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new AppError('document.blob-corrupt', '文件校验失败（SHA-256 与登记时不一致），档案可能已被改动或损坏，请运行 review-desk doctor 检查，并从备份恢复。');
  }
  return bytes;
}

/**
 * Stores the bytes unless the archive already has them; true when they were already there. Text-like
 * files are kept compressed (blob-codec.ts); readBlob gives back the original bytes.
 */
export function storeBlob(db: Database.Database, sha256: string, bytes: Buffer): boolean {
  if (prepared(db, 'SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256)) return true;
  const { codec, data } = packBlob(bytes);
  prepared(db, 'INSERT INTO blobs (sha256, size, codec, data, created_at) VALUES (?, ?, ?, ?, ?)').run(
    sha256,
    bytes.length,
    codec,
    data,
    nowIso(),
  );
  return false;
}

export function nextVersion(db: Database.Database, matterId: number, role: DocumentRole): number {
  const { next } = prepared(
    db,
    'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM documents WHERE matter_id = ? AND role = ?',
  ).get(matterId, role) as { next: number };
  return next;
}

export function versionTaken(db: Database.Database, matterId: number, role: DocumentRole, version: number): boolean {
  return prepared(db, 'SELECT 1 FROM documents WHERE matter_id = ? AND role = ? AND version = ?').get(
    matterId,
    role,
    version,
  ) !== undefined;
}

export interface NewDocument {
  matterId: number;
  role: DocumentRole;
  version: number;
  fileName: string;
  size: number;
  sha256: string;
  extracted: ExtractedDocument;
  actor: string;
}

/**
 * The id the next document gets: above every registered document and every id reserved by an import in
 * progress (staged-import.ts), which writes its blocks under its id before the document row exists.
 */
export function nextDocumentId(db: Database.Database): number {
  const { next } = prepared(
    db,
    `SELECT max(COALESCE((SELECT max(id) FROM documents), 0), COALESCE((SELECT max(document_id) FROM document_imports), 0)) + 1 AS next`,
  ).get() as { next: number };
  return next;
}

/**
 * Registers the document. `id` is the id an import in steps reserved (its blocks are already written);
 * without it a new id is taken and the blocks are written here.
 */
export function insertDocument(db: Database.Database, doc: NewDocument, reservedId?: number): number {
  const { extracted } = doc;
  const textChars = extracted.blocks.reduce((sum, b) => sum + b.text.length, 0);
  const id = reservedId ?? nextDocumentId(db);
  prepared(
    db,
    `INSERT INTO documents (id, matter_id, role, version, file_name, format, media_type, size, sha256, html, text_chars,
       block_count, extractor, notes_json, created_at, created_by)
     VALUES (@id, @matterId, @role, @version, @fileName, @format, @mediaType, @size, @sha256, @html, @textChars,
       @blockCount, @extractor, @notes, @now, @actor)`,
  ).run({
    id,
    matterId: doc.matterId,
    role: doc.role,
    version: doc.version,
    fileName: doc.fileName,
    format: extracted.format,
    mediaType: extracted.mediaType,
    size: doc.size,
    sha256: doc.sha256,
    // The HTML goes to document_html_parts, compressed (schema 230); the row's column stays ''.
    html: '',
    textChars,
    blockCount: extracted.blocks.length,
    extractor: extracted.extractor,
    notes: JSON.stringify(extracted.notes),
    now: nowIso(),
    actor: doc.actor,
  });
  // An import in steps (reservedId) wrote its blocks and HTML pieces already and passes html ''.
  if (reservedId === undefined) insertBlocks(db, id, extracted.blocks);
  if (extracted.html !== '') writeHtml(db, id, extracted.html);
  return id;
}

/** Writes blocks of a document (all of them, or one part of a document imported in steps). */
export function insertBlocks(db: Database.Database, documentId: number, blocks: readonly TextBlock[]): void {
  const insertBlock = prepared(
    db,
    `INSERT INTO document_blocks (document_id, idx, kind, text, cell_table, cell_row, cell_col, source_part, source_p,
       ocr_page, ocr_confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const b of blocks) {
    insertBlock.run(
      documentId, b.index, b.kind, b.text, b.cell?.table ?? null, b.cell?.row ?? null, b.cell?.col ?? null,
      b.source?.part ?? null, b.source?.p ?? null, b.ocr?.page ?? null, b.ocr?.confidence ?? null,
    );
  }
}
