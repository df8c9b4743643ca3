import type Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { moveMatter } from '../matters/matter-status.js';
import { nowIso, prepared } from '../store/statements.js';
import { assertReviewAction, phaseOf, readReview } from './review-service.js';
import { REVIEW_MATTER_MOVES, nextPhase, type ReviewAction } from '../../../shared/domain/review-flow.js';
import { todayIso } from '../workflow/office-settings.js';

function accountIdOf(db: Database.Database, login: string): number | null {
  return (prepared(db, 'SELECT id FROM users WHERE login = ?').get(login) as { id: number } | undefined)?.id ?? null;
}

/** A sign-off step, recorded with the acting account (the name printed on letters comes from it). */
function addSignoff(db: Database.Database, matterId: number, action: 'submit' | 'approve' | 'return', actor: string, comment: string | null) {
  prepared(db, 'INSERT INTO signoffs (matter_id, action, actor, user_id, comment, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    matterId,
    action,
    actor,
    accountIdOf(db, actor),
    comment,
    nowIso(),
  );
}

/** Moves the review along the shared flow (the action was checked by assertReviewAction). */
function setState(db: Database.Database, matterId: number, action: ReviewAction, overrideReason?: string | null) {
  const state = nextPhase(phaseOf(db, matterId), action);
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
export function submitForSignoff(db: Database.Database, actor: string, matterId: number, overrideReason?: string): void {
  assertReviewAction(db, matterId, 'submit');
  const review = readReview(db, matterId);
  if (!review.result) throw new AppError('review.no-conclusion', '请先选择审查结论（合法 / 修改后合法 / 不合法）再提交签批。');
  const reason = overrideReason?.trim() || null;
  if (review.progress.requiredOpen.length > 0 && !reason) {
    throw new AppError(
      'review.required-open',
      `还有 ${review.progress.requiredOpen.length} 个必查要点未完成（${review.progress.requiredOpen.join('、')}）；如确需提交，请填写理由。`,
    );
  }
  writeTransaction(db, () => {
    setState(db, matterId, 'submit', review.progress.requiredOpen.length > 0 ? reason : null);
    addSignoff(db, matterId, 'submit', actor, reason);
    moveMatter(db, actor, matterId, REVIEW_MATTER_MOVES.submit!.to);
    recordAudit(db, {
      actor,
      action: 'review.submit',
      entity: 'matter',
      entityId: matterId,
      after: { requiredOpen: review.progress.requiredOpen, overrideReason: reason },
    });
  });
}


/**
 * Two-person review by identity: whoever signs off must be another account than the one that
 * submitted (for submissions recorded before accounts existed, another name).
 */
function assertSecondPerson(db: Database.Database, matterId: number, approver: string): void {
  const submit = prepared(db, "SELECT actor, user_id FROM signoffs WHERE matter_id = ? AND action = 'submit' ORDER BY id DESC LIMIT 1").get(matterId) as
    | { actor: string; user_id: number | null }
    | undefined;
  if (!submit) return;
  const approverId = accountIdOf(db, approver);
  const same = submit.user_id !== null ? submit.user_id === approverId : submit.actor === approver;
  if (same) {
    throw new AppError('review.same-person', '签批人不能与提交审查的人为同一账号，请由另一位签批人签批。');
  }
}

/** The approver signs off; the matter then waits for its letter to be issued. */
export function approveReview(db: Database.Database, actor: string, matterId: number, comment?: string, today: string = todayIso()): void {
  assertReviewAction(db, matterId, 'approve');
  assertSecondPerson(db, matterId, actor);
  writeTransaction(db, () => {
    setState(db, matterId, 'approve');
    addSignoff(db, matterId, 'approve', actor, comment?.trim() || null);
    // The status list shows 已签批待出具 from this day until the letter moves the matter on.
    prepared(db, 'UPDATE matters SET signed_off_on = ? WHERE id = ?').run(today, matterId);
    recordAudit(db, { actor, action: 'review.approve', entity: 'matter', entityId: matterId, after: { comment: comment ?? null } });
  });
}

/** The approver sends the review back to the reviewer with comments. */
export function returnReview(db: Database.Database, actor: string, matterId: number, comment: string): void {
  assertReviewAction(db, matterId, 'return');
  assertSecondPerson(db, matterId, actor);
  writeTransaction(db, () => {
    setState(db, matterId, 'return');
    addSignoff(db, matterId, 'return', actor, comment);
    prepared(db, 'UPDATE matters SET signed_off_on = NULL WHERE id = ?').run(matterId);
    moveMatter(db, actor, matterId, REVIEW_MATTER_MOVES.return!.to, comment);
    recordAudit(db, { actor, action: 'review.return', entity: 'matter', entityId: matterId, after: { comment } });
  });
}
