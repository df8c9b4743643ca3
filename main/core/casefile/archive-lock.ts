import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { ARCHIVED_MESSAGE } from '../store/write-transaction.js';

/** The 归档 facts of a matter, or null when it is not archived. */
export function archiveOf(db: Database.Database, matterId: number): { archiveNo: string; archivedOn: string; archivedBy: string } | null {
  const row = prepared(db, 'SELECT archive_no, archived_on, archived_by FROM matters WHERE id = ?').get(matterId) as
    | { archive_no: string | null; archived_on: string | null; archived_by: string | null }
    | undefined;
  if (!row?.archived_on) return null;
  return { archiveNo: row.archive_no ?? '', archivedOn: row.archived_on, archivedBy: row.archived_by ?? '' };
}

/**
 * Refuses a change to an archived case with the Chinese message (naming the 归档号). The router calls it
 * for every writing method that names a matter; the triggers of migration 0140 catch any other path.
 */
export function assertNotArchived(db: Database.Database, matterId: number): void {
  const archive = archiveOf(db, matterId);
  if (archive) throw new AppError('matter.archived', `${ARCHIVED_MESSAGE}（归档号：${archive.archiveNo}）`);
}
