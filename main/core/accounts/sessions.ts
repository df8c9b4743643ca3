import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { prepared } from '../store/statements.js';
import { findAccountById, type AccountRow } from './account-store.js';
import { readSecuritySettings } from './security-settings.js';

export type Door = 'electron' | 'http' | 'cli';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new session for the account; returns the token the door hands to the client (never stored). */
export function createSession(db: Database.Database, userId: number, door: Door, address: string | null, now = Date.now()): string {
  const token = randomBytes(32).toString('base64url');
  const at = new Date(now).toISOString();
  prepared(db, 'INSERT INTO sessions (token_hash, user_id, door, address, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    tokenHash(token),
    userId,
    door,
    address,
    at,
    at,
  );
  return token;
}

/** Touching a session is a write; once a minute is enough for an idle limit counted in minutes. */
const TOUCH_EVERY_MS = 60_000;

export type SessionCheck = { account: AccountRow; tokenHash: string } | { problem: 'missing' | 'expired' | 'disabled' };

/**
 * The account behind a token, if the session exists, the account is enabled, and the session has not
 * been idle longer than the office's limit (an idle session is deleted on sight).
 */
export function resolveSession(db: Database.Database, token: string | null | undefined, now = Date.now()): SessionCheck {
  if (!token) return { problem: 'missing' };
  const hash = tokenHash(token);
  const row = prepared(db, 'SELECT user_id, last_seen_at FROM sessions WHERE token_hash = ?').get(hash) as
    | { user_id: number; last_seen_at: string }
    | undefined;
  if (!row) return { problem: 'missing' };
  const idleMs = readSecuritySettings(db).idleMinutes * 60_000;
  const lastSeen = Date.parse(row.last_seen_at);
  if (now - lastSeen > idleMs) {
    prepared(db, 'DELETE FROM sessions WHERE token_hash = ?').run(hash);
    return { problem: 'expired' };
  }
  const account = findAccountById(db, row.user_id);
  if (!account || !account.enabled) {
    prepared(db, 'DELETE FROM sessions WHERE token_hash = ?').run(hash);
    return { problem: 'disabled' };
  }
  if (now - lastSeen > TOUCH_EVERY_MS) {
    prepared(db, 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(new Date(now).toISOString(), hash);
  }
  return { account, tokenHash: hash };
}

export function endSession(db: Database.Database, hash: string): void {
  prepared(db, 'DELETE FROM sessions WHERE token_hash = ?').run(hash);
}

export function endSessionsOf(db: Database.Database, userId: number): void {
  prepared(db, 'DELETE FROM sessions WHERE user_id = ?').run(userId);
}
