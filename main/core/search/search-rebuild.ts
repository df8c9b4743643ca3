import type Database from 'better-sqlite3';
import { prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { encodeBlocks } from './search-text.js';

/** Sources re-indexed per write transaction: short enough that a second process waits under a second. */
const CHUNK = 200;

export interface RebuildProgress {
  done: number;
  total: number;
}

/** How many sources still wait to be (re)indexed after a migration changed the index layout. */
export function pendingRebuild(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM search_rebuild').get() as { n: number }).n;
}

/**
 * Re-indexes every source queued in search_rebuild (migration 0210 queues them all), newest first so
 * recent matters are searchable soonest if it is interrupted. Each chunk is one write transaction:
 * texts are read and encoded before it and only inserted inside. A crash leaves the rest queued, and
 * the next open goes on from there. Returns how many sources were indexed.
 */
export function rebuildSearchIndex(db: Database.Database, onProgress: (p: RebuildProgress) => void = () => {}): number {
  const total = pendingRebuild(db);
  let done = 0;
  while (done < total) {
    const batch = prepared(
      db,
      `SELECT r.source_id AS id, s.kind, s.ref_id, s.document_id FROM search_rebuild r
       LEFT JOIN search_sources s ON s.id = r.source_id ORDER BY r.source_id DESC LIMIT ${CHUNK}`,
    ).all() as { id: number; kind: string | null; ref_id: number | null; document_id: number | null }[];
    if (batch.length === 0) break;
    const bodies = batch.map((row) => ({ id: row.id, body: row.kind === null ? null : bodyOf(db, row) }));
    writeTransaction(db, () => {
      for (const { id, body } of bodies) {
        // A source deleted or re-indexed since it was queued is gone from search_sources: nothing to do.
        // A queued source is never in the index yet (the migration emptied it; each chunk's inserts and
        // dequeues commit together), so a plain insert is enough.
        if (body !== null && prepared(db, 'SELECT 1 FROM search_sources WHERE id = ?').get(id)) {
          prepared(db, 'INSERT INTO search_index (rowid, body) VALUES (?, ?)').run(id, body);
        }
        prepared(db, 'DELETE FROM search_rebuild WHERE source_id = ?').run(id);
      }
    });
    done += batch.length;
    onProgress({ done: Math.min(done, total), total });
  }
  return done;
}

/** The indexed text of a source, as search-index.ts writes it; null for a kind this version does not index. */
function bodyOf(db: Database.Database, row: { kind: string | null; ref_id: number | null; document_id: number | null }): string | null {
  if (row.kind === 'document' && row.document_id !== null) {
    const blocks = prepared(db, 'SELECT text FROM document_blocks WHERE document_id = ? ORDER BY idx').all(row.document_id) as { text: string }[];
    return encodeBlocks(blocks.map((b) => b.text));
  }
  if (row.kind === 'matter' && row.ref_id !== null) {
    const matter = prepared(db, 'SELECT title FROM matters WHERE id = ?').get(row.ref_id) as { title: string } | undefined;
    return matter ? encodeBlocks([matter.title]) : null;
  }
  return null;
}

/** The default progress report: a line on stderr at most every 2 s and at the end (CLI, server log). */
export function logRebuildProgress(): (p: RebuildProgress) => void {
  let last = 0;
  return ({ done, total }) => {
    const now = Date.now();
    if (done < total && now - last < 2000) return;
    last = now;
    process.stderr.write(`正在按新格式重建全文检索索引（升级后仅一次）：${done}/${total}\n`);
  };
}
