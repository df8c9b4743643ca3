import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { markInUse } from '../store/data-dir-use.js';
import type { ArchiveFigures } from '../store/health-check.js';
import { latestVersion, loadMigrations } from '../store/migrations.js';
import { DATABASE_FILE, openDatabase } from '../store/open-database.js';
import { stageBackup } from './backup-file.js';
import { refuseWhileInUse } from './restore-guard.js';
import { detachStatutes } from './backup-statutes.js';
import { closeStatutes } from '../statutes/open-stores.js';
import { officeTimeZoneOfFile } from '../clock.js';
import { fileStampInZone } from '../../../shared/domain/office-time.js';
import { PENDING_FILE, PENDING_INFO, restoreIsPending } from './pending-restore-files.js';

export interface RestoreResult {
  /** The figures of the archive now in place. */
  figures: ArchiveFigures;
  /** Where the replaced archive was kept (null when the folder held none). */
  previous: string | null;
}

/**
 * The before-restore name's time, as the office reads its clock (issue 20: one clock): in the zone set
 * in the archive being replaced (China time when there is none), whatever the PC's zone.
 */
const stampFor = (archive: string) => fileStampInZone(new Date(), officeTimeZoneOfFile(archive));

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
    return { figures, previous: await swapIn(dataDir, staged) };
  } finally {
    rmSync(staged, { force: true });
    release();
  }
}

/**
 * Puts a checked plain archive file in place of the data folder's archive: the replaced one is first
 * copied with the backup API to backups/before-restore-….sqlite; the result is opened once so an older
 * backup's schema is upgraded now rather than at the user's next action.
 */
async function swapIn(dataDir: string, staged: string): Promise<string | null> {
  const file = join(dataDir, DATABASE_FILE);
  const at = stampFor(file);
  // The statute library the backup carries (if any) goes beside the archive; the copy becomes a plain archive.
  closeStatutes(dataDir);
  detachStatutes(staged, dataDir, at);
  let previous: string | null = null;
  if (existsSync(file)) {
    previous = join(dataDir, 'backups', `before-restore-${at}.sqlite`);
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
  return previous;
}

export interface PendingRestore {
  from: string;
  requestedAt: string;
  figures: ArchiveFigures;
}

/**
 * The restore the settings page asks for: the running program holds the archive open, so the backup is
 * checked (and decrypted) now into the data folder and put in place at the next start.
 */
export async function stagePendingRestore(dataDir: string, from: string, passphrase?: string): Promise<PendingRestore> {
  const staged = join(dataDir, `${PENDING_FILE}.${process.pid}.partial`);
  try {
    const figures = await stageBackup(from, staged, passphrase);
    if (figures.schemaVersion > latestVersion(loadMigrations())) {
      throw new AppError('backup.too-new', '该备份由更新版本的程序制作，请先升级合法性审查工作台再恢复。');
    }
    renameSync(staged, join(dataDir, PENDING_FILE));
    const pending: PendingRestore = { from, requestedAt: new Date().toISOString(), figures };
    writeFileSync(join(dataDir, PENDING_INFO), JSON.stringify(pending));
    return pending;
  } finally {
    rmSync(staged, { force: true });
  }
}

export function readPendingRestore(dataDir: string): PendingRestore | null {
  if (!restoreIsPending(dataDir)) return null;
  try {
    return JSON.parse(readFileSync(join(dataDir, PENDING_INFO), 'utf8')) as PendingRestore;
  } catch {
    return null;
  }
}

/** At start, before the archive is opened: completes a restore staged by the settings page, if any. */
export async function applyPendingRestore(dataDir: string): Promise<PendingRestore | null> {
  const pending = readPendingRestore(dataDir);
  if (!pending) return null;
  refuseWhileInUse(dataDir);
  const release = markInUse(dataDir, 'restore');
  try {
    await swapIn(dataDir, join(dataDir, PENDING_FILE));
    rmSync(join(dataDir, PENDING_INFO), { force: true });
    return pending;
  } finally {
    release();
  }
}
