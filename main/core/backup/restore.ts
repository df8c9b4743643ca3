import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { markInUse } from '../store/data-dir-use.js';
import type { ArchiveFigures } from '../store/health-check.js';
import { latestVersion, loadMigrations } from '../store/migrations.js';
import { DATABASE_FILE, openDatabase } from '../store/open-database.js';
import { stageBackup } from './backup-file.js';
import { refuseWhileInUse } from './restore-guard.js';

export interface RestoreResult {
  /** The figures of the archive now in place. */
  figures: ArchiveFigures;
  /** Where the replaced archive was kept (null when the folder held none). */
  previous: string | null;
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * Replaces the archive in `dataDir` with a backup: refuses while any other process has the folder open,
 * decrypts and checks the backup before touching anything, keeps the replaced archive in backups/, then
 * swaps the files and opens the result once (upgrading an older backup's schema, with its own backup).
 */
export async function restoreArchive(dataDir: string, from: string, options: { passphrase?: string } = {}): Promise<RestoreResult> {
  refuseWhileInUse(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const release = markInUse(dataDir, 'restore');
  const staged = join(dataDir, `restore-staging-${process.pid}.sqlite`);
  try {
    const figures = await stageBackup(from, staged, options.passphrase);
    if (figures.schemaVersion > latestVersion(loadMigrations())) {
      throw new AppError('backup.too-new', '该备份由更新版本的程序制作，请先升级合法性审查工作台再恢复。');
    }
    // Checked again: someone may have started the program while the backup was being checked.
    refuseWhileInUse(dataDir);
    const file = join(dataDir, DATABASE_FILE);
    let previous: string | null = null;
    if (existsSync(file)) {
      previous = join(dataDir, 'backups', `before-restore-${stamp()}.sqlite`);
      mkdirSync(join(dataDir, 'backups'), { recursive: true });
      const current = new Database(file, { fileMustExist: true });
      try {
        await current.backup(previous);
      } finally {
        current.close();
      }
    }
    for (const suffix of ['-wal', '-shm', '']) rmSync(`${file}${suffix}`, { force: true });
    renameSync(staged, file);
    const db = await openDatabase(dataDir);
    db.close();
    return { figures, previous };
  } finally {
    rmSync(staged, { force: true });
    release();
  }
}
