import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { PACK_MAX_BYTES, packBlob } from './blob-codec.js';
import { packHtml, readStoredHtml, splitHtml, writeHtmlPart } from '../documents/html-parts.js';
import { otherUsers } from './data-dir-use.js';
import { DATABASE_FILE, PAGE_SIZE } from './open-database.js';
import { prepared } from './statements.js';
import { writeTransaction } from './write-transaction.js';

/**
 * `review-desk compact` (issue 17): makes an existing archive as small as a new one.
 * Migration 0210 changed the layout in place, but an archive file never shrinks by itself: the old index's
 * pages stay in the file as free pages, originals stored before 0210 stay uncompressed, and an archive
 * made before stays at 4 KiB pages. This compresses those originals (as storeBlob does now) and the reading-view
 * HTML stored before schema 230 (as insertDocument does now), merges the
 * full-text index into one segment, and rewrites the file (VACUUM), with PAGE_SIZE pages if it is large.
 *
 * The archive must not be open elsewhere: VACUUM and the switch of page size need it alone, and a running
 * server would otherwise wait on its lock for the whole rewrite. Nothing changes meaning: a failure leaves
 * the archive as it was (every step is a transaction; VACUUM is atomic).
 */

const BLOBS_PER_TRANSACTION = 50;

/**
 * Below this size an archive keeps its page size: every table and index takes at least one page, so a
 * small archive grows with bigger pages; a large one is mostly a few big tables, which pack tighter.
 */
const PAGE_SIZE_SWITCH_BYTES = 32 * 1024 * 1024;

export interface CompactProgress {
  step: 'originals' | 'html' | 'index' | 'rewrite';
  done: number;
  total: number;
}

export interface CompactReport {
  bytesBefore: number;
  bytesAfter: number;
  originalsCompressed: number;
  /** Documents whose reading-view HTML was moved out of their row or compressed (html-parts.ts). */
  htmlCompressed: number;
  pageSizeBefore: number;
  pageSizeAfter: number;
}

function fileBytes(dataDir: string): number {
  return statSync(join(dataDir, DATABASE_FILE)).size;
}

/** Originals kept uncompressed (stored before 0210, or too large then) that compression shrinks now. */
function compressOriginals(db: Database.Database, onProgress: (p: CompactProgress) => void): number {
  const ids = prepared(db, `SELECT id FROM blobs WHERE codec = 'none' AND size <= ? ORDER BY id`).pluck().all(PACK_MAX_BYTES) as number[];
  let compressed = 0;
  for (let at = 0; at < ids.length; at += BLOBS_PER_TRANSACTION) {
    // Packed before the transaction (CPU work), written inside it only if the row is still as read.
    const packed: { id: number; data: Buffer }[] = [];
    for (const id of ids.slice(at, at + BLOBS_PER_TRANSACTION)) {
      const row = prepared(db, 'SELECT sha256, data FROM blobs WHERE id = ?').get(id) as { sha256: string; data: Buffer } | undefined;
      // Bytes that no longer match their SHA-256 are left exactly as they are, for doctor to report.
      if (!row || createHash('sha256').update(row.data).digest('hex') !== row.sha256) continue;
      const { codec, data } = packBlob(row.data);
      if (codec !== 'none') packed.push({ id, data });
    }
    writeTransaction(db, () => {
      for (const { id, data } of packed) {
        compressed += prepared(db, `UPDATE blobs SET codec = 'br', data = ? WHERE id = ? AND codec = 'none'`).run(data, id).changes;
      }
    });
    onProgress({ step: 'originals', done: Math.min(at + BLOBS_PER_TRANSACTION, ids.length), total: ids.length });
  }
  return compressed;
}

const HTML_DOCUMENTS_PER_TRANSACTION = 50;

/**
 * The reading-view HTML stored before schema 230 — in the document row, or in plain pieces — compressed
 * into pieces as new imports store it. Packed before each transaction; a document is written only if its
 * HTML is still as read (nothing else changes stored HTML, but a second process could have compacted it).
 */
function compressHtml(db: Database.Database, onProgress: (p: CompactProgress) => void): number {
  const ids = prepared(
    db,
    `SELECT id FROM documents WHERE html <> ''
     UNION SELECT document_id FROM document_html_parts WHERE codec = 'none' ORDER BY 1`,
  ).pluck().all() as number[];
  let compressed = 0;
  for (let at = 0; at < ids.length; at += HTML_DOCUMENTS_PER_TRANSACTION) {
    const packed = ids.slice(at, at + HTML_DOCUMENTS_PER_TRANSACTION).map((id) => {
      const html = readStoredHtml(db, id);
      return { id, html, pieces: splitHtml(html).map(packHtml) };
    });
    writeTransaction(db, () => {
      for (const { id, html, pieces } of packed) {
        if (readStoredHtml(db, id) !== html) continue;
        prepared(db, 'DELETE FROM document_html_parts WHERE document_id = ?').run(id);
        prepared(db, `UPDATE documents SET html = '' WHERE id = ?`).run(id);
        for (const [part, piece] of pieces.entries()) writeHtmlPart(db, id, part, piece);
        compressed++;
      }
    });
    onProgress({ step: 'html', done: Math.min(at + HTML_DOCUMENTS_PER_TRANSACTION, ids.length), total: ids.length });
  }
  return compressed;
}

export interface CompactOptions {
  onProgress?: (p: CompactProgress) => void;
  /** The page size to rewrite with; default PAGE_SIZE for an archive of PAGE_SIZE_SWITCH_BYTES or more, else its own. */
  pageSize?: number;
}

export function compactArchive(db: Database.Database, dataDir: string, options: CompactOptions = {}): CompactReport {
  const onProgress = options.onProgress ?? (() => {});
  const others = otherUsers(dataDir);
  if (others.length > 0) {
    throw new AppError(
      'store.compact-in-use',
      `档案正在被其他程序使用（${others.map((u) => `${u.host} 进程 ${u.pid}`).join('、')}），请先关闭程序或服务后再整理。`,
    );
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const bytesBefore = fileBytes(dataDir);
  const pageSizeBefore = db.pragma('page_size', { simple: true }) as number;
  const originalsCompressed = compressOriginals(db, onProgress);
  const htmlCompressed = compressHtml(db, onProgress);
  // One segment per index: fewer pages and faster queries than the segments left by many small imports.
  for (const [i, table] of ['search_index', 'search_chars'].entries()) {
    writeTransaction(db, () => db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`));
    onProgress({ step: 'index', done: i + 1, total: 2 });
  }
  // VACUUM cannot run inside a transaction (it is one, atomic on its own), and a new page size takes
  // effect only outside WAL mode; the archive goes back to WAL at once.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  try {
    db.pragma(`page_size = ${options.pageSize ?? (bytesBefore >= PAGE_SIZE_SWITCH_BYTES ? PAGE_SIZE : pageSizeBefore)}`);
    db.exec('VACUUM');
  } catch (e) {
    throw new AppError('store.compact-failed', `整理档案失败，档案保持原样：${(e as Error).message}（磁盘上需要约与档案同样大小的空闲空间）`);
  } finally {
    db.pragma('journal_mode = WAL');
  }
  onProgress({ step: 'rewrite', done: 1, total: 1 });
  return {
    bytesBefore,
    bytesAfter: fileBytes(dataDir),
    originalsCompressed,
    htmlCompressed,
    pageSizeBefore,
    pageSizeAfter: db.pragma('page_size', { simple: true }) as number,
  };
}
