import { createHash } from 'node:crypto';
import { existsSync, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { unpackBlob } from './blob-codec.js';

/** One thing wrong with an archive, in words an office clerk can act on. */
export interface HealthProblem {
  check: 'integrity' | 'foreign-keys' | 'blobs' | 'disk-space' | 'wal-size' | 'open' | 'audit-chain';
  message: string;
}

/** What an archive holds: shown before a restore and beside every backup. */
export interface ArchiveFigures {
  schemaVersion: number;
  matters: number;
  documents: number;
  letters: number;
  lastLetterNumber: string | null;
  lastLetterIssuedAt: string | null;
  auditEntries: number;
  blobs: number;
}

/** Free space below this, or below the size of the archive itself (a backup needs as much), is a problem. */
export const MIN_FREE_BYTES = 200 * 1024 * 1024;
/**
 * A WAL above this means checkpoints are not keeping up (a reader held open for hours, or a crash):
 * normal use stays under a few MB because SQLite checkpoints at 1,000 pages.
 */
export const MAX_WAL_BYTES = 100 * 1024 * 1024;

const count = (db: Database.Database, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

export function archiveFigures(db: Database.Database): ArchiveFigures {
  const last = db.prepare('SELECT number, issued_at FROM letters ORDER BY issued_at DESC, id DESC LIMIT 1').get() as
    | { number: string; issued_at: string }
    | undefined;
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    matters: count(db, 'matters'),
    documents: count(db, 'documents'),
    letters: count(db, 'letters'),
    lastLetterNumber: last?.number ?? null,
    lastLetterIssuedAt: last?.issued_at ?? null,
    auditEntries: count(db, 'audit_log'),
    blobs: count(db, 'blobs'),
  };
}

/** SQLite's full integrity check (every page, every index); ~10 ms per MB, so not on every open. */
export function checkIntegrity(db: Database.Database): HealthProblem[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length === 1 && rows[0]!.integrity_check === 'ok') return [];
  return rows.slice(0, 20).map((r) => ({ check: 'integrity' as const, message: `数据库结构损坏：${r.integrity_check}` }));
}

/** Rows that point at rows which do not exist (a dangling matter, document or blob reference). */
export function checkForeignKeys(db: Database.Database): HealthProblem[] {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  const problems = rows.slice(0, 50).map((r) => ({
    check: 'foreign-keys' as const,
    message: `表 ${r.table} 第 ${r.rowid ?? '?'} 行引用的 ${r.parent} 记录不存在。`,
  }));
  return [...problems, ...orphanBlocks(db)];
}

/**
 * Since schema 170 document_blocks has no foreign key (an import in steps writes blocks before its
 * document row, see staged-import.ts): blocks of neither a document nor an import in progress are dangling.
 */
function orphanBlocks(db: Database.Database): HealthProblem[] {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_imports'").get()) return [];
  const rows = db
    .prepare(
      `SELECT b.document_id AS id, count(*) AS n FROM document_blocks b
       WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = b.document_id)
         AND NOT EXISTS (SELECT 1 FROM document_imports i WHERE i.document_id = b.document_id)
       GROUP BY b.document_id LIMIT 20`,
    )
    .all() as { id: number; n: number }[];
  const html = db
    .prepare(
      `SELECT h.document_id AS id, count(*) AS n FROM document_html_parts h
       WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = h.document_id)
         AND NOT EXISTS (SELECT 1 FROM document_imports i WHERE i.document_id = h.document_id)
       GROUP BY h.document_id LIMIT 20`,
    )
    .all() as { id: number; n: number }[];
  return [
    ...rows.map((r) => ({ check: 'foreign-keys' as const, message: `表 document_blocks 中有 ${r.n} 行属于不存在的文档（编号 ${r.id}）。` })),
    ...html.map((r) => ({ check: 'foreign-keys' as const, message: `表 document_html_parts 中有 ${r.n} 行属于不存在的文档（编号 ${r.id}）。` })),
  ];
}

/** A stored file's original bytes (blob-codec.ts); damaged packed data gives bytes that fail the check. */
function original(row: { codec: string; size: number; data: Buffer }): Buffer {
  try {
    return unpackBlob(row.codec, row.data, row.size);
  } catch {
    return Buffer.alloc(0);
  }
}

/** Every stored file against the SHA-256 it is filed under (one blob in memory at a time). */
export function checkBlobs(db: Database.Database): { checked: number; problems: HealthProblem[] } {
  const problems: HealthProblem[] = [];
  let checked = 0;
  const ids = db.prepare('SELECT id FROM blobs ORDER BY id').pluck().all() as number[];
  const one = db.prepare('SELECT sha256, codec, size, data FROM blobs WHERE id = ?');
  const usedBy = db.prepare(
    `SELECT (SELECT group_concat('文档 #' || id || '“' || file_name || '”', '、') FROM documents WHERE sha256 = @sha) AS docs,
            (SELECT group_concat('意见书 ' || number, '、') FROM letters WHERE sha256 = @sha) AS letters`,
  );
  for (const id of ids) {
    const row = one.get(id) as { sha256: string; codec: string; size: number; data: Buffer } | undefined;
    if (!row) continue;
    checked++;
    if (createHash('sha256').update(original(row)).digest('hex') === row.sha256) continue;
    const users = usedBy.get({ sha: row.sha256 }) as { docs: string | null; letters: string | null };
    const who = [users.docs, users.letters].filter(Boolean).join('、') || '未被引用的文件';
    problems.push({ check: 'blobs', message: `文件内容与登记的 SHA-256 不一致（${row.sha256.slice(0, 12)}…，${who}）。` });
  }
  return { checked, problems };
}

export interface SpaceReport {
  freeBytes: number | null;
  databaseBytes: number;
  walBytes: number;
  problems: HealthProblem[];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Free space on the archive's disk and the size of its WAL. */
export function checkSpace(databaseFile: string): SpaceReport {
  const databaseBytes = existsSync(databaseFile) ? statSync(databaseFile).size : 0;
  const walBytes = existsSync(`${databaseFile}-wal`) ? statSync(`${databaseFile}-wal`).size : 0;
  const problems: HealthProblem[] = [];
  let freeBytes: number | null = null;
  try {
    const fs = statfsSync(dirname(databaseFile));
    freeBytes = fs.bavail * fs.bsize;
  } catch {
    // statfs is missing on some network shares; the other checks still stand.
  }
  if (freeBytes !== null && freeBytes < Math.max(MIN_FREE_BYTES, databaseBytes)) {
    problems.push({
      check: 'disk-space',
      message: `磁盘剩余空间不足：剩余 ${mb(freeBytes)}，至少需要 ${mb(Math.max(MIN_FREE_BYTES, databaseBytes))}（不少于档案大小，备份和升级都需要）。`,
    });
  }
  if (walBytes > MAX_WAL_BYTES) {
    problems.push({
      check: 'wal-size',
      message: `预写日志（-wal 文件）过大：${mb(walBytes)}。请关闭所有正在使用该档案的程序后重新打开一次，使其并入数据库。`,
    });
  }
  return { freeBytes, databaseBytes, walBytes, problems };
}
