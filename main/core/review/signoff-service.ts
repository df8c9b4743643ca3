import type Database from 'better-sqlite3';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { moveMatter } from '../matters/matter-status.js';
import { nowIso, prepared } from '../store/statements.js';
import { readReview } from './review-service.js';
import { writeTransaction } from '../store/write-transaction.js';

function addSignoff(db: Database.Database, matterId: number, action: 'submit' | 'approve' | 'return', actor: string, comment: string | null) {
  prepared(db, 'INSERT INTO signoffs (matter_id, action, actor, comment, at) VALUES (?, ?, ?, ?, ?)').run(matterId, action, actor, comment, nowIso());
}

function setState(db: Database.Database, matterId: number, state: string, overrideReason?: string | null) {
  if (overrideReason === undefined) {
    prepared(db, 'UPDATE reviews SET state = ?, updated_at = ? WHERE matter_id = ?').run(state, nowIso(), matterId);
  } else {
    prepared(db, 'UPDATE reviews SET state = ?, override_reason = ?, updated_at = ? WHERE matter_id = ?').run(state, overrideReason, nowIso(), matterId);
  }
}

/**
 * The reviewer hands the review to the approver (法律顾问 → 司法所). Required checklist items must be
 * answered unless an override reason is given, which is recorded with the submission.
 */
export function submitForSignoff(db: Database.Database, actor: string, matterId: number, overrideReason?: string, signer?: string): void {
  const review = readReview(db, matterId);
  if (review.state !== 'open' && review.state !== 'returned') throw new AppError('review.not-open', '该审查已提交签批或已签批通过。');
  if (!review.result) throw new AppError('review.no-conclusion', '请先选择审查结论（合法 / 修改后合法 / 不合法）再提交签批。');
  const reason = overrideReason?.trim() || null;
  if (review.progress.requiredOpen.length > 0 && !reason) {
    throw new AppError(
      'review.required-open',
      `还有 ${review.progress.requiredOpen.length} 个必查要点未完成（${review.progress.requiredOpen.join('、')}）；如确需提交，请填写理由。`,
    );
  }
  writeTransaction(db, () => {
    setState(db, matterId, 'submitted', review.progress.requiredOpen.length > 0 ? reason : null);
    addSignoff(db, matterId, 'submit', signer ?? actor, reason);
    moveMatter(db, actor, matterId, 'awaiting-signoff');
    recordAudit(db, {
      actor,
      action: 'review.submit',
      entity: 'matter',
      entityId: matterId,
      after: { requiredOpen: review.progress.requiredOpen, overrideReason: reason },
    });
  });
}

function assertSubmitted(db: Database.Database, matterId: number): void {
  if (readReview(db, matterId).state !== 'submitted') throw new AppError('review.not-submitted', '该审查尚未提交签批。');
}

/** Two-person review: whoever signs off must not be the person who submitted the review. */
function assertSecondPerson(db: Database.Database, matterId: number, approver: string): void {
  const submitter = [...readReview(db, matterId).signoffs].reverse().find((s) => s.action === 'submit')?.actor;
  if (submitter !== undefined && submitter === approver) {
    throw new AppError('review.same-person', `签批人不能与审查人（${submitter}）为同一人，请由另一人签批。`);
  }
}

/** The approver signs off; the matter then waits for its letter to be issued. */
export function approveReview(db: Database.Database, actor: string, matterId: number, comment?: string, signer?: string): void {
  assertSubmitted(db, matterId);
  assertSecondPerson(db, matterId, signer ?? actor);
  writeTransaction(db, () => {
    setState(db, matterId, 'approved');
    addSignoff(db, matterId, 'approve', signer ?? actor, comment?.trim() || null);
    recordAudit(db, { actor, action: 'review.approve', entity: 'matter', entityId: matterId, after: { comment: comment ?? null } });
  });
}

/** The approver sends the review back to the reviewer with comments. */
export function returnReview(db: Database.Database, actor: string, matterId: number, comment: string, signer?: string): void {
  assertSubmitted(db, matterId);
  assertSecondPerson(db, matterId, signer ?? actor);
  writeTransaction(db, () => {
    setState(db, matterId, 'returned');
    addSignoff(db, matterId, 'return', signer ?? actor, comment);
    moveMatter(db, actor, matterId, 'in-review', comment);
    recordAudit(db, { actor, action: 'review.return', entity: 'matter', entityId: matterId, after: { comment } });
  });
}
