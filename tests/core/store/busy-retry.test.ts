import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isBusy, retryWhileBusy } from '../../../main/core/store/busy-retry.js';
import { makeTempDir } from '../../support/temp-dir.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

/** A real database whose write lock another connection holds until `release()`. */
function lockedDatabase(): { file: string; release: () => void } {
  const temp = makeTempDir();
  const file = join(temp.dir, 'locked.sqlite');
  const holder = new Database(file);
  holder.pragma('journal_mode = WAL');
  holder.exec('CREATE TABLE t (x)');
  holder.exec('BEGIN IMMEDIATE');
  holder.exec('INSERT INTO t VALUES (1)');
  const release = () => {
    if (holder.inTransaction) holder.exec('COMMIT');
    if (holder.open) holder.close();
  };
  cleanups.push(() => temp.remove(), release);
  return { file, release };
}

/** One attempt that needs the write lock and does not wait for it (SQLite then fails at once with SQLITE_BUSY). */
function writeOnce(file: string, calls: { n: number }): () => number {
  return () => {
    calls.n++;
    const db = new Database(file);
    try {
      db.pragma('busy_timeout = 0');
      db.exec('INSERT INTO t VALUES (2)');
      return (db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
}

describe('retrying an open step that met a lock SQLite did not wait for', () => {
  it('tries again until the lock is gone, then succeeds', async () => {
    const { file, release } = lockedDatabase();
    const calls = { n: 0 };
    const attempt = writeOnce(file, calls);
    expect(() => attempt()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    setTimeout(release, 150);
    await expect(retryWhileBusy(attempt, 5000)).resolves.toBe(2);
    expect(calls.n).toBeGreaterThan(2);
  });

  it('gives up after its budget with the busy error mapped to the Chinese message', async () => {
    const { file } = lockedDatabase();
    const calls = { n: 0 };
    await expect(retryWhileBusy(writeOnce(file, calls), 60)).rejects.toSatisfy(isBusy);
    expect(calls.n).toBeGreaterThan(1);
  });

  it('does not retry a failure that is not a lock', async () => {
    let calls = 0;
    const broken = () => {
      calls++;
      throw Object.assign(new Error('no such table: t'), { code: 'SQLITE_ERROR' });
    };
    await expect(retryWhileBusy(broken, 5000)).rejects.toThrow('no such table');
    expect(calls).toBe(1);
  });
});
