import type Database from 'better-sqlite3';
import { Preferences } from '../../../shared/contract/accounts.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';

/*
 * Per-account preferences (interface language, the office name last used when copying a template …),
 * kept in the archive rather than in the renderer's localStorage: Chromium's profile is not part of a
 * backup, so a restore or a new PC used to lose them, and the HTTP and desktop doors saw different values.
 * Display choices, not archive data: they are not written to the audit log.
 */

/** The account's preferences; keys this version no longer knows, or values it cannot read, are skipped. */
export function readPreferences(db: Database.Database, userId: number): Preferences {
  const rows = prepared(db, 'SELECT key, value FROM user_preferences WHERE user_id = ?').all(userId) as { key: string; value: string }[];
  const raw: Record<string, unknown> = {};
  for (const r of rows) {
    try {
      raw[r.key] = JSON.parse(r.value);
    } catch {
      // A value written by a future version in another shape: ignore rather than fail the whole read.
    }
  }
  const shape = Preferences.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as Preferences;
}

/** Sets the given keys (null removes one) in one transaction and returns the account's preferences. */
export function writePreferences(db: Database.Database, userId: number, patch: { [K in keyof Preferences]?: Preferences[K] | null }): Preferences {
  writeTransaction(db, () => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (value === null) prepared(db, 'DELETE FROM user_preferences WHERE user_id = ? AND key = ?').run(userId, key);
      else {
        prepared(
          db,
          `INSERT INTO user_preferences (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        ).run(userId, key, JSON.stringify(value), nowIso());
      }
    }
  });
  return readPreferences(db, userId);
}
