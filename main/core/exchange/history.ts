import type Database from 'better-sqlite3';
import type { PackageKind } from '../../../shared/domain/exchange.js';
import { prepared } from '../store/statements.js';

export interface PackageRecord {
  id: number;
  packageId: string;
  direction: 'out' | 'in';
  kind: PackageKind;
  peerCode: string;
  peerName: string;
  matterId: number | null;
  fileSha256: string;
  size: number;
  encrypted: boolean;
  title: string;
  at: string;
  actor: string;
}

/** Packages made and taken in, newest first (收发记录). */
export function packageHistory(db: Database.Database, limit = 200): PackageRecord[] {
  return (
    prepared(db, 'SELECT * FROM exchange_packages ORDER BY id DESC LIMIT ?').all(limit) as {
      id: number;
      package_id: string;
      direction: 'out' | 'in';
      kind: PackageKind;
      peer_code: string;
      peer_name: string;
      matter_id: number | null;
      file_sha256: string;
      size: number;
      encrypted: number;
      summary_json: string;
      at: string;
      actor: string;
    }[]
  ).map((r) => ({
    id: r.id,
    packageId: r.package_id,
    direction: r.direction,
    kind: r.kind,
    peerCode: r.peer_code,
    peerName: r.peer_name,
    matterId: r.matter_id,
    fileSha256: r.file_sha256,
    size: r.size,
    encrypted: r.encrypted === 1,
    title: (JSON.parse(r.summary_json) as { title?: string }).title ?? '',
    at: r.at,
    actor: r.actor,
  }));
}
