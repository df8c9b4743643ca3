import type Database from 'better-sqlite3';
import { readBlob } from '../documents/document-store.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';

/** A file a township's 统计上报 brought to the county (only when the township chose to include them). */
export interface ReportFileRecord {
  id: number;
  packageId: string;
  officeCode: string;
  matterSerial: string;
  kind: 'document' | 'letter';
  role: string | null;
  version: number | null;
  fileName: string;
  sha256: string;
  size: number;
}

interface Row {
  id: number;
  package_id: string;
  office_code: string;
  matter_serial: string;
  kind: 'document' | 'letter';
  role: string | null;
  version: number | null;
  file_name: string;
  sha256: string;
  size: number;
}

const SELECT = `SELECT f.id, r.package_id, r.office_code, f.matter_serial, f.kind, f.role, f.version, f.file_name, f.sha256, f.size
  FROM statistics_report_files f JOIN statistics_reports r ON r.id = f.report_id`;

const toRecord = (r: Row): ReportFileRecord => ({
  id: r.id,
  packageId: r.package_id,
  officeCode: r.office_code,
  matterSerial: r.matter_serial,
  kind: r.kind,
  role: r.role,
  version: r.version,
  fileName: r.file_name,
  sha256: r.sha256,
  size: r.size,
});

/** The files of one received report, by matter serial then letters after documents. */
export function listReportFiles(db: Database.Database, packageId: string): ReportFileRecord[] {
  return (prepared(db, `${SELECT} WHERE r.package_id = ? ORDER BY f.matter_serial, f.kind, f.id`).all(packageId) as Row[]).map(toRecord);
}

/** One received file's bytes, checked against its SHA-256 on the way out. */
export function readReportFile(db: Database.Database, id: number): { fileName: string; bytes: Buffer } {
  const row = prepared(db, `${SELECT} WHERE f.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('package.report-file-not-found', '没有这份上报文件。');
  return { fileName: `${row.matter_serial}-${row.file_name}`.replace(/[\\/:*?"<>|]/g, '_'), bytes: readBlob(db, row.sha256) };
}
