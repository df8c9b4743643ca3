import type Database from 'better-sqlite3';
import { unlinkedName } from '../accounts/account-store.js';
import type { Review, ReviewHead, AnswerStatus } from '../../../shared/contract/review.js';
import { ChecklistTemplate } from '../../../shared/domain/checklist.js';
import type { ReviewResult } from '../../../shared/domain/matter.js';
import { recordAudit } from '../audit.js';
import type { Core } from '../core.js';
import { AppError } from '../errors.js';
import { getMatter } from '../matters/matter-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { listOpinions } from './opinion-rows.js';
import { defaultTemplateFor } from './template-store.js';
import { moveMatterIfAllowed } from '../matters/matter-status.js';
import { writeTransaction } from '../store/write-transaction.js';
import { answerConflict } from '../../../shared/domain/checklist-link.js';
import { REVIEW_MATTER_MOVES, reviewPhase, reviewRefusal, type ReviewAction, type ReviewPhase } from '../../../shared/domain/review-flow.js';

interface ReviewRow {
  matter_id: number;
  template_id: string;
  template_version: string;
  template_snapshot: string;
  summary: string | null;
  state: Review['state'];
  override_reason: string | null;
}

function reviewRow(db: Database.Database, matterId: number): ReviewRow | undefined {
  return prepared(db, 'SELECT * FROM reviews WHERE matter_id = ?').get(matterId) as ReviewRow | undefined;
}

/** Starts the review of a matter with its type's default template (snapshotted), if not started yet; true when it started it. */
export function ensureReview(core: Core, actor: string, matterId: number): boolean {
  const db = core.db;
  if (reviewRow(db, matterId)) return false;
  const matter = getMatter(db, matterId);
  const template = defaultTemplateFor(core, matter.type);
  return writeTransaction(db, () => {
    if (reviewRow(db, matterId)) return false;
    const now = nowIso();
    prepared(
      db,
      `INSERT INTO reviews (matter_id, template_id, template_version, template_snapshot, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(matterId, template.id, String(template.version), JSON.stringify(template), now, now);
    recordAudit(db, {
      actor,
      action: 'review.start',
      entity: 'matter',
      entityId: matterId,
      after: { templateId: template.id, templateVersion: template.version },
    });
    const move = REVIEW_MATTER_MOVES.start!;
    moveMatterIfAllowed(db, actor, matterId, move.from!, move.to);
    return true;
  });
}

/** The review's checklist answers (by item id; the order carries no meaning). */
export function readAnswers(db: Database.Database, matterId: number): Review['answers'] {
  return (
    prepared(db, 'SELECT item_id, status, note, updated_at, updated_by FROM checklist_answers WHERE matter_id = ? ORDER BY item_id').all(matterId) as {
      item_id: string;
      status: AnswerStatus;
      note: string | null;
      updated_at: string;
      updated_by: string;
    }[]
  ).map((a) => ({ itemId: a.item_id, status: a.status, note: a.note, updatedAt: a.updated_at, updatedBy: a.updated_by }));
}

function readSignoffs(db: Database.Database, matterId: number): Review['signoffs'] {
  return (
    prepared(
      db,
      'SELECT s.id, s.action, s.actor, s.user_id, u.display_name, s.comment, s.at FROM signoffs s LEFT JOIN users u ON u.id = s.user_id WHERE s.matter_id = ? ORDER BY s.id',
    ).all(matterId) as { id: number; action: Review['signoffs'][number]['action']; actor: string; user_id: number | null; display_name: string | null; comment: string | null; at: string }[]
  ).map((s) => ({
    id: s.id,
    action: s.action,
    actor: s.actor,
    actorName: s.display_name ?? unlinkedName(s.actor),
    signatureName: s.display_name ?? s.actor,
    comment: s.comment,
    at: s.at,
  }));
}

/** The review's own fields and its checklist (no opinions: a write's reply lists only those it changed). */
export function readReviewHead(db: Database.Database, matterId: number): ReviewHead & { template: ChecklistTemplate; answers: Review['answers'] } {
  const row = reviewRow(db, matterId);
  if (!row) throw new AppError('review.not-started', '该事项尚未开始审查。');
  const matter = getMatter(db, matterId);
  const template = ChecklistTemplate.parse(JSON.parse(row.template_snapshot));
  const answers = readAnswers(db, matterId);
  const answered = new Set(answers.map((a) => a.itemId));
  return {
    matterId,
    state: row.state,
    template,
    summary: row.summary,
    result: matter.result,
    overrideReason: row.override_reason,
    answers,
    signoffs: readSignoffs(db, matterId),
    progress: {
      total: template.items.length,
      answered: template.items.filter((i) => answered.has(i.id)).length,
      requiredOpen: template.items.filter((i) => i.required && !answered.has(i.id)).map((i) => i.id),
    },
  };
}

/** The whole review as the workspace shows it. */
export function readReview(db: Database.Database, matterId: number): Review {
  const head = readReviewHead(db, matterId);
  return { ...head, opinions: listOpinions(db, matterId) };
}

/** The review's phase in the shared flow (shared/domain/review-flow.ts). */
export function phaseOf(db: Database.Database, matterId: number): ReviewPhase {
  return reviewPhase(reviewRow(db, matterId)?.state);
}

/** Refuses an action the review flow does not allow in the review's current phase. */
export function assertReviewAction(db: Database.Database, matterId: number, action: ReviewAction): void {
  const refusal = reviewRefusal(phaseOf(db, matterId), action);
  if (refusal) throw new AppError(refusal.code, refusal.messageZh);
}

/** Reviews can change only while the reviewer holds them (not while awaiting or after sign-off). */
export function assertEditable(db: Database.Database, matterId: number): void {
  assertReviewAction(db, matterId, 'edit');
}

export function answerItem(
  db: Database.Database,
  actor: string,
  input: { matterId: number; itemId: string; status: AnswerStatus; note: string | null },
): void {
  assertEditable(db, input.matterId);
  const review = readReview(db, input.matterId);
  if (!review.template.items.some((i) => i.id === input.itemId)) {
    throw new AppError('review.item-unknown', `审查清单中没有编号为“${input.itemId}”的要点。`);
  }
  // Checklist and opinions are one record (issue 20): 有问题 says what the problem is, and an item
  // that carries a 必须修改 opinion cannot be 通过.
  const conflict = answerConflict(review.opinions, input.itemId, input.status, input.note);
  if (conflict === 'needs-opinion') {
    throw new AppError('review.problem-needs-opinion', '标记“有问题”时，请为该要点写一条审查意见，或填写问题说明。');
  }
  if (conflict === 'pass-with-must') {
    throw new AppError('review.pass-with-must', '该要点有“必须修改”的审查意见，不能标记为“通过”；请先修改或删除该意见。');
  }
  writeTransaction(db, () => {
    const before = review.answers.find((a) => a.itemId === input.itemId) ?? null;
    const now = nowIso();
    prepared(
      db,
      `INSERT INTO checklist_answers (matter_id, item_id, status, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (matter_id, item_id) DO UPDATE SET status = excluded.status, note = excluded.note,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(input.matterId, input.itemId, input.status, input.note, now, actor);
    prepared(db, 'UPDATE reviews SET updated_at = ? WHERE matter_id = ?').run(now, input.matterId);
    recordAudit(db, {
      actor,
      action: 'review.answer',
      entity: 'matter',
      entityId: input.matterId,
      before,
      after: { itemId: input.itemId, status: input.status, note: input.note },
    });
  });
}

export function concludeReview(
  db: Database.Database,
  actor: string,
  input: { matterId: number; result: ReviewResult | null; summary: string | null },
): void {
  assertEditable(db, input.matterId);
  const before = readReview(db, input.matterId);
  writeTransaction(db, () => {
    const now = nowIso();
    prepared(db, 'UPDATE reviews SET summary = ?, updated_at = ? WHERE matter_id = ?').run(input.summary, now, input.matterId);
    prepared(db, 'UPDATE matters SET result = ?, updated_at = ? WHERE id = ?').run(input.result, now, input.matterId);
    recordAudit(db, {
      actor,
      action: 'review.conclude',
      entity: 'matter',
      entityId: input.matterId,
      before: { result: before.result, summary: before.summary },
      after: { result: input.result, summary: input.summary },
    });
  });
}

/**
 * Marks a checklist item 有问题 because an opinion about it was just added (e.g. from an accepted
 * finding); an item already marked keeps its note. Call inside the caller's transaction. Returns the
 * item when it wrote it, null when it was marked already.
 */
export function markItemProblem(db: Database.Database, actor: string, matterId: number, itemId: string): string | null {
  const current = prepared(db, 'SELECT status FROM checklist_answers WHERE matter_id = ? AND item_id = ?').get(matterId, itemId) as
    | { status: AnswerStatus }
    | undefined;
  if (current?.status === 'problem') return null;
  const now = nowIso();
  prepared(
    db,
    `INSERT INTO checklist_answers (matter_id, item_id, status, note, updated_at, updated_by) VALUES (?, ?, 'problem', NULL, ?, ?)
     ON CONFLICT (matter_id, item_id) DO UPDATE SET status = 'problem', updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(matterId, itemId, now, actor);
  recordAudit(db, { actor, action: 'review.answer', entity: 'matter', entityId: matterId, before: current ?? null, after: { itemId, status: 'problem', linked: true } });
  return itemId;
}
