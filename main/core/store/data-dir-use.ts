import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * Who has an archive open. SQLite holds no lock while a connection is idle, so it cannot tell a restore
 * that the server is running; each process that opens the archive leaves a small file in `in-use/` and
 * removes it on close. A file left by a process that died (same computer, pid gone) is ignored and cleaned.
 */
const IN_USE_DIR = 'in-use';

export interface DataDirUser {
  pid: number;
  host: string;
  purpose: 'open' | 'restore';
  since: string;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records that this process uses the folder; returns the function that removes the record. */
export function markInUse(dataDir: string, purpose: DataDirUser['purpose']): () => void {
  const dir = join(dataDir, IN_USE_DIR);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${process.pid}-${randomUUID()}.json`);
  const user: DataDirUser = { pid: process.pid, host: hostname(), purpose, since: new Date().toISOString() };
  writeFileSync(file, JSON.stringify(user));
  return () => rmSync(file, { force: true });
}

/** Live users of the folder other than this process; stale records from dead processes are removed. */
export function otherUsers(dataDir: string): DataDirUser[] {
  const dir = join(dataDir, IN_USE_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const users: DataDirUser[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let user: DataDirUser;
    try {
      user = JSON.parse(readFileSync(file, 'utf8')) as DataDirUser;
    } catch {
      continue; // being written right now, or a stray file
    }
    if (user.host === hostname() && user.pid === process.pid) continue;
    if (user.host === hostname() && !alive(user.pid)) {
      rmSync(file, { force: true });
      continue;
    }
    users.push(user);
  }
  return users;
}
