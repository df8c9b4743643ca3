import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { stageDocumentPart } from '../search/search-index.js';
import { alive } from '../store/data-dir-use.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { insertBlocks, nextDocumentId, storeBlob } from './document-store.js';
import { HTML_PIECE_CHARS, packHtml, splitHtml, writeHtmlPart } from './html-parts.js';
import type { SearchPart } from './search-parts.js';

/**
 * Large documents are written in steps, so no write transaction holds the archive's write lock for long
 * (a 200,000-paragraph DOCX in one transaction held it for 11 s and made a concurrent CLI batch fail):
 *  1. reserve: a document id and the original's bytes, recorded in `document_imports`;
 *  2. the HTML in pieces of HTML_PIECE_CHARS, then the blocks in steps of ≤ STEP_BLOCKS, each part's
 *     search row with its last step, invisible — blocks of an unregistered id are reachable from
 *     nowhere and the search row has no matter;
 *  3. the caller's last short transaction registers the document (and its matter), publishes the
 *     search rows and deletes the `document_imports` row (document-service.ts).
 * Between steps the event loop turns and the lock is free for as long as the step took, so requests
 * of this process and writers of other processes (whose busy handler polls) get their turn.
 * A process killed mid-import leaves a `document_imports` row; the next open removes its rows.
 */

export interface StagedImport {
  importId: number;
  documentId: number;
}

export interface StageInput {
  sha256: string;
  bytes: Buffer;
  blocks: readonly TextBlock[];
  parts: readonly SearchPart[];
  /** The reading-view HTML, written in pieces of HTML_PIECE_CHARS (the document row then holds ''). */
  html: string;
}

/**
 * Sizes of one step. Under load (2 cores, load 20) a 1 M-character HTML piece held the lock 1.1 s and
 * a 2,000-block part 0.5–0.8 s; a quarter of that HTML (~0.75 MB of UTF-8) and 1,000 blocks keep a step
 * near 100 ms on a loaded machine and a few tens of ms on an idle one.
 */
export { HTML_PIECE_CHARS };
export const STEP_BLOCKS = 1000;

/** Pause between steps: as long as the step held the lock (so the lock is free half the time), 5–100 ms. */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(100, Math.max(5, ms))));

function reserve(db: Database.Database, sha256: string, bytes: Buffer): StagedImport {
  return writeTransaction(db, () => {
    const documentId = nextDocumentId(db);
    const storedNow = !storeBlob(db, sha256, bytes);
    const { lastInsertRowid } = prepared(
      db,
      'INSERT INTO document_imports (document_id, blob_sha256, owner_pid, owner_host, started_at) VALUES (?, ?, ?, ?, ?)',
    ).run(documentId, storedNow ? sha256 : null, process.pid, hostname(), nowIso());
    return { importId: Number(lastInsertRowid), documentId };
  });
}

/** Writes the document's blocks and search parts in steps; the document stays invisible until registered. */
export async function stageDocument(db: Database.Database, input: StageInput): Promise<StagedImport> {
  let held = performance.now();
  const staged = reserve(db, input.sha256, input.bytes);
  held = performance.now() - held;
  try {
    for (const [part, piece] of splitHtml(input.html).entries()) {
      await pause(held);
      // Compressed before the transaction (html-parts.ts), so the lock is held only for the write.
      const packed = packHtml(piece);
      const started = performance.now();
      writeTransaction(db, () => writeHtmlPart(db, staged.documentId, part, packed));
      held = performance.now() - started;
    }
    for (const [index, part] of input.parts.entries()) {
      for (let at = part.from; ; at += STEP_BLOCKS) {
        const end = Math.min(at + STEP_BLOCKS, part.to);
        await pause(held);
        const started = performance.now();
        writeTransaction(db, () => {
          insertBlocks(db, staged.documentId, input.blocks.slice(at, end));
          if (end === part.to) stageDocumentPart(db, staged.importId, staged.documentId, index, part.body);
        });
        held = performance.now() - started;
        if (end === part.to) break;
      }
    }
    await pause(held);
    return staged;
  } catch (e) {
    try {
      discardImport(db, staged.importId);
    } catch {
      // The archive refuses writes now (full disk, closed): the next open removes the rows.
    }
    throw e;
  }
}

/** Whether the import's blob was stored by it and the document was never registered (then it goes too). */
function importBlobToRemove(db: Database.Database, importId: number): string | null {
  const row = prepared(db, 'SELECT blob_sha256 FROM document_imports WHERE id = ?').get(importId) as { blob_sha256: string | null } | undefined;
  return row?.blob_sha256 ?? null;
}

const DELETE_STEP = 5000;

/**
 * Removes an unfinished import's rows, in short transactions: its blocks, its search rows, the bytes it
 * stored (unless a document uses them by now), and its record. Idempotent; a registered document is
 * never touched (its id is no longer in document_imports).
 */
export function discardImport(db: Database.Database, importId: number): void {
  const row = prepared(db, 'SELECT document_id FROM document_imports WHERE id = ?').get(importId) as { document_id: number } | undefined;
  if (!row) return;
  const documentId = row.document_id;
  if (prepared(db, 'SELECT 1 FROM documents WHERE id = ?').get(documentId)) {
    // Registered after all (the last transaction committed): only the record is left to remove.
    writeTransaction(db, () => prepared(db, 'DELETE FROM document_imports WHERE id = ?').run(importId));
    return;
  }
  for (;;) {
    const { changes } = writeTransaction(db, () =>
      prepared(
        db,
        'DELETE FROM document_blocks WHERE document_id = ? AND idx IN (SELECT idx FROM document_blocks WHERE document_id = ? ORDER BY idx LIMIT ?)',
      ).run(documentId, documentId, DELETE_STEP),
    );
    if (changes === 0) break;
  }
  for (;;) {
    const { changes } = writeTransaction(db, () =>
      prepared(db, 'DELETE FROM search_sources WHERE id = (SELECT id FROM search_sources WHERE import_id = ? LIMIT 1)').run(importId),
    );
    if (changes === 0) break;
  }
  for (;;) {
    const { changes } = writeTransaction(db, () =>
      prepared(db, 'DELETE FROM document_html_parts WHERE document_id = ? AND part = (SELECT min(part) FROM document_html_parts WHERE document_id = ?)').run(documentId, documentId),
    );
    if (changes === 0) break;
  }
  writeTransaction(db, () => {
    const sha = importBlobToRemove(db, importId);
    prepared(db, 'DELETE FROM document_imports WHERE id = ?').run(importId);
    if (sha && !prepared(db, 'SELECT 1 FROM documents WHERE sha256 = ?').get(sha) && !prepared(db, 'SELECT 1 FROM document_imports WHERE blob_sha256 = ?').get(sha)) {
      prepared(db, 'DELETE FROM blobs WHERE sha256 = ?').run(sha);
    }
  });
}

/** A day: an import record of another computer (a shared folder) this old is no longer running. */
const FOREIGN_STALE_MS = 24 * 60 * 60 * 1000;

/**
 * At open: removes imports left by processes that died mid-import (same computer, pid gone; or another
 * computer's record older than a day). Imports of live processes — a server importing while the CLI
 * opens the same folder — are left alone. Returns how many were removed.
 */
export function cleanInterruptedImports(db: Database.Database): number {
  const rows = prepared(db, 'SELECT id, owner_pid, owner_host, started_at FROM document_imports').all() as {
    id: number;
    owner_pid: number;
    owner_host: string;
    started_at: string;
  }[];
  let removed = 0;
  for (const row of rows) {
    const dead =
      row.owner_host === hostname()
        ? row.owner_pid !== process.pid && !alive(row.owner_pid)
        : Date.now() - Date.parse(row.started_at) > FOREIGN_STALE_MS;
    if (!dead) continue;
    discardImport(db, row.id);
    removed++;
  }
  return removed;
}
