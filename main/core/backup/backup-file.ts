import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { archiveFigures, checkBlobs, checkForeignKeys, checkIntegrity, type ArchiveFigures } from '../store/health-check.js';
import { DEFAULT_BUSY_TIMEOUT_MS } from '../store/open-database.js';
import { attachStatutes } from './backup-statutes.js';
import { decryptFile, encryptFile, isEncryptedBackup, readEncryptedHeader } from './backup-crypto.js';

/** What a backup holds, readable without restoring it (and, for an encrypted one, without the passphrase). */
export interface BackupInfo {
  createdAt: string;
  encrypted: boolean;
  figures: ArchiveFigures;
}

export interface BackupResult extends BackupInfo {
  file: string;
  bytes: number;
  durationMs: number;
}

/** Row counts of every table, to compare a copy with the snapshot it was made from. */
function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t.replaceAll('"', '""')}"`).get() as { n: number }).n]));
}

/**
 * Opens a copy and checks it as a restore would: integrity, foreign keys, every blob's SHA-256 and, when given, the row counts
 * of the snapshot it was made from. Throws backup.verify-failed with what is wrong.
 */
export function verifyArchiveCopy(file: string, expectedCounts?: Record<string, number>): ArchiveFigures {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError('backup.verify-failed', `备份文件无法打开：${(e as Error).message}`);
  }
  try {
    const problems = [...checkIntegrity(db), ...checkForeignKeys(db), ...checkBlobs(db).problems].map((p) => p.message);
    if (expectedCounts) {
      const counts = tableCounts(db);
      for (const [table, n] of Object.entries(expectedCounts)) {
        if (counts[table] !== n) problems.push(`表 ${table} 应有 ${n} 行，备份中为 ${counts[table] ?? 0} 行。`);
      }
    }
    if (problems.length > 0) throw new AppError('backup.verify-failed', `备份校验未通过：${problems.slice(0, 5).join('；')}`);
    return archiveFigures(db);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('backup.verify-failed', `备份文件不是有效的档案：${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Backs up the archive file with SQLite's online backup API into `outFile`, then opens the copy and
 * checks it (integrity, foreign keys, the row counts of the snapshot). The copy is made on a connection
 * of its own holding one read transaction, so other processes keep writing and the counts compared are
 * those of exactly the snapshot copied. With a passphrase the checked copy is then encrypted.
 * Nothing is left at `outFile` unless the whole backup succeeded.
 */
export async function backupArchive(databaseFile: string, outFile: string, options: { passphrase?: string } = {}): Promise<BackupResult> {
  const started = Date.now();
  if (existsSync(outFile)) throw new AppError('backup.exists', `备份文件已存在：${outFile}`);
  mkdirSync(dirname(outFile), { recursive: true });
  const partial = join(dirname(outFile), `.${basename(outFile)}.${process.pid}.partial`);
  const encryptedPartial = `${partial}.enc`;
  const source = new Database(databaseFile, { fileMustExist: true });
  try {
    source.pragma(`busy_timeout = ${DEFAULT_BUSY_TIMEOUT_MS}`);
    source.exec('BEGIN');
    const counts = tableCounts(source);
    // 1,000 pages (4 MB) per step instead of 100: this connection is private and runs in the backup
    // worker, so there is no event loop to keep responsive here, and fewer steps copy faster.
    await source.backup(partial, { progress: () => 1000 });
    source.exec('COMMIT');
    source.close();
    // A standalone single file: no -wal/-shm beside it on a USB drive, and read-only opens leave no trace.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    await attachStatutes(databaseFile, partial);
    const figures = verifyArchiveCopy(partial, counts);
    const info: BackupInfo = { createdAt: new Date().toISOString(), encrypted: Boolean(options.passphrase), figures };
    if (options.passphrase) {
      await encryptFile(partial, encryptedPartial, options.passphrase, info);
      rmSync(partial);
      renameSync(encryptedPartial, outFile);
    } else {
      renameSync(partial, outFile);
    }
    return { ...info, file: outFile, bytes: statSync(outFile).size, durationMs: Date.now() - started };
  } catch (e) {
    throw translateFsError(e);
  } finally {
    if (source.open) source.close();
    rmSync(partial, { force: true });
    rmSync(encryptedPartial, { force: true });
  }
}

function translateFsError(e: unknown): unknown {
  const code = (e as { code?: string }).code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new AppError('backup.disk-full', '备份位置的磁盘空间不足，备份未完成。');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('backup.no-access', '无法写入备份位置（没有权限或为只读），备份未完成。');
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('backup.no-folder', '备份位置不存在或无法访问（U 盘或网络共享是否已连接？）。');
  return e;
}

/** What a backup holds, without the passphrase: an encrypted backup's header, or the plain copy itself. */
export function readBackupInfo(file: string): BackupInfo {
  if (!existsSync(file)) throw new AppError('backup.not-found', `找不到备份文件：${file}`);
  if (isEncryptedBackup(file)) return readEncryptedHeader<BackupInfo>(file).header.info;
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('backup.unreadable', '该文件不是合法性审查工作台的备份。');
  }
  try {
    return { createdAt: statSync(file).mtime.toISOString(), encrypted: false, figures: archiveFigures(db) };
  } catch {
    throw new AppError('backup.unreadable', '该文件不是合法性审查工作台的备份。');
  } finally {
    db.close();
  }
}

/**
 * A verified plain copy of the backup at `dest` (decrypted first if needed), ready to take the archive's
 * place; throws with a Chinese message when the passphrase is missing or wrong or the copy fails its checks.
 */
export async function stageBackup(file: string, dest: string, passphrase?: string): Promise<ArchiveFigures> {
  rmSync(dest, { force: true });
  try {
    if (isEncryptedBackup(file)) {
      if (!passphrase) throw new AppError('backup.passphrase-required', '该备份已加密，请输入备份密码。');
      await decryptFile(file, dest, passphrase);
    } else {
      await copyWithBackupApi(file, dest);
    }
    return verifyArchiveCopy(dest);
  } catch (e) {
    rmSync(dest, { force: true });
    throw translateFsError(e);
  }
}

/** Copies a plain backup through SQLite (never a byte copy of a possibly open database). */
async function copyWithBackupApi(file: string, dest: string): Promise<void> {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    throw new AppError('backup.unreadable', '该文件不是合法性审查工作台的备份。');
  }
  try {
    await db.backup(dest);
  } finally {
    db.close();
  }
}
