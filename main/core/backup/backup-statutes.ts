import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { STATUTE_DB_FILE } from '../statutes/statute-db.js';

/**
 * The statute library's own database (statutes.sqlite3, beside the archive) travels inside the backup
 * when the office has imported statute versions (`law import`): the backup stays one file, holding the
 * statute file's bytes in a table the restore takes out again. A library holding only the shipped
 * snapshot is left out — every installation rebuilds it from resources/ — so ordinary backups stay small.
 */
const TABLE = 'backup_attachments';
const NAME = STATUTE_DB_FILE;

/** Number of imported statute snapshots in the data folder's library (0 when it has none or no file). */
function importedSnapshots(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'snapshots'").get()) return 0;
    return (db.prepare("SELECT count(*) AS n FROM snapshots WHERE kind = 'import'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/**
 * Into the backup copy `copyFile` (plain, not yet verified): a consistent copy of the statute library of
 * the archive's folder, when it holds imports. Returns how many imported snapshots it holds.
 */
export async function attachStatutes(databaseFile: string, copyFile: string): Promise<number> {
  const statutes = join(dirname(databaseFile), STATUTE_DB_FILE);
  const imports = importedSnapshots(statutes);
  if (imports === 0) return 0;
  const temp = `${copyFile}.statutes`;
  try {
    const source = new Database(statutes, { readonly: true, fileMustExist: true });
    try {
      await source.backup(temp);
    } finally {
      source.close();
    }
    const single = new Database(temp);
    single.pragma('journal_mode = DELETE');
    single.close();
    const bytes = readFileSync(temp);
    const copy = new Database(copyFile);
    try {
      copy.exec(`CREATE TABLE ${TABLE} (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, data BLOB NOT NULL)`);
      copy.prepare(`INSERT INTO ${TABLE} (name, sha256, data) VALUES (?, ?, ?)`).run(NAME, createHash('sha256').update(bytes).digest('hex'), bytes);
    } finally {
      copy.close();
    }
    return imports;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * From a verified restore copy `staged`: writes the statute library it carries into `dataDir` (the one
 * there is kept in backups/ first) and removes the table, so the copy is a plain archive again. A backup
 * without one leaves the folder's library as it is (it is reference data; citations live in the archive).
 */
export function detachStatutes(staged: string, dataDir: string, stamp: string): boolean {
  const copy = new Database(staged, { fileMustExist: true });
  try {
    if (!copy.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE)) return false;
    const row = copy.prepare(`SELECT sha256, data FROM ${TABLE} WHERE name = ?`).get(NAME) as { sha256: string; data: Buffer } | undefined;
    if (row) {
      if (createHash('sha256').update(row.data).digest('hex') !== row.sha256) {
        throw new AppError('backup.verify-failed', '备份中的法规库文件校验失败（SHA-256 不一致），未恢复。');
      }
      const target = join(dataDir, STATUTE_DB_FILE);
      const incoming = `${target}.restoring`;
      writeFileSync(incoming, row.data);
      const check = new Database(incoming, { readonly: true, fileMustExist: true });
      const ok = check.pragma('integrity_check', { simple: true });
      check.close();
      if (ok !== 'ok') {
        rmSync(incoming, { force: true });
        throw new AppError('backup.verify-failed', `备份中的法规库文件已损坏（${String(ok)}），未恢复。`);
      }
      if (existsSync(target)) {
        mkdirSync(join(dataDir, 'backups'), { recursive: true });
        renameSync(target, join(dataDir, 'backups', `before-restore-${stamp}-${STATUTE_DB_FILE}`));
      }
      for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
      renameSync(incoming, target);
    }
    copy.exec(`DROP TABLE ${TABLE}`);
    return row !== undefined;
  } finally {
    copy.close();
  }
}
