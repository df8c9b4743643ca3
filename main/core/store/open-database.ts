import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { isNativeLoadError, NATIVE_LOAD_MESSAGE } from './native-load-error.js';
import { applyMigrations, loadMigrations, pendingMigrations, schemaVersion } from './migrations.js';
import { storeErrorOf } from './write-transaction.js';
import { retryWhileBusy } from './busy-retry.js';
import { officeTimeZone } from '../clock.js';
import { DEFAULT_TIME_ZONE, fileStampInZone } from '../../../shared/domain/office-time.js';

/** The office's zone for a file name (issue 20: one clock); an archive older than the setting has China time. */
function zoneOf(db: Database.Database): string {
  try {
    return officeTimeZone(db);
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

export const DATABASE_FILE = 'review-desk.sqlite';

/** How long a writer waits for another process's write lock before the user is told the archive is busy. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Archives up to this size get `quick_check` on every open. It costs ~3 ms per MB, so 64 MB adds at most
 * ~0.2 s to a start; larger archives are checked in full by `doctor` and by every scheduled backup.
 */
export const QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024;

export interface OpenOptions {
  /** Path of an Electron-ABI build of better-sqlite3's addon; the desktop shell passes it. */
  nativeBinding?: string;
  /** Stop migrating at this version (tests build old-schema databases with it). */
  migrateUpTo?: number;
  /** Overrides DEFAULT_BUSY_TIMEOUT_MS (tests use a short one). */
  busyTimeoutMs?: number;
  /** Overrides QUICK_CHECK_MAX_BYTES (tests). */
  quickCheckMaxBytes?: number;
}

/** The page size of a new archive (existing ones keep theirs until `review-desk compact` rewrites them). */
export const PAGE_SIZE = 8192;

/**
 * Connection settings that write nothing. The busy timeout comes first so that even the switch to WAL
 * waits for a second process opening the same new folder.
 */
function configureConnection(db: Database.Database, options: OpenOptions): void {
  db.pragma(`busy_timeout = ${busyTimeoutOf(options)}`);
  db.pragma('foreign_keys = ON');
  // FULL: in WAL mode every commit is fsynced, so an issued letter whose number has been sent out survives
  // a power cut (NORMAL may lose the last commits). Measured cost in README (“数据库的同步设置”).
  db.pragma('synchronous = FULL');
}

function openFile(file: string, options: OpenOptions): Database.Database {
  try {
    return new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    // The addon loads on the first `new Database`: its failure is a broken installation, not a bad file.
    if (isNativeLoadError(e)) throw new AppError('app.native-load-failed', NATIVE_LOAD_MESSAGE, { cause: (e as Error).message });
    throw new AppError('store.open-failed', `无法打开数据库文件 ${file}：${(e as Error).message}`);
  }
}

/** Whether this open should run quick_check (small archives only; see QUICK_CHECK_MAX_BYTES). */
function shouldQuickCheck(file: string, options: OpenOptions): boolean {
  const limit = options.quickCheckMaxBytes ?? QUICK_CHECK_MAX_BYTES;
  const size = statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
  return size <= limit;
}

/**
 * Opens (creating if needed) the archive in `dataDir`, backs it up when an upgrade is pending and
 * the database already holds data, and brings the schema to the latest version.
 * Order matters: a database from a newer program is refused before anything is written to it (not
 * even the switch to WAL), and the migrations run in an IMMEDIATE transaction that re-reads the version,
 * so two processes opening a new folder at once both succeed; a lock met while setting the connection up
 * (which SQLite does not wait for) is tried again within the busy timeout.
 */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<Database.Database> {
  mkdirSync(dataDir, { recursive: true });
  return retryWhileBusy(() => openOnce(dataDir, options), busyTimeoutOf(options));
}

function busyTimeoutOf(options: OpenOptions): number {
  return Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS));
}

async function openOnce(dataDir: string, options: OpenOptions): Promise<Database.Database> {
  const file = join(dataDir, DATABASE_FILE);
  const db = openFile(file, options);
  try {
    configureConnection(db, options);
    const migrations = loadMigrations();
    pendingMigrations(db, migrations); // throws store.too-new before any write
    // A new file only (SQLite ignores this once the file has pages): 8 KiB pages hold three compressed
    // originals of a few KB where 4 KiB pages held one, and pack paragraph rows tighter (issue 17).
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    if (shouldQuickCheck(file, options)) {
      const quick = db.pragma('quick_check', { simple: true });
      if (quick !== 'ok') throw new AppError('store.corrupt', `数据库文件已损坏（${String(quick)}），请从备份恢复。`);
    }
    const pending = pendingMigrations(db, migrations);
    if (pending.length > 0 && schemaVersion(db) > 0) {
      const backup = join(dirname(file), 'backups', `before-schema-${pending[0]!.version}-${fileStampInZone(new Date(), zoneOf(db))}.sqlite`);
      mkdirSync(dirname(backup), { recursive: true });
      await db.backup(backup);
    }
    applyMigrations(db, migrations, options.migrateUpTo);
    return db;
  } catch (e) {
    db.close();
    throw storeErrorOf(e);
  }
}

/** An in-memory database with every migration applied, for tests of core services. */
export function openMemoryDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, loadMigrations());
  return db;
}
