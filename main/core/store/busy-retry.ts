import { setTimeout as sleep } from 'node:timers/promises';
import { isAppError } from '../errors.js';
import { storeErrorOf } from './write-transaction.js';

/** Whether `e` (raw SQLite error or already mapped) means another connection held a lock. */
export function isBusy(e: unknown): boolean {
  const mapped = storeErrorOf(e);
  return isAppError(mapped) && mapped.code === 'store.busy';
}

/**
 * Runs `attempt` again while it fails because the archive is busy, until `budgetMs` has passed.
 *
 * Why: SQLite's busy timeout covers waiting for another writer, but not every lock met while a connection
 * is being set up. Its WAL notes list two that return SQLITE_BUSY at once: the last connection closing
 * holds an exclusive lock while it folds the WAL back, and the first one after a crash holds it during
 * recovery. Two processes opening the same new folder meet them (CI saw one such 数据库正忙 in twelve opens);
 * each open step is idempotent (migrations re-read the version under the write lock), so trying again is safe.
 */
export async function retryWhileBusy<T>(attempt: () => Promise<T> | T, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (e) {
      if (!isBusy(e) || Date.now() >= deadline) throw e;
      // Growing, jittered pauses so two processes that collided do not collide again in step.
      await sleep(Math.min(200, 10 * tries) + Math.floor(Math.random() * 20));
    }
  }
}
