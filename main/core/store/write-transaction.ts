import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';

/** SQLite result codes (better-sqlite3 puts the extended name in `code`) that mean "another writer". */
const BUSY_CODES = /^SQLITE_(BUSY|LOCKED)(_|$)/;
const FULL_CODES = /^SQLITE_FULL$|^SQLITE_IOERR_(WRITE|FSYNC|SHORT_READ|TRUNCATE)$/;

/** An archived (归档) case is locked; shown whatever path tried to change it. */
export const ARCHIVED_MESSAGE = '该事项已归档，案卷已锁定，不能再修改。';

export const BUSY_MESSAGE = '数据库正忙，请稍后再试。';

/**
 * Turns the SQLite failures a user can meet in normal use into an AppError with a Chinese message:
 * a write lock still held after the busy timeout, and a full disk. Anything else is returned unchanged.
 */
export function storeErrorOf(e: unknown): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return e;
  // The archive lock's triggers (migration 0140) raise this; the services usually refuse before.
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && (e as Error).message === 'matter.archived') {
    return new AppError('matter.archived', ARCHIVED_MESSAGE);
  }
  // The SQLite code stays in the details (never shown): which lock it was, for the next one to read a log.
  if (BUSY_CODES.test(code)) return new AppError('store.busy', BUSY_MESSAGE, { sqlite: code });
  if (FULL_CODES.test(code)) {
    return new AppError('store.disk-full', '磁盘空间不足，操作未完成，已保存的数据未受影响。请清理磁盘后重试。');
  }
  return e;
}

/**
 * Runs `fn` as one write transaction that begins IMMEDIATE: the write lock is taken (waiting up to the
 * busy timeout) before the first read, so a transaction that reads and then writes never fails on a
 * lock upgrade while another process writes (a DEFERRED one fails at once with SQLITE_BUSY there,
 * because SQLite cannot wait on an upgrade without risking a deadlock). Inside another transaction it
 * becomes a savepoint, as better-sqlite3 nests them.
 */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  const outermost = !db.inTransaction && observers.size > 0;
  let started = 0;
  let bodyEnded = 0;
  // Timed from inside (once BEGIN IMMEDIATE has the lock) to the commit: the lock hold, not the wait.
  // The body's end is noted too: the rest is the COMMIT (the WAL write and its fsync under
  // synchronous=FULL, and an automatic checkpoint when the WAL passed its size), not the caller's work.
  const timed = outermost
    ? () => {
        started = performance.now();
        try {
          return fn();
        } finally {
          bodyEnded = performance.now();
        }
      }
    : fn;
  try {
    return db.transaction(timed).immediate();
  } catch (e) {
    throw storeErrorOf(e);
  } finally {
    if (outermost && started > 0) {
      const heldMs = performance.now() - started;
      const bodyMs = bodyEnded - started;
      for (const observe of observers) observe(heldMs, db, bodyMs);
    }
  }
}

/**
 * Told how long each outermost write transaction held the write lock (from taking it to the end of the
 * commit) and how much of that was its body (the statements, before COMMIT).
 */
export type TransactionObserver = (heldMs: number, db: Database.Database, bodyMs: number) => void;
const observers = new Set<TransactionObserver>();

/** Watches write transactions (tests, benchmarks: lock hold times); returns the function that stops it. */
export function observeWriteTransactions(observer: TransactionObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}
