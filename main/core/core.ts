import type Database from 'better-sqlite3';
import { defaultResourcesDir } from './checklists/resources-dir.js';
import { join } from 'node:path';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './store/open-database.js';
import { ensurePrivateFolder, makeFilePrivate } from './store/private-folder.js';
import { sealAuditLog } from './audit.js';
import { schemaVersion } from './store/migrations.js';
import { refuseWhileRestoring } from './backup/restore-guard.js';
import { restoreIsPending } from './backup/pending-restore-files.js';
import { markInUse, otherUsers } from './store/data-dir-use.js';
import { closeStatutes } from './statutes/open-stores.js';
import { cleanInterruptedImports } from './documents/staged-import.js';
import {
  logRebuildProgress,
  pendingRebuild,
  rebuildSearchIndex,
  startBackgroundRebuild,
  type BackgroundRebuild,
  type RebuildProgress,
} from './search/search-rebuild.js';

/** Everything a door needs to serve requests: the open archive and where it lives. */
export interface Core {
  db: Database.Database;
  dataDir: string;
  schemaVersion(): number;
  /**
   * Folder holding the shipped checklists and libraries; reviewResources(core) (checklists/core-resources.ts)
   * loads and validates them on first use, so opening an archive does not load their schemas.
   */
  resourcesDir: string;
  /** The background index rebuild after an upgrade, while it runs (searchRebuild 'background'); else null. */
  searchRebuild(): BackgroundRebuild | null;
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
  /**
   * When that rebuild runs: 'before-open' (default: the CLI, whose scripts need complete answers) or
   * 'background' (the desktop app and `serve`: the archive opens at once, searches say 索引重建中 x/y
   * until it is done; see search-rebuild.ts).
   */
  searchRebuild?: 'before-open' | 'background';
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
interface OpenArchive {
  db: Database.Database;
  release: () => void;
  rebuild: BackgroundRebuild | null;
}

async function openArchive(dataDir: string, options: CoreOptions): Promise<OpenArchive> {
  const isNewFolder = ensurePrivateFolder(dataDir);
  const db = await openDatabase(dataDir, options);
  if (isNewFolder) makeFilePrivate(join(dataDir, DATABASE_FILE));
  const release = markInUseIfPossible(dataDir);
  // Entries written before the audit chain existed (schema < 70) are sealed into it once.
  sealAuditLog(db);
  // A large import killed midway left invisible rows (staged-import.ts); they go now.
  cleanInterruptedImports(db);
  // A migration that changed the index layout (0210) queued every source: indexed again before the archive
  // is used, or in the background while it is (searches then say how far it is).
  let rebuild: BackgroundRebuild | null = null;
  if (pendingRebuild(db) > 0) {
    const onProgress = options.onSearchRebuild ?? logRebuildProgress();
    if (options.searchRebuild === 'background') rebuild = startBackgroundRebuild(db, onProgress);
    else rebuildSearchIndex(db, onProgress);
  }
  return { db, release, rebuild };
}

/**
 * Folds the WAL back and closes, so a plain copy of the folder is complete after exit. While another
 * process uses the folder (a server, while a CLI batch ends), only a PASSIVE checkpoint is made: a
 * TRUNCATE one blocks every new writer while it waits for the other process's readers — up to the
 * busy timeout, 5 s — so the server's writes of that moment could fail with 数据库正忙 (one
 * import-under-load run had 8 failed opinions.add; none in the runs since). The last process to close truncates.
 */
function closeArchive(dataDir: string, { db, release, rebuild }: OpenArchive): void {
  // Stopped between two chunks (the runner only writes in a synchronous turn): nothing half-written.
  rebuild?.stop();
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

/**
 * Opens the archive of `dataDir`. Only what every open needs is imported above; the restore code, the
 * statute library and the checklists' schemas load when they are used (issue 17: a command's start-up
 * loads what that command needs — tests/cli/start-up-modules.test.ts keeps it so).
 */
export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  // A restore staged by the settings page is put in place first; its code loads only when one waits.
  if (restoreIsPending(dataDir)) await (await import('./backup/restore.js')).applyPendingRestore(dataDir);
  refuseWhileRestoring(dataDir);
  let open = await openArchive(dataDir, options);
  const core: Core = {
    db: open.db,
    dataDir,
    schemaVersion: () => schemaVersion(core.db),
    resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
    searchRebuild: () => open.rebuild,
    replaceArchive: async (swap) => {
      closeArchive(dataDir, open);
      try {
        await swap();
      } finally {
        // Reopened whatever the swap did: a failed restore leaves the old archive in place, open again.
        open = await openArchive(dataDir, options);
        core.db = open.db;
      }
    },
    close: () => closeArchive(dataDir, open),
  };
  return core;
}
