import type Database from 'better-sqlite3';
import { openDatabase, type OpenOptions } from './store/open-database.js';
import { schemaVersion } from './store/migrations.js';

/** Everything a door needs to serve requests: the open archive and where it lives. */
export interface Core {
  db: Database.Database;
  dataDir: string;
  schemaVersion(): number;
  close(): void;
}

export async function openCore(dataDir: string, options: OpenOptions = {}): Promise<Core> {
  const db = await openDatabase(dataDir, options);
  return {
    db,
    dataDir,
    schemaVersion: () => schemaVersion(db),
    close: () => {
      if (db.open) {
        // Fold the WAL back into the main file so a plain copy of the folder is complete after exit.
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
