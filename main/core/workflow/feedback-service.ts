import type Database from 'better-sqlite3';
import { letterOpinionLabels } from '../letters/opinion-labels.js';
import type { z } from 'zod';
import type {
  AdoptionInput,
  Feedback,
  OpinionAdoption,
  RecordFeedbackInput,
} from '../../../shared/contract/workflow.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';

/*
 * Feedback (反馈): the submitting unit's reply after the opinion, optionally with the revised document,
 * and for each opinion whether it was 采纳 / 部分采纳 / 未采纳 (opinions.adoption, opinions.adoption_reason
 * from schema 30). The opinions themselves belong to the review module; this module only sets adoption.
 */

interface FeedbackRow {
  id: number;
  matter_id: number;
  received_on: string;
  reply: string;
  revised_document_id: number | null;
  created_at: string;
  created_by: string;
}

const toFeedback = (r: FeedbackRow): Feedback => ({
  id: r.id,
  matterId: r.matter_id,
  receivedOn: r.received_on,
  reply: r.reply,
  revisedDocumentId: r.revised_document_id,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

interface OpinionRow {
  id: number;
  matter_id: number;
  position: number;
  text: string;
  severity: OpinionAdoption['severity'];
  adoption: OpinionAdoption['adoption'];
  adoption_reason: string | null;
}

const toOpinion = (r: OpinionRow): OpinionAdoption => ({
  id: r.id,
  matterId: r.matter_id,
  position: r.position,
  text: r.text,
  severity: r.severity,
  adoption: r.adoption,
  adoptionReason: r.adoption_reason,
  letterLabel: null,
});

/** The opinions with the numbers their letter printed (（一）1 …), for the feedback form. */
function withLetterLabels(db: Database.Database, matterId: number, opinions: OpinionAdoption[]): OpinionAdoption[] {
  const labels = letterOpinionLabels(db, matterId, opinions);
  return opinions.map((o) => ({ ...o, letterLabel: labels.get(o.id) ?? null }));
}

const OPINION_COLUMNS = 'id, matter_id, position, text, severity, adoption, adoption_reason';

function matterReceivedOn(db: Database.Database, matterId: number): string {
  const row = prepared(db, 'SELECT received_on FROM matters WHERE id = ?').get(matterId) as { received_on: string } | undefined;
  if (!row) throw new AppError('matter.not-found', `审查事项（编号 ${matterId}）不存在或已被删除。`);
  return row.received_on;
}

function opinionRow(db: Database.Database, id: number): OpinionRow {
  const row = prepared(db, `SELECT ${OPINION_COLUMNS} FROM opinions WHERE id = ?`).get(id) as OpinionRow | undefined;
  if (!row) throw new AppError('opinion.not-found', `审查意见（编号 ${id}）不存在。`);
  return row;
}

/** Sets one opinion's adoption; call inside a transaction (both public entry points do). */
function applyAdoption(db: Database.Database, actor: string, input: z.output<typeof AdoptionInput>, matterId?: number): OpinionAdoption {
  const before = opinionRow(db, input.opinionId);
  if (matterId !== undefined && before.matter_id !== matterId) {
    throw new AppError('opinion.other-matter', `审查意见（编号 ${input.opinionId}）不属于本事项。`);
  }
  const reason = input.adoption === null ? null : input.reason;
  prepared(db, 'UPDATE opinions SET adoption = ?, adoption_reason = ?, updated_at = ? WHERE id = ?').run(
    input.adoption,
    reason,
    nowIso(),
    input.opinionId,
  );
  const after = opinionRow(db, input.opinionId);
  recordAudit(db, {
    actor,
    action: 'opinion.adoption',
    entity: 'opinion',
    entityId: input.opinionId,
    before: { adoption: before.adoption, reason: before.adoption_reason },
    after: { adoption: after.adoption, reason: after.adoption_reason },
  });
  return withLetterLabels(db, after.matter_id, [toOpinion(after)])[0]!;
}

/** Records the unit's reply and, in the same transaction, the adoption of the opinions it answers. */
export function recordFeedback(db: Database.Database, actor: string, input: z.output<typeof RecordFeedbackInput>): Feedback {
  const record = writeTransaction(db, () => {
    const receivedOn = matterReceivedOn(db, input.matterId);
    if (input.receivedOn < receivedOn) {
      throw new AppError('feedback.date-invalid', `反馈日期 ${input.receivedOn} 早于事项的收件日期 ${receivedOn}。`);
    }
    if (input.revisedDocumentId !== null) {
      const doc = prepared(db, 'SELECT matter_id FROM documents WHERE id = ?').get(input.revisedDocumentId) as
        | { matter_id: number }
        | undefined;
      if (!doc) throw new AppError('document.not-found', `文件（编号 ${input.revisedDocumentId}）不存在。`);
      if (doc.matter_id !== input.matterId) throw new AppError('document.other-matter', '所选修改稿不属于本事项。');
    }
    const seen = new Set<number>();
    for (const a of input.adoptions) {
      if (seen.has(a.opinionId)) throw new AppError('feedback.duplicate-opinion', `审查意见（编号 ${a.opinionId}）重复填写。`);
      seen.add(a.opinionId);
    }
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO feedback (matter_id, received_on, reply, revised_document_id, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(input.matterId, input.receivedOn, input.reply, input.revisedDocumentId, nowIso(), actor);
    const feedback = toFeedback(prepared(db, 'SELECT * FROM feedback WHERE id = ?').get(lastInsertRowid) as FeedbackRow);
    recordAudit(db, { actor, action: 'feedback.record', entity: 'matter', entityId: input.matterId, after: feedback });
    for (const a of input.adoptions) applyAdoption(db, actor, a, input.matterId);
    return feedback;
  });
  return record;
}

/** Sets (or clears, with null) one opinion's adoption and reason. */
export function setOpinionAdoption(db: Database.Database, actor: string, input: z.output<typeof AdoptionInput>): OpinionAdoption {
  return writeTransaction(db, () => applyAdoption(db, actor, input));
}

/** The matter's feedback records (oldest first) and its opinions with their adoption, in order. */
export function listFeedback(db: Database.Database, matterId: number): { items: Feedback[]; opinions: OpinionAdoption[] } {
  matterReceivedOn(db, matterId);
  const items = (prepared(db, 'SELECT * FROM feedback WHERE matter_id = ? ORDER BY id').all(matterId) as FeedbackRow[]).map(toFeedback);
  const opinions = (
    prepared(db, `SELECT ${OPINION_COLUMNS} FROM opinions WHERE matter_id = ? ORDER BY position, id`).all(matterId) as OpinionRow[]
  ).map(toOpinion);
  return { items, opinions: withLetterLabels(db, matterId, opinions) };
}
