import type Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { findAccountByLogin, type AccountRow } from './account-store.js';
import { decoyHash, verifyPassword } from './password.js';
import { createSession, type Door } from './sessions.js';

/**
 * Lockout policy: 5 failed sign-ins for one login within 15 minutes lock that login for 15 minutes;
 * 20 from one address lock the address. Enough for typos, far too few for guessing an 8+ character
 * password; a locked-out colleague waits or asks the admin, who can reset the password.
 */
export const LOCKOUT = { windowMinutes: 15, perLogin: 5, perAddress: 20 } as const;

function recentFailures(db: Database.Database, column: 'login' | 'address', value: string, now: number): number {
  const since = new Date(now - LOCKOUT.windowMinutes * 60_000).toISOString();
  const collate = column === 'login' ? ' COLLATE NOCASE' : '';
  // Failures since the last success count; a success clears the slate for that login.
  return (
    prepared(
      db,
      `SELECT count(*) AS n FROM login_attempts
       WHERE ${column} = ?${collate} AND ok = 0 AND at >= ?
         AND at > coalesce((SELECT max(at) FROM login_attempts WHERE ${column} = ?${collate} AND ok = 1), '')`,
    ).get(value, since, value) as { n: number }
  ).n;
}

function noteAttempt(db: Database.Database, login: string, address: string | null, ok: boolean, now: number, reason?: string): void {
  writeTransaction(db, () => {
    prepared(db, 'INSERT INTO login_attempts (login, address, ok, at) VALUES (?, ?, ?, ?)').run(login, address, ok ? 1 : 0, new Date(now).toISOString());
    if (!ok) recordAudit(db, { actor: 'system', action: 'auth.login-failed', entity: 'account', entityId: null, after: { login, address, reason } });
  });
}

export interface SignInRequest {
  login: string;
  password: string;
  door: Door;
  address: string | null;
  now?: number;
}

/** Checks the password (rate-limited, every failure audited) and opens a session. */
export async function signIn(db: Database.Database, req: SignInRequest): Promise<{ account: AccountRow; token: string }> {
  const now = req.now ?? Date.now();
  const login = req.login.trim();
  if (recentFailures(db, 'login', login, now) >= LOCKOUT.perLogin || (req.address && recentFailures(db, 'address', req.address, now) >= LOCKOUT.perAddress)) {
    noteAttempt(db, login, req.address, false, now, 'locked');
    throw new AppError('auth.locked', `登录失败次数过多，请 ${LOCKOUT.windowMinutes} 分钟后再试，或请管理员重置密码。`);
  }
  const account = findAccountByLogin(db, login);
  // Verify against a decoy when the login is unknown, so timing does not tell which logins exist.
  const ok = await verifyPassword(req.password, account?.passwordHash ?? (await decoyHash()));
  if (!account || !ok || !account.passwordHash) {
    noteAttempt(db, login, req.address, false, now, account ? 'wrong-password' : 'unknown-login');
    throw new AppError('auth.bad-credentials', '登录名或密码不正确。');
  }
  if (!account.enabled) {
    noteAttempt(db, login, req.address, false, now, 'disabled');
    throw new AppError('auth.disabled', '该账号已停用，请联系管理员。');
  }
  const token = writeTransaction(db, () => {
      prepared(db, 'INSERT INTO login_attempts (login, address, ok, at) VALUES (?, ?, 1, ?)').run(login, req.address, new Date(now).toISOString());
      // Housekeeping on the rare sign-in rather than on every call: attempts older than 30 days and
      // sessions idle for a day beyond the longest idle limit (24 h) can go.
      prepared(db, 'DELETE FROM login_attempts WHERE at < ?').run(new Date(now - 30 * 86_400_000).toISOString());
      prepared(db, 'DELETE FROM sessions WHERE last_seen_at < ?').run(new Date(now - 2 * 86_400_000).toISOString());
      const t = createSession(db, account.id, req.door, req.address, now);
      recordAudit(db, { actor: account.login, action: 'auth.login', entity: 'account', entityId: account.id, after: { door: req.door, address: req.address } });
      return t;
    });
  const { passwordHash: _secret, ...visible } = account;
  return { account: visible, token };
}
