import type Database from 'better-sqlite3';
import { prepared } from '../store/statements.js';
import { encodeBlocks, encodeChars } from './search-text.js';
import { writeTransaction } from '../store/write-transaction.js';

/**
 * Keeps the full-text index in step with its sources. A source is one indexed thing — a matter's title,
 * a document's text, and later an opinion — identified by (kind, ref_id); its row id is its rowid in
 * the FTS5 table. Call these inside the transaction that changes the source.
 */

export type SourceKind = 'matter' | 'document';

interface SourceRef {
  kind: SourceKind | (string & {});
  refId: number;
  matterId: number;
  documentId: number | null;
}

/**
 * Writes a source's index rows: its bigrams with positions (search_index) and its distinct characters
 * (search_chars, for one-character queries; migration 0210). Both share the source's id as rowid, and
 * the trigger on search_sources deletes both.
 */
export function insertIndexRows(db: Database.Database, sourceId: number | bigint, body: string): void {
  prepared(db, 'INSERT INTO search_index (rowid, body) VALUES (?, ?)').run(sourceId, body);
  prepared(db, 'INSERT INTO search_chars (rowid, body) VALUES (?, ?)').run(sourceId, encodeChars(body));
}

/**
 * (Re)indexes one source with the given texts (blocks of a document, or a single title); `body` is
 * encodeBlocks(texts) when the caller made it already, outside its write transaction.
 */
export function indexSource(db: Database.Database, source: SourceRef, texts: readonly string[], body?: string): void {
  removeSource(db, source.kind, source.refId);
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO search_sources (kind, ref_id, matter_id, document_id) VALUES (?, ?, ?, ?)',
  ).run(source.kind, source.refId, source.matterId, source.documentId);
  insertIndexRows(db, lastInsertRowid, body ?? encodeBlocks(texts));
}

/** The trigger on search_sources removes the FTS row as well. */
export function removeSource(db: Database.Database, kind: string, refId: number): void {
  prepared(db, 'DELETE FROM search_sources WHERE kind = ? AND ref_id = ?').run(kind, refId);
}

/** Indexes a document as its parts' bodies (see search-parts.ts), one FTS row per part, in the caller's transaction. */
export function indexDocument(db: Database.Database, documentId: number, matterId: number, bodies: readonly string[]): void {
  removeSource(db, 'document', documentId);
  bodies.forEach((body, part) => {
    const { lastInsertRowid } = prepared(
      db,
      'INSERT INTO search_sources (kind, ref_id, part, matter_id, document_id) VALUES (?, ?, ?, ?, ?)',
    ).run('document', documentId, part, matterId, documentId);
    insertIndexRows(db, lastInsertRowid, body);
  });
}

/**
 * One part of a document being imported in steps (staged-import.ts): indexed now, but with no matter
 * yet, so no search sees it until publishStagedParts gives it one.
 */
export function stageDocumentPart(db: Database.Database, importId: number, documentId: number, part: number, body: string): void {
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO search_sources (kind, ref_id, part, matter_id, document_id, import_id) VALUES (?, ?, ?, NULL, NULL, ?)',
  ).run('document', documentId, part, importId);
  insertIndexRows(db, lastInsertRowid, body);
}

/** In the transaction that registers the document: its staged parts become searchable. */
export function publishStagedParts(db: Database.Database, importId: number, matterId: number, documentId: number): void {
  prepared(db, 'UPDATE search_sources SET matter_id = ?, document_id = ?, import_id = NULL WHERE import_id = ?').run(
    matterId,
    documentId,
    importId,
  );
}

/**
 * Indexes the titles of matters created or renamed since the last call (queued by triggers on
 * `matters`, whose writers live elsewhere). Cheap when the queue is empty; opens its own transaction
 * when called outside one.
 */
export function flushPendingMatters(db: Database.Database): number {
  const queued = prepared(db, 'SELECT 1 FROM search_pending LIMIT 1').get();
  if (!queued) return 0;
  return writeTransaction(db, () => {
    const rows = prepared(
      db,
      `SELECT p.matter_id AS id, m.title FROM search_pending p LEFT JOIN matters m ON m.id = p.matter_id`,
    ).all() as { id: number; title: string | null }[];
    for (const row of rows) {
      if (row.title === null) removeSource(db, 'matter', row.id);
      else indexSource(db, { kind: 'matter', refId: row.id, matterId: row.id, documentId: null }, [row.title]);
    }
    prepared(db, 'DELETE FROM search_pending').run();
    return rows.length;
  });
}
