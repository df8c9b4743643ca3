import type Database from 'better-sqlite3';
import { prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { insertIndexRows } from './search-index.js';
import { encodeBlocks } from './search-text.js';
import { splitParts } from '../documents/search-parts.js';

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
 * Where an interrupted or running rebuild stands, for the doors to show: null when the index is complete;
 * otherwise `done` of `total` sources (every source of the archive; those still queued are not searchable
 * yet). Counted from the tables, so every process sharing the archive sees the same figures.
 */
export function rebuildStatus(db: Database.Database): RebuildProgress | null {
  if (!prepared(db, 'SELECT 1 FROM search_rebuild LIMIT 1').get()) return null;
  const total = (prepared(db, 'SELECT count(*) AS n FROM search_sources').get() as { n: number }).n;
  return { done: Math.max(0, total - pendingRebuild(db)), total };
}

/**
 * Re-indexes up to `chunk` queued sources (migration 0210 queued them all: new index layout), newest first
 * so recent matters are searchable soonest, in one write transaction: texts are read and encoded before it
 * and only inserted inside. A crash leaves the rest queued. Returns how many queue entries it took (0: done).
 */
export function rebuildChunk(db: Database.Database, chunk = CHUNK): number {
  const batch = prepared(
    db,
    `SELECT r.source_id AS id, s.kind, s.ref_id, s.part, s.document_id FROM search_rebuild r
     LEFT JOIN search_sources s ON s.id = r.source_id ORDER BY r.source_id DESC LIMIT ?`,
  ).all(chunk) as SourceRow[];
  if (batch.length === 0) return 0;
  const bodies = batch.map((row) => ({ id: row.id, body: row.kind === null ? null : bodyOf(db, row) }));
  writeTransaction(db, () => {
    for (const { id, body } of bodies) {
      // A source deleted or re-indexed since it was queued is gone from search_sources (re-indexing gives
      // a source a new id): nothing to do. A queued source is never in the index yet (the migration emptied
      // it; each chunk's inserts and dequeues commit together, and nothing else indexes an existing id), so
      // a plain insert is enough. The same id always has the same text, so a body read just before the
      // transaction (by another process meanwhile too) is still the right one.
      if (body !== null && prepared(db, 'SELECT 1 FROM search_sources WHERE id = ?').get(id)) {
        insertIndexRows(db, id, body);
      }
      prepared(db, 'DELETE FROM search_rebuild WHERE source_id = ?').run(id);
    }
  });
  return batch.length;
}

/**
 * Re-indexes every queued source before returning (the CLI: a script's search must be complete), reporting
 * progress per chunk. The next open goes on from where a crash left it. Returns how many were taken.
 */
export function rebuildSearchIndex(db: Database.Database, onProgress: (p: RebuildProgress) => void = () => {}): number {
  const total = pendingRebuild(db);
  let done = 0;
  while (done < total) {
    const n = rebuildChunk(db);
    if (n === 0) break;
    done += n;
    onProgress({ done: Math.min(done, total), total });
  }
  return done;
}

/** A rebuild running between requests; `stop` ends it after the current chunk (on close or restore). */
export interface BackgroundRebuild {
  /** Settles when the queue is empty or the rebuild was stopped. */
  finished: Promise<void>;
  stop(): void;
}

/**
 * The same rebuild in the background of a long-running door (the desktop app, `serve`): the archive opens at
 * once and the user works while sources are indexed a chunk at a time; between chunks the event loop turns
 * for as long as the chunk held the lock (5–100 ms), so requests and other processes' writes get their turn.
 * Searches meanwhile say how far it is (rebuildStatus). Closing the app in the middle loses nothing: what is
 * not indexed yet stays queued for the next open.
 */
export function startBackgroundRebuild(
  db: Database.Database,
  onProgress: (p: RebuildProgress) => void = () => {},
  chunk = CHUNK,
): BackgroundRebuild {
  let stopped = false;
  const finished = (async () => {
    // The first chunk too waits for a turn: the door finishes opening and answers at once.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (!stopped && db.open) {
      const started = performance.now();
      let taken: number;
      try {
        taken = rebuildChunk(db, chunk);
      } catch (e) {
        // Busy for longer than the busy timeout (a long write elsewhere): try again after a pause. Anything
        // else (a full disk, the archive closed under it) ends the run; the queue waits for the next open.
        if ((e as { code?: string }).code === 'SQLITE_BUSY') taken = -1;
        else {
          if (db.open) process.stderr.write(`全文检索索引重建暂停：${(e as Error).message}（下次打开时继续）\n`);
          break;
        }
      }
      if (taken === 0) break;
      const held = performance.now() - started;
      if (taken > 0) {
        const status = rebuildStatus(db);
        if (status === null) {
          const total = (prepared(db, 'SELECT count(*) AS n FROM search_sources').get() as { n: number }).n;
          onProgress({ done: total, total });
          break;
        }
        onProgress(status);
      }
      await new Promise<void>((resolve) => setTimeout(resolve, Math.min(100, Math.max(5, held))));
    }
  })();
  return { finished, stop: () => void (stopped = true) };
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
