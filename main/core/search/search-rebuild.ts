import type Database from 'better-sqlite3';
import { prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { insertIndexRows } from './search-index.js';
import { encodeBlocks } from './search-text.js';
import { splitParts } from '../documents/prepare-work.js';

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
 * Re-indexes every source queued in search_rebuild (migration 0210 queues them all: new index layout), newest first so
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
      `SELECT r.source_id AS id, s.kind, s.ref_id, s.part, s.document_id FROM search_rebuild r
       LEFT JOIN search_sources s ON s.id = r.source_id ORDER BY r.source_id DESC LIMIT ${CHUNK}`,
    ).all() as SourceRow[];
    if (batch.length === 0) break;
    const bodies = batch.map((row) => ({ id: row.id, body: row.kind === null ? null : bodyOf(db, row) }));
    writeTransaction(db, () => {
      for (const { id, body } of bodies) {
        // A source deleted or re-indexed since it was queued is gone from search_sources: nothing to do.
        // A queued source is never in the index yet (the migration emptied it; each chunk's inserts and
        // dequeues commit together), so a plain insert is enough.
        if (body !== null && prepared(db, 'SELECT 1 FROM search_sources WHERE id = ?').get(id)) {
          insertIndexRows(db, id, body);
        }
        prepared(db, 'DELETE FROM search_rebuild WHERE source_id = ?').run(id);
      }
    });
    done += batch.length;
    onProgress({ done: Math.min(done, total), total });
  }
  return done;
}

interface SourceRow {
  id: number;
  kind: string | null;
  ref_id: number | null;
  part: number | null;
  document_id: number | null;
}

/**
 * The indexed text of a source, as the import wrote it (a document's part `part` of splitParts, a
 * matter's title); null for a kind this version does not index. A part of an import still in progress
 * (document_id NULL) is read by its reserved id, ref_id.
 */
function bodyOf(db: Database.Database, row: SourceRow): string | null {
  if (row.kind === 'document' && row.ref_id !== null) {
    const blocks = prepared(db, 'SELECT text FROM document_blocks WHERE document_id = ? ORDER BY idx').all(row.ref_id) as { text: string }[];
    return splitParts(blocks)[row.part ?? 0]?.body ?? encodeBlocks([]);
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
