import type Database from 'better-sqlite3';

/**
 * The statute stores this process has open, by data folder, and what it knows about each. Kept apart from
 * statute-store.ts (the snapshot reader, its zod schema, the merge and the build workers) so closing an
 * archive can close its statute store without loading any of that: a command that never opened the
 * statute library loads this file only (issue 17).
 */
export const openStores = new Map<string, Database.Database>();
/** The resources folder a data folder's store is built from (tests build from their own). */
export const resourcesFor = new Map<string, string>();
/** Folders whose store is known to hold the shipped snapshot (checked once per process). */
export const readyStores = new Set<string>();

/** Closes the data folder's statute store if this process opened it, folding its WAL back first. */
export function closeStatutes(dataDir: string): void {
  const db = openStores.get(dataDir);
  openStores.delete(dataDir);
  readyStores.delete(dataDir);
  resourcesFor.delete(dataDir);
  if (db?.open) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
}
