import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { initialsOf } from '../accounts/account-store.js';
import { setRoles } from '../accounts/account-store.js';
import { recordAudit } from '../audit.js';
import { nowIso, prepared } from '../store/statements.js';
import type { Person } from './payloads.js';

/** The matter's exchange uid, made on first export (inside the caller's transaction). */
export function matterUid(db: Database.Database, matterId: number): string {
  const row = prepared(db, 'SELECT uid FROM exchange_matters WHERE matter_id = ?').get(matterId) as { uid: string } | undefined;
  if (row) return row.uid;
  const uid = randomUUID();
  prepared(db, 'INSERT INTO exchange_matters (matter_id, uid) VALUES (?, ?)').run(matterId, uid);
  return uid;
}

export function matterByUid(db: Database.Database, uid: string): number | null {
  return (prepared(db, 'SELECT matter_id FROM exchange_matters WHERE uid = ?').get(uid) as { matter_id: number } | undefined)?.matter_id ?? null;
}

export function linkMatter(db: Database.Database, matterId: number, uid: string): void {
  prepared(db, 'INSERT OR IGNORE INTO exchange_matters (matter_id, uid) VALUES (?, ?)').run(matterId, uid);
}

export function opinionUid(db: Database.Database, opinionId: number): string {
  const row = prepared(db, 'SELECT uid FROM exchange_opinions WHERE opinion_id = ?').get(opinionId) as { uid: string } | undefined;
  if (row) return row.uid;
  const uid = randomUUID();
  prepared(db, 'INSERT INTO exchange_opinions (opinion_id, uid) VALUES (?, ?)').run(opinionId, uid);
  return uid;
}

export function opinionByUid(db: Database.Database, uid: string): number | null {
  return (prepared(db, 'SELECT opinion_id FROM exchange_opinions WHERE uid = ?').get(uid) as { opinion_id: number } | undefined)?.opinion_id ?? null;
}

export function linkOpinion(db: Database.Database, opinionId: number, uid: string): void {
  prepared(db, 'INSERT OR IGNORE INTO exchange_opinions (opinion_id, uid) VALUES (?, ?)').run(opinionId, uid);
}

/**
 * The local account standing for a person of another office (the counsel whose reply is imported):
 * the matter's assigned counsel when there is one, else an account made for them that has no
 * password and is disabled, so it can be named on opinions and letters but never sign in.
 */
export function remoteAccount(db: Database.Database, actor: string, officeCode: string, person: Person, assignedId: number | null): { id: number; login: string } {
  if (assignedId !== null) {
    const assigned = prepared(db, 'SELECT id, login FROM users WHERE id = ?').get(assignedId) as { id: number; login: string } | undefined;
    if (assigned) return assigned;
  }
  const known = prepared(
    db,
    'SELECT u.id, u.login FROM exchange_accounts x JOIN users u ON u.id = x.user_id WHERE x.office_code = ? AND x.remote_login = ?',
  ).get(officeCode, person.login) as { id: number; login: string } | undefined;
  if (known) return known;
  const base = `${officeCode}.${person.login}`.replace(/[^\p{L}\p{N}._-]/gu, '_').slice(0, 28);
  let login = base;
  for (let n = 2; prepared(db, 'SELECT 1 FROM users WHERE login = ? COLLATE NOCASE').get(login); n++) login = `${base}-${n}`;
  const now = nowIso();
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO users (login, display_name, role, password_hash, enabled, unit, initials, created_at, updated_at)
     VALUES (?, ?, 'reviewer', NULL, 0, ?, ?, ?, ?)`,
  ).run(login, person.displayName.slice(0, 32), officeCode, initialsOf(person.displayName), now, now);
  const id = Number(lastInsertRowid);
  setRoles(db, id, ['counsel']);
  prepared(db, 'INSERT INTO exchange_accounts (office_code, remote_login, user_id) VALUES (?, ?, ?)').run(officeCode, person.login, id);
  recordAudit(db, { actor, action: 'account.create-remote', entity: 'account', entityId: id, after: { login, displayName: person.displayName, office: officeCode, enabled: false } });
  return { id, login };
}
