import type Database from 'better-sqlite3';
import { AppError } from '../core/errors.js';
import { getMatter } from '../core/matters/matter-service.js';
import type { Matter } from '../../shared/contract/matters.js';

/** A matter named on the command line by its id (12) or its serial number (审2026-0012). */
export function resolveMatter(db: Database.Database, ref: string): Matter {
  if (/^\d+$/.test(ref)) return getMatter(db, Number(ref));
  const row = db.prepare('SELECT id FROM matters WHERE serial = ?').get(ref) as { id: number } | undefined;
  if (!row) throw new AppError('matter.not-found', `找不到审查编号为“${ref}”的事项。`);
  return getMatter(db, row.id);
}
