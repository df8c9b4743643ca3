import type Database from 'better-sqlite3';
import type { Opinion, OpinionAnchor } from '../../../shared/contract/review.js';
import type { Severity } from '../../../shared/domain/matter.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { getOpinion, listOpinions } from './opinion-rows.js';
import { assertEditable, markItemProblem } from './review-service.js';
import { writeTransaction } from '../store/write-transaction.js';
import { problemItemOf } from '../../../shared/domain/checklist-link.js';

export interface OpinionFields {
  text: string;
  severity: Severity;
  basis: string | null;
  basisId: string | null;
  checklistItemId: string | null;
  anchor: OpinionAnchor | null;
}

/**
 * An anchor must point into a document of the same matter, and its quote must be exactly the text
 * at that place, so that "paragraph 12, characters 5–20" keeps meaning the same words later.
 */
function checkAnchor(db: Database.Database, matterId: number, anchor: OpinionAnchor | null): void {
  if (!anchor) return;
  const doc = prepared(db, 'SELECT matter_id FROM documents WHERE id = ?').get(anchor.documentId) as { matter_id: number } | undefined;
  if (!doc || doc.matter_id !== matterId) throw new AppError('opinion.anchor-document', '所引用的文件不属于该审查事项。');
  const block = prepared(db, 'SELECT text FROM document_blocks WHERE document_id = ? AND idx = ?').get(anchor.documentId, anchor.paragraph) as
    | { text: string }
    | undefined;
  if (!block) throw new AppError('opinion.anchor-paragraph', `文件中没有第 ${anchor.paragraph + 1} 段。`);
  if (anchor.end <= anchor.start || block.text.slice(anchor.start, anchor.end) !== anchor.quote) {
    throw new AppError('opinion.anchor-mismatch', '所引用的原文与文件内容不一致，请重新选择原文。');
  }
}

function anchorColumns(anchor: OpinionAnchor | null) {
  return {
    documentId: anchor?.documentId ?? null,
    paragraph: anchor?.paragraph ?? null,
    start: anchor?.start ?? null,
    end: anchor?.end ?? null,
    quote: anchor?.quote ?? null,
  };
}

/** A saved opinion and the checklist item it marked 有问题 (null when none changed). */
export interface SavedOpinion {
  opinion: Opinion;
  marked: string | null;
}

export function addOpinion(db: Database.Database, actor: string, matterId: number, fields: OpinionFields): SavedOpinion {
  assertEditable(db, matterId);
  checkAnchor(db, matterId, fields.anchor);
  return writeTransaction(db, () => {
    const { next } = prepared(db, 'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM opinions WHERE matter_id = ?').get(matterId) as { next: number };
    const now = nowIso();
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO opinions (matter_id, position, text, severity, basis, basis_id, checklist_item_id, document_id, paragraph,
         range_start, range_end, quote, author_id, created_at, updated_at)
       VALUES (@matterId, @position, @text, @severity, @basis, @basisId, @checklistItemId, @documentId, @paragraph,
         @start, @end, @quote, (SELECT id FROM users WHERE login = @actor), @now, @now)`,
    ).run({ matterId, position: next, ...fields, ...anchorColumns(fields.anchor), actor, now });
    const opinion = getOpinion(db, Number(lastInsertRowid));
    const problem = problemItemOf(fields);
    const marked = problem ? markItemProblem(db, actor, matterId, problem) : null;
    recordAudit(db, { actor, action: 'opinion.add', entity: 'opinion', entityId: opinion.id, after: opinion });
    return { opinion, marked };
  });
}

export function updateOpinion(db: Database.Database, actor: string, id: number, fields: OpinionFields): SavedOpinion {
  const before = getOpinion(db, id);
  assertEditable(db, before.matterId);
  checkAnchor(db, before.matterId, fields.anchor);
  return writeTransaction(db, () => {
    prepared(
      db,
      `UPDATE opinions SET text = @text, severity = @severity, basis = @basis, basis_id = @basisId,
         checklist_item_id = @checklistItemId, document_id = @documentId, paragraph = @paragraph, range_start = @start,
         range_end = @end, quote = @quote, updated_at = @now WHERE id = @id`,
    ).run({ id, ...fields, ...anchorColumns(fields.anchor), now: nowIso() });
    const after = getOpinion(db, id);
    const problem = problemItemOf(fields);
    const marked = problem ? markItemProblem(db, actor, before.matterId, problem) : null;
    recordAudit(db, { actor, action: 'opinion.update', entity: 'opinion', entityId: id, before, after });
    return { opinion: after, marked };
  });
}

/** Deletes an opinion; returns its matter and the findings it reopened. */
export function deleteOpinion(db: Database.Database, actor: string, id: number): { matterId: number; reopened: number[] } {
  const before = getOpinion(db, id);
  assertEditable(db, before.matterId);
  return writeTransaction(db, () => {
    // A finding that became this opinion is open again, so the reviewer can decide on it anew.
    const reopened = (prepared(db, 'SELECT id FROM findings WHERE opinion_id = ?').all(id) as { id: number }[]).map((f) => f.id);
    prepared(db, "UPDATE findings SET state = 'open', opinion_id = NULL WHERE opinion_id = ?").run(id);
    prepared(db, 'DELETE FROM opinions WHERE id = ?').run(id);
    recordAudit(db, { actor, action: 'opinion.delete', entity: 'opinion', entityId: id, before });
    return { matterId: before.matterId, reopened };
  });
}

/** Sets the order of a matter's opinions; `order` must list each of them exactly once. */
export function reorderOpinions(db: Database.Database, actor: string, matterId: number, order: number[]): Opinion[] {
  assertEditable(db, matterId);
  const current = listOpinions(db, matterId);
  const ids = current.map((o) => o.id).sort((a, b) => a - b);
  if (order.length !== ids.length || [...order].sort((a, b) => a - b).some((id, i) => id !== ids[i])) {
    throw new AppError('opinion.order-mismatch', '排序列表须包含该事项的全部意见且不重复。');
  }
  writeTransaction(db, () => {
    const now = nowIso();
    order.forEach((id, index) => prepared(db, 'UPDATE opinions SET position = ?, updated_at = ? WHERE id = ?').run(index + 1, now, id));
    recordAudit(db, {
      actor,
      action: 'opinion.reorder',
      entity: 'matter',
      entityId: matterId,
      before: current.map((o) => o.id),
      after: order,
    });
  });
  return listOpinions(db, matterId);
}
