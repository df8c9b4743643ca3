import type Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { prepared } from '../store/statements.js';

const KEY = 'security';

export const SecuritySettings = z.object({
  /** A session ends after this many minutes without a call. */
  idleMinutes: z.number().int().min(5).max(24 * 60).default(60),
  /** An admin allows serving on a LAN address. */
  lanMode: z.boolean().default(false),
  /** "This computer is used by me only": the account signed in automatically on this computer. */
  singleUserId: z.number().int().nullable().default(null),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

export function readSecuritySettings(db: Database.Database): SecuritySettings {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return SecuritySettings.parse(row ? JSON.parse(row.value) : {});
}

/** Writes the settings; call inside the caller's write transaction. */
export function writeSecuritySettings(db: Database.Database, actor: string, next: SecuritySettings): SecuritySettings {
  const before = readSecuritySettings(db);
  prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  recordAudit(db, { actor, action: 'settings.security', entity: 'settings', entityId: null, before, after: next });
  return next;
}

export function updateSecuritySettings(db: Database.Database, actor: string, patch: Partial<SecuritySettings>): SecuritySettings {
  return writeTransaction(db, () => writeSecuritySettings(db, actor, { ...readSecuritySettings(db), ...patch }));
}
