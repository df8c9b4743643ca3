import type Database from 'better-sqlite3';
import type { Role } from '../../../shared/domain/account.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';

export interface AccountRow {
  id: number;
  login: string;
  displayName: string;
  initials: string;
  roles: Role[];
  unit: string | null;
  enabled: boolean;
  hasPassword: boolean;
  createdAt: string;
}

interface UserRow {
  id: number;
  login: string;
  display_name: string;
  initials: string | null;
  unit: string | null;
  enabled: number;
  password_hash: string | null;
  created_at: string;
}

/** Initials for Word comments: the first two characters of a Chinese name, else the capitals of a Latin one. */
export function initialsOf(displayName: string): string {
  const latin = displayName.match(/\b[A-Za-z]/g);
  if (latin && /^[\x20-\x7e]+$/.test(displayName)) return latin.join('').toUpperCase().slice(0, 3);
  return [...displayName.replace(/\s+/g, '')].slice(0, 2).join('');
}

function rolesOf(db: Database.Database, userId: number): Role[] {
  return (prepared(db, 'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role').all(userId) as { role: Role }[]).map((r) => r.role);
}

function toAccount(db: Database.Database, row: UserRow): AccountRow {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    initials: row.initials ?? initialsOf(row.display_name),
    roles: rolesOf(db, row.id),
    unit: row.unit,
    enabled: row.enabled === 1,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
  };
}

const SELECT = 'SELECT id, login, display_name, initials, unit, enabled, password_hash, created_at FROM users';

export function countAccounts(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function listAccounts(db: Database.Database): AccountRow[] {
  return (prepared(db, `${SELECT} ORDER BY enabled DESC, display_name, id`).all() as UserRow[]).map((r) => toAccount(db, r));
}

export function findAccountById(db: Database.Database, id: number): AccountRow | null {
  const row = prepared(db, `${SELECT} WHERE id = ?`).get(id) as UserRow | undefined;
  return row ? toAccount(db, row) : null;
}

export function getAccount(db: Database.Database, id: number): AccountRow {
  const account = findAccountById(db, id);
  if (!account) throw new AppError('account.not-found', '找不到该账号。');
  return account;
}

/** Logins compare case-insensitively (Wang and wang are one person). */
export function findAccountByLogin(db: Database.Database, login: string): (AccountRow & { passwordHash: string | null }) | null {
  const row = prepared(db, `${SELECT} WHERE login = ? COLLATE NOCASE`).get(login) as UserRow | undefined;
  return row ? { ...toAccount(db, row), passwordHash: row.password_hash } : null;
}

export interface NewAccount {
  login: string;
  displayName: string;
  roles: Role[];
  unit: string | null;
  passwordHash: string;
}

/** Inserts the account and its roles; the caller holds the write transaction and records the audit entry. */
export function insertAccount(db: Database.Database, account: NewAccount): number {
  if (findAccountByLogin(db, account.login)) {
    throw new AppError('account.login-taken', `登录名「${account.login}」已被使用。`, { field: 'login' });
  }
  if (isLegacyActorName(db, account.login)) {
    throw new AppError('account.login-legacy', `「${account.login}」是启用账号前记录中的姓名，不能用作登录名，请换一个（例如姓名拼音）。`, { field: 'login' });
  }
  const now = nowIso();
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO users (login, display_name, role, password_hash, enabled, unit, initials, created_at, updated_at)
     VALUES (?, ?, 'reviewer', ?, 1, ?, ?, ?, ?)`,
  ).run(account.login, account.displayName, account.passwordHash, account.unit, initialsOf(account.displayName), now, now);
  const id = Number(lastInsertRowid);
  setRoles(db, id, account.roles);
  return id;
}

export function setRoles(db: Database.Database, userId: number, roles: Role[]): void {
  prepared(db, 'DELETE FROM user_roles WHERE user_id = ?').run(userId);
  for (const role of new Set(roles)) prepared(db, 'INSERT INTO user_roles (user_id, role) VALUES (?, ?)').run(userId, role);
}

export function enabledAdminCount(db: Database.Database): number {
  return (
    prepared(
      db,
      "SELECT count(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin' WHERE u.enabled = 1 AND u.password_hash IS NOT NULL",
    ).get() as { n: number }
  ).n;
}

/**
 * The name to show for an actor recorded on a row: the account's display name, or the recorded text
 * marked 「（未关联账号）」 for names typed before accounts existed (never silently turned into accounts).
 */
/** How a recorded name with no account behind it is shown: 「（未关联账号）王立新」, or 系统 for the program. */
export function unlinkedName(actor: string): string {
  return actor === 'system' ? '系统' : `（未关联账号）${actor}`;
}

export function displayNameOfActor(db: Database.Database, actor: string | null | undefined, userId?: number | null): string | null {
  if (!actor && !userId) return null;
  if (actor === 'system' && !userId) return unlinkedName(actor);
  // Where the row has an account column, a null there means the name predates accounts.
  const row = (userId !== undefined
    ? userId === null
      ? undefined
      : prepared(db, 'SELECT display_name FROM users WHERE id = ?').get(userId)
    : prepared(db, 'SELECT display_name FROM users WHERE login = ?').get(actor)) as { display_name: string } | undefined;
  if (row) return row.display_name;
  return unlinkedName(actor ?? '');
}

/** Names recorded before accounts existed cannot become logins, or old rows would change author. */
export function isLegacyActorName(db: Database.Database, login: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM audit_log WHERE user_id IS NULL AND actor = ? COLLATE NOCASE LIMIT 1').get(login) !== undefined ||
    prepared(db, 'SELECT 1 FROM signoffs WHERE user_id IS NULL AND actor = ? COLLATE NOCASE LIMIT 1').get(login) !== undefined
  );
}
