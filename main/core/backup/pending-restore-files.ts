import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files of a restore staged by the settings page (restore.ts): the checked archive and its description.
 * Apart from restore.ts so that every open of an archive can look for them without loading the restore
 * code (SQLite backup, statutes, migrations): it is loaded only when a restore is waiting (issue 17).
 */
export const PENDING_FILE = 'restore-pending.sqlite';
export const PENDING_INFO = 'restore-pending.json';

/** True when a staged restore waits in the data folder (both files are there). */
export function restoreIsPending(dataDir: string): boolean {
  return existsSync(join(dataDir, PENDING_FILE)) && existsSync(join(dataDir, PENDING_INFO));
}
