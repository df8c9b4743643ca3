import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupEntry, BackupSettings, BackupStatus } from '../../../shared/contract/backup.js';
import type { Core } from '../core.js';
import { AppError, isAppError } from '../errors.js';
import { DATABASE_FILE } from '../store/open-database.js';
import { backupInWorker } from './backup-in-worker.js';
import { backupFileName, freeBackupPath, listBackupFiles, pruneAutomaticBackups } from './backup-folder.js';
import { backupFolder, isOverdue, lastRuns, readBackupPassphrase, readBackupSettings, recordBackupRun, saveBackupSettings } from './backup-settings.js';
import { applyPendingRestore, readPendingRestore, stagePendingRestore } from './restore.js';
import { otherUsers } from '../store/data-dir-use.js';
import { officeTimeZone } from '../clock.js';

/** Backups currently running, per data folder: a second "back up now" waits for the first instead. */
const running = new Map<string, Promise<BackupEntry>>();

/**
 * Makes one backup into the backup folder (in a worker thread), records the attempt for the home page,
 * and after a daily backup prunes automatic backups older than the days kept.
 */
export function runBackup(core: Core, kind: 'daily' | 'manual', passphrase?: string): Promise<BackupEntry> {
  const inFlight = running.get(core.dataDir);
  if (inFlight) return inFlight;
  const task = (async () => {
    const settings = readBackupSettings(core.db);
    const folder = backupFolder(core.dataDir, settings);
    // The office passphrase, unless the caller gave one: automatic backups are encrypted when it is set.
    passphrase ??= readBackupPassphrase(core.db) ?? undefined;
    const startedAt = new Date().toISOString();
    try {
      try {
        mkdirSync(folder, { recursive: true });
      } catch {
        throw new AppError('backup.no-folder', `备份文件夹不存在或无法访问：${folder}（U 盘或网络共享是否已连接？）`);
      }
      const result = await backupInWorker(join(core.dataDir, DATABASE_FILE), freeBackupPath(folder, backupFileName(kind, Boolean(passphrase), new Date(), officeTimeZone(core.db))), { passphrase });
      recordBackupRun(core.db, { kind, startedAt, result });
      if (kind === 'daily') pruneAutomaticBackups(folder, settings.keepDays);
      const name = result.file.slice(folder.length + 1);
      return { file: result.file, name, kind, createdAt: result.createdAt, bytes: result.bytes, encrypted: result.encrypted, figures: result.figures, problem: null };
    } catch (e) {
      const message = isAppError(e) ? e.message : `备份未完成：${(e as Error).message}`;
      try {
        recordBackupRun(core.db, { kind, startedAt, error: message });
      } catch {
        // The archive itself may be what failed (a full disk); the error below still reaches the user.
      }
      throw isAppError(e) ? e : new AppError('backup.failed', message);
    }
  })();
  running.set(core.dataDir, task);
  return task.finally(() => running.delete(core.dataDir));
}

export function backupStatus(core: Core, now = Date.now()): BackupStatus {
  const settings = readBackupSettings(core.db);
  const { lastSuccess, lastFailure } = lastRuns(core.db);
  const pending = readPendingRestore(core.dataDir);
  return {
    settings,
    folder: backupFolder(core.dataDir, settings),
    lastSuccess,
    lastFailure,
    encrypted: readBackupPassphrase(core.db) !== null,
    overdue: isOverdue(core.db, settings, lastSuccess, now),
    pendingRestore: pending
      ? { file: pending.from, name: pending.from, kind: 'other', createdAt: pending.requestedAt, bytes: 0, encrypted: false, figures: pending.figures, problem: null }
      : null,
  };
}

/** Backups in the chosen folder and in the data folder's backups/ (before upgrades and restores). */
export function listBackups(core: Core): { folder: string; items: BackupEntry[] } {
  const folder = backupFolder(core.dataDir, readBackupSettings(core.db));
  return { folder, items: listBackupFiles([folder, join(core.dataDir, 'backups')]) };
}

export function changeBackupSettings(core: Core, actor: string, input: BackupSettings & { passphrase?: string | null }): BackupStatus {
  const { passphrase, ...given } = input;
  let settings: BackupSettings = given;
  if (settings.folder !== null) {
    const folder = resolve(settings.folder);
    if (!existsSync(folder)) throw new AppError('backup.no-folder', `文件夹不存在：${folder}。请先插入 U 盘或连接网络共享，或新建该文件夹。`);
    settings = { ...settings, folder };
  }
  saveBackupSettings(core.db, actor, settings, passphrase);
  return backupStatus(core);
}

/**
 * Restores a backup listed on the settings page: checks (and decrypts) it first, then closes the archive,
 * puts the backup in place (the replaced archive kept in backups/) and reopens, all before answering, so
 * the page only has to reload. When another program (the CLI, a second server) has the folder open the
 * checked backup is put in place at the next start instead (`applied: false`). Only listed files may be
 * restored, so the page cannot be used to read arbitrary files of the computer.
 */
export async function requestRestore(core: Core, file: string, passphrase?: string) {
  const listed = listBackups(core).items.find((item) => item.file === resolve(file));
  if (!listed) throw new AppError('backup.not-listed', '只能从备份列表中的文件恢复。请先把备份文件夹设为该文件所在的文件夹。');
  const pending = await stagePendingRestore(core.dataDir, listed.file, passphrase);
  if (otherUsers(core.dataDir).length > 0) return { figures: pending.figures, applied: false };
  await core.replaceArchive(async () => {
    await applyPendingRestore(core.dataDir);
  });
  // Still pending means the swap was refused at the last moment; it is done at the next start.
  return { figures: pending.figures, applied: readPendingRestore(core.dataDir) === null };
}
