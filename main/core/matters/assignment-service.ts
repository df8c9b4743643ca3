import type Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';
import type { Role } from '../../../shared/domain/account.js';
import { findAccountById } from '../accounts/account-store.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';

const ASSIGNABLE: Record<'reviewer' | 'counsel', { roles: Role[]; label: string }> = {
  reviewer: { roles: ['reviewer', 'approver'], label: '审查人' },
  counsel: { roles: ['counsel'], label: '法律顾问' },
};

/** A matter goes only to an enabled account that holds the role for the job. */
export function assertCanBeAssigned(db: Database.Database, userId: number, as: 'reviewer' | 'counsel'): void {
  const account = findAccountById(db, userId);
  const rule = ASSIGNABLE[as];
  if (!account || !account.enabled) throw new AppError('assign.unknown', `所选${rule.label}账号不存在或已停用。`);
  if (!account.roles.some((r) => rule.roles.includes(r))) {
    throw new AppError('assign.wrong-role', `「${account.displayName}」没有${rule.label}角色，不能分办给他/她。`);
  }
}

export interface AssignRequest {
  matterId: number;
  reviewerId: number | null;
  counselId: number | null;
  reason: string | null;
}

/** 分办/转办: sets the matter's reviewer and counsel, and records who assigned it, when and why. */
export function assignMatter(db: Database.Database, actor: string, req: AssignRequest): void {
  if (req.reviewerId !== null) assertCanBeAssigned(db, req.reviewerId, 'reviewer');
  if (req.counselId !== null) assertCanBeAssigned(db, req.counselId, 'counsel');
  writeTransaction(db, () => {
    const before = prepared(db, 'SELECT reviewer_id, counsel_id, status FROM matters WHERE id = ?').get(req.matterId) as
      | { reviewer_id: number | null; counsel_id: number | null; status: string }
      | undefined;
    if (!before) throw new AppError('matter.not-found', `审查事项（编号 ${req.matterId}）不存在或已被删除。`);
    if (before.status === 'closed' || before.status === 'withdrawn') {
      throw new AppError('assign.closed', '已办结或已撤回的事项不能再分办。');
    }
    const by = prepared(db, 'SELECT id FROM users WHERE login = ?').get(actor) as { id: number } | undefined;
    if (!by) throw new AppError('auth.required', '请先登录。');
    const now = nowIso();
    prepared(db, 'UPDATE matters SET reviewer_id = ?, counsel_id = ?, updated_at = ? WHERE id = ?').run(req.reviewerId, req.counselId, now, req.matterId);
    prepared(db, 'INSERT INTO assignments (matter_id, reviewer_id, counsel_id, by_user_id, reason, at) VALUES (?, ?, ?, ?, ?, ?)').run(
      req.matterId,
      req.reviewerId,
      req.counselId,
      by.id,
      req.reason,
      now,
    );
    recordAudit(db, {
      actor,
      action: before.reviewer_id === null && before.counsel_id === null ? 'matter.assign' : 'matter.reassign',
      entity: 'matter',
      entityId: req.matterId,
      before: { reviewerId: before.reviewer_id, counselId: before.counsel_id },
      after: { reviewerId: req.reviewerId, counselId: req.counselId, reason: req.reason },
    });
  });
}
