import type Database from 'better-sqlite3';
import type { Opinion } from '../../../shared/contract/review.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';

interface OpinionRow {
  id: number;
  matter_id: number;
  position: number;
  text: string;
  severity: Opinion['severity'];
  basis: string | null;
  basis_id: string | null;
  checklist_item_id: string | null;
  document_id: number | null;
  paragraph: number | null;
  range_start: number | null;
  range_end: number | null;
  quote: string | null;
  adoption: Opinion['adoption'];
  adoption_reason: string | null;
  created_at: string;
  updated_at: string;
  author_id: number | null;
  author_name: string | null;
  author_initials: string | null;
}

/** Opinions with the name of the account that wrote them (the 批注版 comment author). */
const SELECT_OPINION = 'SELECT o.*, u.display_name AS author_name, u.initials AS author_initials FROM opinions o LEFT JOIN users u ON u.id = o.author_id';

function toOpinion(r: OpinionRow): Opinion {
  return {
    id: r.id,
    matterId: r.matter_id,
    position: r.position,
    text: r.text,
    severity: r.severity,
    basis: r.basis,
    basisId: r.basis_id,
    checklistItemId: r.checklist_item_id,
    anchor:
      r.document_id === null || r.paragraph === null
        ? null
        : { documentId: r.document_id, paragraph: r.paragraph, start: r.range_start ?? 0, end: r.range_end ?? 0, quote: r.quote ?? '' },
    adoption: r.adoption,
    adoptionReason: r.adoption_reason,
    authorId: r.author_id,
    authorName: r.author_name,
    authorInitials: r.author_initials,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A matter's opinions in the reviewer's order. */
export function listOpinions(db: Database.Database, matterId: number): Opinion[] {
  const rows = prepared(db, `${SELECT_OPINION} WHERE o.matter_id = ? ORDER BY o.position, o.id`).all(matterId) as OpinionRow[];
  return rows.map(toOpinion);
}

export function getOpinion(db: Database.Database, id: number): Opinion {
  const row = prepared(db, `${SELECT_OPINION} WHERE o.id = ?`).get(id) as OpinionRow | undefined;
  if (!row) throw new AppError('opinion.not-found', '该审查意见不存在或已被删除。');
  return toOpinion(row);
}
