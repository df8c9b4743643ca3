import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../core.js';
import { APP_VERSION } from '../version.js';
import {
  archiveFigures,
  checkBlobs,
  checkForeignKeys,
  checkIntegrity,
  checkSpace,
  type ArchiveFigures,
  type HealthProblem,
} from './health-check.js';
import { latestVersion, loadMigrations } from './migrations.js';
import { DATABASE_FILE, DEFAULT_BUSY_TIMEOUT_MS } from './open-database.js';
import { verifyAuditChain, type ChainReport } from '../audit.js';
import { dataDirWarnings } from './network-path.js';

export interface DoctorReport {
  ok: boolean;
  appVersion: string;
  node: string;
  sqlite: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  /** 'ok' or the first problem SQLite's integrity_check found. */
  integrity: string;
  matters: number;
  figures: ArchiveFigures | null;
  blobsChecked: number;
  freeBytes: number | null;
  databaseBytes: number;
  walBytes: number;
  /** The audit log's hash chain (schema 70 and later): entries, head, the first entry that does not fit. */
  auditChain: ChainReport | null;
  /** Problems with where the archive lives (network share, Windows roaming profile); not failures. */
  warnings: string[];
  problems: HealthProblem[];
}

/** Runs one check, turning a failure of the check itself (a full disk, an unreadable page) into a problem. */
function attempt<T>(problems: HealthProblem[], check: HealthProblem['check'], fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    problems.push({ check, message: `检查未能完成：${(e as Error).message}` });
    return null;
  }
}

/**
 * The full health check of an archive: integrity, foreign keys, every blob against its SHA-256, free
 * disk space and WAL size. It opens an existing archive without changing it (no migration, no WAL
 * switch, no checkpoint), so it still reports on a full disk; a missing archive is created as usual.
 */
export async function runDoctor(dataDir: string): Promise<DoctorReport> {
  const databaseFile = join(dataDir, DATABASE_FILE);
  if (!existsSync(databaseFile)) (await openCore(dataDir)).close();
  const problems: HealthProblem[] = [];
  const space = checkSpace(databaseFile);
  problems.push(...space.problems);
  const report: DoctorReport = {
    ok: false,
    appVersion: APP_VERSION,
    node: process.versions.node,
    sqlite: '',
    dataDir,
    databaseFile,
    schemaVersion: 0,
    latestSchemaVersion: latestVersion(loadMigrations()),
    integrity: 'not checked',
    matters: 0,
    figures: null,
    blobsChecked: 0,
    freeBytes: space.freeBytes,
    databaseBytes: space.databaseBytes,
    walBytes: space.walBytes,
    auditChain: null,
    warnings: dataDirWarnings(dataDir),
    problems,
  };
  const db = attempt(problems, 'open', () => new Database(databaseFile, { fileMustExist: true }));
  if (db) {
    try {
      db.pragma(`busy_timeout = ${DEFAULT_BUSY_TIMEOUT_MS}`);
      report.sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
      const integrity = attempt(problems, 'integrity', () => checkIntegrity(db));
      if (integrity) {
        problems.push(...integrity);
        report.integrity = integrity.length === 0 ? 'ok' : (integrity[0]!.message ?? 'error');
      }
      const fk = attempt(problems, 'foreign-keys', () => checkForeignKeys(db));
      if (fk) problems.push(...fk);
      const blobs = attempt(problems, 'blobs', () => checkBlobs(db));
      if (blobs) {
        problems.push(...blobs.problems);
        report.blobsChecked = blobs.checked;
      }
      report.figures = attempt(problems, 'integrity', () => archiveFigures(db));
      report.schemaVersion = report.figures?.schemaVersion ?? 0;
      report.matters = report.figures?.matters ?? 0;
      // Archives older than schema 70 have no chain yet; it is sealed the next time the program opens them.
      if (report.schemaVersion >= 70) {
        report.auditChain = attempt(problems, 'audit-chain', () => verifyAuditChain(db));
        const broken = report.auditChain?.firstBroken;
        if (broken) problems.push({ check: 'audit-chain', message: `审计日志已被篡改：第 ${broken.id} 条——${broken.reason}` });
      }
    } finally {
      db.close();
    }
  }
  report.ok = problems.length === 0;
  return report;
}

const mb = (bytes: number | null) => (bytes === null ? '未知' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** The report as the lines `review-desk doctor` prints. */
export function formatDoctorReport(r: DoctorReport): string[] {
  const lines = [
    `合法性审查工作台 Review Desk ${r.appVersion} · 档案体检`,
    `Node.js ${r.node} · SQLite ${r.sqlite || '未知'}`,
    `数据目录：${r.dataDir}`,
    `数据库文件：${r.databaseFile}（${mb(r.databaseBytes)}，预写日志 ${mb(r.walBytes)}，磁盘剩余 ${mb(r.freeBytes)}）`,
    `数据库版本：${r.schemaVersion}（本程序最新 ${r.latestSchemaVersion}${r.schemaVersion < r.latestSchemaVersion ? '，下次打开时升级' : ''}）`,
  ];
  if (r.figures) {
    const f = r.figures;
    lines.push(`内容：审查事项 ${f.matters} 件，文档 ${f.documents} 份，意见书 ${f.letters} 份${f.lastLetterNumber ? `（最近一份 ${f.lastLetterNumber}）` : ''}，审计记录 ${f.auditEntries} 条`);
  }
  const byCheck = (check: HealthProblem['check']) => r.problems.filter((p) => p.check === check).length;
  const mark = (check: HealthProblem['check'], label: string, extra = '') => `${byCheck(check) === 0 ? '✓' : '✗'} ${label}${extra}`;
  lines.push(
    mark('open', '打开数据库'),
    mark('integrity', '完整性检查（integrity_check）'),
    mark('foreign-keys', '外键检查（引用的记录都存在）'),
    mark('blobs', '文件校验（SHA-256）', `：已校验 ${r.blobsChecked} 个文件`),
    mark('disk-space', '磁盘剩余空间'),
    mark('wal-size', '预写日志大小'),
    mark('audit-chain', '审计日志哈希链', r.auditChain ? `：${r.auditChain.entries} 条，链头 ${r.auditChain.head?.slice(0, 16) ?? '（空）'}` : '：（尚未建立，下次打开时建立）'),
  );
  for (const warning of r.warnings) lines.push(`警告：${warning}`);
  if (r.ok) lines.push('结论：未发现问题。');
  else {
    lines.push(`结论：发现 ${r.problems.length} 个问题：`);
    for (const p of r.problems) lines.push(`  - ${p.message}`);
  }
  return lines;
}
