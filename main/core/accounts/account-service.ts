import type Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';
import { passwordProblem, type Role } from '../../../shared/domain/account.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import {
  enabledAdminCount,
  findAccountById,
  getAccount,
  insertAccount,
  setRoles,
  type AccountRow,
} from './account-store.js';
import { hashPassword, verifyPassword } from './password.js';
import { endSessionsOf } from './sessions.js';

export interface AccountInput {
  login: string;
  displayName: string;
  roles: Role[];
  unit: string | null;
  password: string;
}

function assertPassword(password: string, login: string): void {
  const problem = passwordProblem(password, login);
  if (problem) throw new AppError('account.weak-password', `${problem}。`, { field: 'password' });
}

/** An account without its secrets, as the audit log records it. */
function auditView(account: AccountRow) {
  return { login: account.login, displayName: account.displayName, roles: account.roles, unit: account.unit, enabled: account.enabled };
}

/** Creates an account (the password is hashed before the write transaction: scrypt takes ~100 ms). */
export async function createAccount(db: Database.Database, actor: string, input: AccountInput): Promise<AccountRow> {
  assertPassword(input.password, input.login);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, () => {
      const id = insertAccount(db, { ...input, passwordHash });
      const account = getAccount(db, id);
      recordAudit(db, { actor, action: 'account.create', entity: 'account', entityId: id, after: auditView(account) });
      return account;
    });
}

export interface AccountUpdate {
  id: number;
  displayName: string;
  roles: Role[];
  unit: string | null;
  enabled: boolean;
}

/** Changes name, roles, unit or enabled; the office always keeps one enabled admin who can sign in. */
export function updateAccount(db: Database.Database, actor: string, update: AccountUpdate): AccountRow {
  if (update.roles.includes('liaison') && !update.unit) {
    throw new AppError('account.unit-required', '法治联络员须填写所属单位。', { field: 'unit' });
  }
  return writeTransaction(db, () => {
      const before = getAccount(db, update.id);
      prepared(db, 'UPDATE users SET display_name = ?, unit = ?, enabled = ?, updated_at = ? WHERE id = ?').run(
        update.displayName,
        update.unit,
        update.enabled ? 1 : 0,
        nowIso(),
        update.id,
      );
      setRoles(db, update.id, update.roles);
      if (enabledAdminCount(db) === 0) {
        throw new AppError('account.last-admin', '至少要保留一个可登录的管理员账号。');
      }
      if (!update.enabled) endSessionsOf(db, update.id);
      const after = getAccount(db, update.id);
      recordAudit(db, { actor, action: update.enabled === before.enabled ? 'account.update' : update.enabled ? 'account.enable' : 'account.disable', entity: 'account', entityId: update.id, before: auditView(before), after: auditView(after) });
      return after;
    });
}

/** An admin sets a new password; the person's open sessions end. */
export async function resetPassword(db: Database.Database, actor: string, id: number, password: string): Promise<void> {
  const account = getAccount(db, id);
  assertPassword(password, account.login);
  const hash = await hashPassword(password);
  writeTransaction(db, () => {
    prepared(db, 'UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, nowIso(), id);
    endSessionsOf(db, id);
    recordAudit(db, { actor, action: 'account.reset-password', entity: 'account', entityId: id });
  });
}

/** The signed-in person changes their own password, proving the current one first. */
export async function changeOwnPassword(db: Database.Database, userId: number, current: string, next: string): Promise<void> {
  const row = prepared(db, 'SELECT login, password_hash FROM users WHERE id = ?').get(userId) as { login: string; password_hash: string | null } | undefined;
  if (!row || !(await verifyPassword(current, row.password_hash))) {
    throw new AppError('auth.wrong-password', '当前密码不正确。', { field: 'current' });
  }
  assertPassword(next, row.login);
  const hash = await hashPassword(next);
  writeTransaction(db, () => {
    prepared(db, 'UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, nowIso(), userId);
    recordAudit(db, { actor: row.login, action: 'account.change-password', entity: 'account', entityId: userId });
  });
}

export { findAccountById };
