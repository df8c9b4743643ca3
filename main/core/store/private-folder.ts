import { chmodSync, existsSync, mkdirSync } from 'node:fs';

/**
 * A new data folder is readable by its owner only (0700, the database 0600; SQLite gives its WAL and
 * shared-memory files the database's mode): other accounts on a shared office PC cannot copy the
 * archive. Existing folders are left as they are — an office may have set its own permissions.
 * Windows ignores these modes; there the folder inherits the user profile's ACL, which is private.
 */
export function ensurePrivateFolder(dir: string): boolean {
  if (existsSync(dir)) return false;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return true;
}

export function makeFilePrivate(file: string): void {
  if (process.platform !== 'win32' && existsSync(file)) chmodSync(file, 0o600);
}
