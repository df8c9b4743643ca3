import type Database from 'better-sqlite3';
import { defaultResourcesDir, loadReviewResources, type ReviewResources } from './checklists/index.js';
import { join } from 'node:path';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './store/open-database.js';
import { ensurePrivateFolder, makeFilePrivate } from './store/private-folder.js';
import { sealAuditLog } from './audit.js';
import { schemaVersion } from './store/migrations.js';
import { refuseWhileRestoring } from './backup/restore-guard.js';
import { applyPendingRestore } from './backup/restore.js';
import { markInUse, otherUsers } from './store/data-dir-use.js';
import { closeStatutes } from './statutes/statute-store.js';
import { cleanInterruptedImports } from './documents/staged-import.js';
import { logRebuildProgress, pendingRebuild, rebuildSearchIndex, type RebuildProgress } from './search/search-rebuild.js';

/** Everything a door needs to serve requests: the open archive and where it lives. */
export interface Core {
  db: Database.Database;
  dataDir: string;
  schemaVersion(): number;
  /** The shipped checklists and libraries, loaded and validated on first use. */
  resources(): ReviewResources;
  /**
   * Closes the archive, runs `swap` (which replaces its files: a restore), and opens it again in place,
   * so every door holding this Core goes on with the new archive without a restart.
   */
  replaceArchive(swap: () => Promise<void>): Promise<void>;
  close(): void;
}

export interface CoreOptions extends OpenOptions {
  /** Progress of the one-off search index rebuild after an upgrade (default: lines on stderr). */
  onSearchRebuild?: (progress: RebuildProgress) => void;
  /** Folder holding checklists/, legal-basis/ and phrases/; defaults to the shipped resources/. */
  resourcesDir?: string;
}

/** The in-use record (see data-dir-use.ts); on a full or read-only disk the archive still opens without it. */
function markInUseIfPossible(dataDir: string): () => void {
  try {
    return markInUse(dataDir, 'open');
  } catch {
    return () => {};
  }
}

/** Opens the archive and the bookkeeping that goes with an open: the in-use record, the audit seal, cleanup. */
async function openArchive(dataDir: string, options: CoreOptions): Promise<{ db: Database.Database; release: () => void }> {
  const isNewFolder = ensurePrivateFolder(dataDir);
  const db = await openDatabase(dataDir, options);
  if (isNewFolder) makeFilePrivate(join(dataDir, DATABASE_FILE));
  const release = markInUseIfPossible(dataDir);
  // Entries written before the audit chain existed (schema < 70) are sealed into it once.
  sealAuditLog(db);
  // A large import killed midway left invisible rows (staged-import.ts); they go now.
  cleanInterruptedImports(db);
  // A migration that changed the index layout (0210) queued every source; the archive is searched
  // only after all of them are indexed again.
  if (pendingRebuild(db) > 0) rebuildSearchIndex(db, options.onSearchRebuild ?? logRebuildProgress());
  return { db, release };
}

/**
 * Folds the WAL back and closes, so a plain copy of the folder is complete after exit. While another
 * process uses the folder (a server, while a CLI batch ends), only a PASSIVE checkpoint is made: a
 * TRUNCATE one blocks every new writer while it waits for the other process's readers — up to the
 * busy timeout, 5 s — so the server's writes of that moment could fail with 数据库正忙 (one
 * import-under-load run had 8 failed opinions.add; none in the runs since). The last process to close truncates.
 */
function closeArchive(dataDir: string, db: Database.Database, release: () => void): void {
  closeStatutes(dataDir);
  if (db.open) {
    try {
      db.pragma(otherUsers(dataDir).length > 0 ? 'wal_checkpoint(PASSIVE)' : 'wal_checkpoint(TRUNCATE)');
    } catch {
      // A full disk or a reader still open elsewhere: the WAL stays and is folded in on the next open.
    }
    db.close();
  }
  release();
}

export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  await applyPendingRestore(dataDir);
  refuseWhileRestoring(dataDir);
  let { db, release } = await openArchive(dataDir, options);
  let resources: ReviewResources | null = null;
  const core: Core = {
    db,
    dataDir,
    schemaVersion: () => schemaVersion(core.db),
    resources: () => (resources ??= loadReviewResources(options.resourcesDir ?? defaultResourcesDir())),
    replaceArchive: async (swap) => {
      closeArchive(dataDir, db, release);
      try {
        await swap();
      } finally {
        // Reopened whatever the swap did: a failed restore leaves the old archive in place, open again.
        ({ db, release } = await openArchive(dataDir, options));
        core.db = db;
      }
    },
    close: () => closeArchive(dataDir, db, release),
  };
  return core;
}
