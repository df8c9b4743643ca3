import type Database from 'better-sqlite3';
import { OFFICE_READ } from '../../shared/domain/account.js';
import type { MatterOf } from '../../shared/contract/rpc.js';
import type { AccountRow } from '../core/accounts/account-store.js';
import { AppError } from '../core/errors.js';
import { prepared } from '../core/store/statements.js';

const LOOKUP: Record<Exclude<MatterOf, 'matterId'>, { field: string; sql: string }> = {
  documentId: { field: 'documentId', sql: 'SELECT matter_id AS m FROM documents WHERE id = ?' },
  'id:matter': { field: 'id', sql: 'SELECT id AS m FROM matters WHERE id = ?' },
  'id:document': { field: 'id', sql: 'SELECT matter_id AS m FROM documents WHERE id = ?' },
  'id:opinion': { field: 'id', sql: 'SELECT matter_id AS m FROM opinions WHERE id = ?' },
  'id:opinion:opinionId': { field: 'opinionId', sql: 'SELECT matter_id AS m FROM opinions WHERE id = ?' },
  'id:letter': { field: 'id', sql: 'SELECT matter_id AS m FROM letters WHERE id = ?' },
  'id:finding': { field: 'id', sql: 'SELECT d.matter_id AS m FROM findings f JOIN documents d ON d.id = f.document_id WHERE f.id = ?' },
};

/** The matter a call concerns, or null when the referenced row does not exist (the handler says so). */
export function matterOfCall(db: Database.Database, how: MatterOf, input: unknown): number | null {
  const record = input as Record<string, unknown>;
  if (how === 'matterId') return typeof record.matterId === 'number' ? record.matterId : null;
  const { field, sql } = LOOKUP[how];
  const id = record[field];
  if (typeof id !== 'number') return null;
  const row = prepared(db, sql).get(id) as { m: number } | undefined;
  return row?.m ?? null;
}

/** A liaison who holds no office role sees only what their own unit submitted. */
export function isUnitScoped(account: AccountRow): boolean {
  return account.roles.includes('liaison') && !account.roles.some((r) => OFFICE_READ.includes(r));
}

/** A counsel who is neither reviewer nor approver writes only on matters assigned to them. */
export function isAssignmentScoped(account: AccountRow): boolean {
  return account.roles.includes('counsel') && !account.roles.includes('reviewer') && !account.roles.includes('approver');
}

/** Refuses a call on a matter outside the account's reach (liaison: other units; counsel: not assigned). */
export function assertMatterAccess(db: Database.Database, account: AccountRow, matterId: number, writes: boolean): void {
  const matter = prepared(db, 'SELECT submitting_unit, reviewer_id, counsel_id FROM matters WHERE id = ?').get(matterId) as
    | { submitting_unit: string; reviewer_id: number | null; counsel_id: number | null }
    | undefined;
  if (!matter) return;
  if (isUnitScoped(account) && matter.submitting_unit !== account.unit) {
    throw new AppError('auth.forbidden', '只能查看和办理本单位送审的事项。');
  }
  if (writes && isAssignmentScoped(account) && matter.counsel_id !== account.id && matter.reviewer_id !== account.id) {
    throw new AppError('auth.forbidden', '该事项未分配给您，不能修改。请联系司法所分办。');
  }
}
