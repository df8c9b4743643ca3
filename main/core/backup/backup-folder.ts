import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupEntry } from '../../../shared/contract/backup.js';
import { isAppError } from '../errors.js';
import { readBackupInfo } from './backup-file.js';
import { DEFAULT_TIME_ZONE, fileStampInZone } from '../../../shared/domain/office-time.js';

/** Names the program gives its backups; pruning only ever touches `review-desk-auto-*`. */
const AUTO_PREFIX = 'review-desk-auto-';
const MANUAL_PREFIX = 'review-desk-manual-';
const BACKUP_FILE = /\.(sqlite|rdbak)$/;


/** A new backup's file name: kind, the time in the office's zone (as people read the clock), and .rdbak when encrypted. */
export function backupFileName(kind: 'daily' | 'manual', encrypted: boolean, at = new Date(), timeZone: string = DEFAULT_TIME_ZONE): string {
  return `${kind === 'daily' ? AUTO_PREFIX : MANUAL_PREFIX}${fileStampInZone(at, timeZone)}${encrypted ? '.rdbak' : '.sqlite'}`;
}

/**
 * `name` in `folder`, or name-2, name-3… before the extension when a backup of the same second is already
 * there: two backups started within one second (立即备份 pressed twice, the daily run meeting a manual one) each
 * get their own file instead of the second failing with 备份文件已存在.
 */
export function freeBackupPath(folder: string, name: string): string {
  const dot = name.indexOf('.');
  for (let n = 1; ; n++) {
    const candidate = join(folder, n === 1 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`);
    if (!existsSync(candidate)) return candidate;
  }
}

function kindOf(name: string): BackupEntry['kind'] {
  if (name.startsWith(AUTO_PREFIX)) return 'daily';
  if (name.startsWith(MANUAL_PREFIX)) return 'manual';
  if (name.startsWith('before-schema-')) return 'before-upgrade';
  if (name.startsWith('before-restore-')) return 'before-restore';
  return 'other';
}

/** Every backup file in the given folders, newest first, with its figures (or why they cannot be read). */
export function listBackupFiles(folders: string[]): BackupEntry[] {
  const seen = new Set<string>();
  const entries: BackupEntry[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (!BACKUP_FILE.test(name) || name.startsWith('.')) continue;
      const file = resolve(folder, name);
      if (seen.has(file)) continue;
      seen.add(file);
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      const base = { file, name, kind: kindOf(name), bytes: stat.size };
      try {
        const info = readBackupInfo(file);
        entries.push({ ...base, createdAt: info.createdAt, encrypted: info.encrypted, figures: info.figures, problem: null });
      } catch (e) {
        const problem = isAppError(e) ? e.message : '无法读取该备份。';
        entries.push({ ...base, createdAt: stat.mtime.toISOString(), encrypted: false, figures: null, problem });
      }
    }
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Deletes automatic backups older than `keepDays`, always keeping the newest one (so a long holiday
 * never leaves the office with none). Manual and before-upgrade backups are the user's to delete.
 */
export function pruneAutomaticBackups(folder: string, keepDays: number, now = Date.now()): string[] {
  if (!existsSync(folder)) return [];
  const autos = readdirSync(folder)
    .filter((n) => n.startsWith(AUTO_PREFIX) && BACKUP_FILE.test(n))
    .map((name) => ({ name, mtime: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const removed: string[] = [];
  for (const { name, mtime } of autos.slice(1)) {
    if (now - mtime > keepDays * 24 * 3600 * 1000) {
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
