import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { isNativeLoadError, NATIVE_LOAD_MESSAGE } from './native-load-error.js';
import { applyMigrations, loadMigrations, pendingMigrations, schemaVersion } from './migrations.js';

export const DATABASE_FILE = 'review-desk.sqlite';

export interface OpenOptions {
  /** Path of an Electron-ABI build of better-sqlite3's addon; the desktop shell passes it. */
  nativeBinding?: string;
  /** Stop migrating at this version (tests build old-schema databases with it). */
  migrateUpTo?: number;
}

/** Applies the connection settings every connection needs. */
function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Another process (the CLI beside the app) may hold the write lock briefly.
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
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

/**
 * Opens (creating if needed) the archive in `dataDir`, backs it up when an upgrade is pending and
 * the database already holds data, and brings the schema to the latest version.
 */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<Database.Database> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const isNew = !existsSync(file);
  const db = openFile(file, options);
  try {
    configure(db);
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new AppError('store.corrupt', `数据库文件已损坏（${String(quick)}），请从备份恢复。`);
    const pending = pendingMigrations(db, loadMigrations());
    if (pending.length > 0 && !isNew && schemaVersion(db) > 0) {
      const backup = join(dirname(file), 'backups', `before-schema-${pending[0]!.version}-${Date.now()}.sqlite`);
      mkdirSync(dirname(backup), { recursive: true });
      await db.backup(backup);
    }
    applyMigrations(db, pending, options.migrateUpTo);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** An in-memory database with every migration applied, for tests of core services. */
export function openMemoryDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, pendingMigrations(db, loadMigrations()));
  return db;
}
