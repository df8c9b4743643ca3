import type Database from 'better-sqlite3';
import type { StoredFinding } from '../../../shared/contract/findings.js';
import type { Severity } from '../../../shared/domain/matter.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';

// Findings as the read methods return them (findings.list, and the review writes' replies).

interface FindingRow {
  id: number;
  document_id: number;
  rule: string;
  severity: Severity;
  message: string;
  paragraph: number;
  range_start: number;
  range_end: number;
  trigger_start: number | null;
  trigger_end: number | null;
  excerpt: string;
  basis: string;
  suggestion: string;
  state: StoredFinding['state'];
  dismiss_reason: string | null;
  opinion_id: number | null;
  checked_at: string;
}

function toFinding(r: FindingRow): StoredFinding {
  return {
    id: r.id,
    documentId: r.document_id,
    rule: r.rule,
    severity: r.severity,
    message: r.message,
    paragraph: r.paragraph,
    start: r.range_start,
    end: r.range_end,
    ...(r.trigger_start !== null && r.trigger_end !== null ? { trigger: { start: r.trigger_start, end: r.trigger_end } } : {}),
    excerpt: r.excerpt,
    basis: r.basis,
    suggestion: r.suggestion,
    state: r.state,
    dismissReason: r.dismiss_reason,
    opinionId: r.opinion_id,
    checkedAt: r.checked_at,
  };
}

export function listDocumentFindings(db: Database.Database, documentId: number): StoredFinding[] {
  return (prepared(db, 'SELECT * FROM findings WHERE document_id = ? ORDER BY paragraph, range_start, id').all(documentId) as FindingRow[]).map(toFinding);
}

export function listMatterFindings(db: Database.Database, matterId: number): StoredFinding[] {
  return (
    prepared(
      db,
      `SELECT f.* FROM findings f JOIN documents d ON d.id = f.document_id
       WHERE d.matter_id = ? ORDER BY d.id, f.paragraph, f.range_start, f.id`,
    ).all(matterId) as FindingRow[]
  ).map(toFinding);
}

export function getFinding(db: Database.Database, id: number): StoredFinding {
  const row = prepared(db, 'SELECT * FROM findings WHERE id = ?').get(id) as FindingRow | undefined;
  if (!row) throw new AppError('finding.not-found', '该预检问题不存在（文件可能已重新检查）。');
  return toFinding(row);
}

