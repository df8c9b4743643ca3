import type Database from 'better-sqlite3';
import type { StoredFinding } from '../../../shared/contract/findings.js';
import type { CheckOptions, Finding } from '../../../shared/domain/finding.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType, Severity } from '../../../shared/domain/matter.js';
import { recordAudit } from '../audit.js';
import { readBlocks, requireDocument } from '../documents/document-store.js';
import { AppError } from '../errors.js';
import { getMatter } from '../matters/matter-service.js';
import { addOpinion } from '../review/opinion-service.js';
import type { Core } from '../core.js';
import { assertEditable, ensureReview, markItemProblem, readReview } from '../review/review-service.js';
import { problemItemOf, suggestChecklistItem } from '../../../shared/domain/checklist-link.js';
import { runChecks } from '../rules/index.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import type { Changed } from '../review/review-changes.js';
import { getFinding, listDocumentFindings } from './finding-rows.js';

export { listDocumentFindings, listMatterFindings } from './finding-rows.js';

/** Characters on each side of an excerpt that identify *this* occurrence for a remembered dismissal. */
const CONTEXT_CHARS = 12;

function contextOf(blockText: string, start: number, end: number): string {
  return `${blockText.slice(Math.max(0, start - CONTEXT_CHARS), start)}\u0000${blockText.slice(end, end + CONTEXT_CHARS)}`;
}

/** The office's rule settings (validity limits, severity overrides), stored with the other settings. */
export function readCheckOptions(db: Database.Database): CheckOptions {
  const row = prepared(db, "SELECT value FROM settings WHERE key = 'rules.options'").get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as CheckOptions) : {};
}

/**
 * Runs the pre-checks on a stored document and replaces its open findings with the new ones.
 * Accepted findings stay; a finding the reviewer dismissed before (same matter, rule and text) comes
 * back dismissed with the same reason, so dismissals survive re-runs and new versions.
 */
export function checkDocument(db: Database.Database, documentId: number): StoredFinding[] {
  const document = requireDocument(db, documentId);
  const matter = getMatter(db, document.matterId);
  const blocks = readBlocks(db, documentId);
  const findings = computeFindings(db, blocks, matter);
  writeTransaction(db, () => storeFindings(db, documentId, matter.id, blocks, findings));
  return listDocumentFindings(db, documentId);
}

/** The pre-checks' findings for a document's blocks: CPU work, run before any write transaction. */
export function computeFindings(db: Database.Database, blocks: TextBlock[], matter: { type: MatterType; title: string }): Finding[] {
  return runChecks({ blocks, type: matter.type, title: matter.title, options: readCheckOptions(db) });
}

/** Inside the caller's transaction: replaces the document's open findings with the computed ones. */
export function storeFindings(db: Database.Database, documentId: number, matterId: number, blocks: TextBlock[], findings: Finding[]): void {
  writeTransaction(db, () => {
    prepared(db, "DELETE FROM findings WHERE document_id = ? AND state != 'accepted'").run(documentId);
    const accepted = new Set(
      (prepared(db, "SELECT rule, paragraph, range_start FROM findings WHERE document_id = ? AND state = 'accepted'").all(documentId) as {
        rule: string;
        paragraph: number;
        range_start: number;
      }[]).map((f) => `${f.rule}|${f.paragraph}|${f.range_start}`),
    );
    const now = nowIso();
    for (const f of findings) {
      if (accepted.has(`${f.rule}|${f.paragraph}|${f.start}`)) continue;
      // Only a proper sub-range is worth storing: a trigger that is the whole excerpt adds nothing.
      const trigger = f.trigger && f.trigger.start >= f.start && f.trigger.end <= f.end && f.trigger.end > f.trigger.start
        && (f.trigger.start > f.start || f.trigger.end < f.end) ? f.trigger : undefined;
      const dismissal = prepared(
        db,
        'SELECT reason FROM finding_dismissals WHERE matter_id = ? AND rule = ? AND excerpt = ? AND context = ?',
      ).get(matterId, f.rule, f.excerpt, contextOf(blocks[f.paragraph]?.text ?? '', f.start, f.end)) as { reason: string } | undefined;
      prepared(
        db,
        `INSERT INTO findings (document_id, rule, severity, message, paragraph, range_start, range_end, trigger_start, trigger_end,
           excerpt, basis, suggestion, state, dismiss_reason, checked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(documentId, f.rule, f.severity, f.message, f.paragraph, f.start, f.end, trigger?.start ?? null, trigger?.end ?? null,
        f.excerpt, f.basis, f.suggestion, dismissal ? 'dismissed' : 'open', dismissal?.reason ?? null, now);
    }
  });
}

/** Re-running the checks on request: not while the review is with the approver or signed off. */
export function recheckDocument(db: Database.Database, documentId: number): StoredFinding[] {
  assertReviewEditable(db, requireDocument(db, documentId).matterId);
  return checkDocument(db, documentId);
}

/** Findings change the review, so they follow its lock (a review not started yet is open). */
function assertReviewEditable(db: Database.Database, matterId: number): void {
  if (prepared(db, 'SELECT 1 FROM reviews WHERE matter_id = ?').get(matterId)) assertEditable(db, matterId);
}

/**
 * The reviewer agrees: the finding becomes an opinion anchored on its excerpt, with its basis. Returns
 * what it wrote (the review too, when accepting started it).
 */
export function acceptFinding(core: Core, actor: string, id: number, text?: string, checklistItemId?: string | null): { matterId: number; changed: Changed } {
  const db = core.db;
  const finding = getFinding(db, id);
  if (finding.state !== 'open') throw new AppError('finding.not-open', '该预检问题已处理。');
  const { matterId } = requireDocument(db, finding.documentId);
  const started = ensureReview(core, actor, matterId);
  // The opinion is tied to the checklist item it concerns, and that item is marked 有问题 (issue 20).
  const items = readReview(db, matterId).template.items;
  const itemId = checklistItemId === undefined ? suggestChecklistItem(items, finding) : checklistItemId;
  if (itemId && !items.some((i) => i.id === itemId)) {
    throw new AppError('review.item-unknown', `审查清单中没有编号为“${itemId}”的要点。`);
  }
  return writeTransaction(db, () => {
    const { opinion, marked } = addOpinion(db, actor, matterId, {
      text: text?.trim() || finding.suggestion,
      severity: finding.severity,
      basis: finding.basis,
      basisId: null,
      checklistItemId: itemId ?? null,
      anchor: { documentId: finding.documentId, paragraph: finding.paragraph, start: finding.start, end: finding.end, quote: finding.excerpt },
    });
    prepared(db, "UPDATE findings SET state = 'accepted', opinion_id = ? WHERE id = ?").run(opinion.id, id);
    const problem = problemItemOf(opinion, 'finding');
    const alsoMarked = problem ? markItemProblem(db, actor, matterId, problem) : null;
    recordAudit(db, { actor, action: 'finding.accept', entity: 'finding', entityId: id, before: finding, after: { opinionId: opinion.id } });
    const answers = [marked, alsoMarked].filter((item): item is string => item !== null);
    return { matterId, changed: { started, review: true, findings: [id], opinions: [opinion.id], answers, matter: started } };
  });
}

/** The reviewer disagrees, with a reason that is remembered for this matter's later checks. */
export function dismissFinding(db: Database.Database, actor: string, id: number, reason: string): { matterId: number; changed: Changed } {
  const finding = getFinding(db, id);
  if (finding.state !== 'open') throw new AppError('finding.not-open', '该预检问题已处理。');
  const { matterId } = requireDocument(db, finding.documentId);
  assertReviewEditable(db, matterId);
  const blockText = readBlocks(db, finding.documentId)[finding.paragraph]?.text ?? '';
  writeTransaction(db, () => {
    prepared(db, "UPDATE findings SET state = 'dismissed', dismiss_reason = ? WHERE id = ?").run(reason, id);
    prepared(
      db,
      `INSERT INTO finding_dismissals (matter_id, rule, excerpt, context, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (matter_id, rule, excerpt, context) DO UPDATE SET reason = excluded.reason, actor = excluded.actor, at = excluded.at`,
    ).run(matterId, finding.rule, finding.excerpt, contextOf(blockText, finding.start, finding.end), reason, actor, nowIso());
    recordAudit(db, { actor, action: 'finding.dismiss', entity: 'finding', entityId: id, before: finding, after: { reason } });
  });
  return { matterId, changed: { findings: [id] } };
}

/** Open findings per severity for each matter, for the matter list. */
export function openFindingCounts(db: Database.Database, matterIds: number[]): Record<number, Record<Severity, number>> {
  const out: Record<number, Record<Severity, number>> = {};
  for (const id of matterIds) out[id] = { must: 0, should: 0, hint: 0 };
  if (matterIds.length === 0) return out;
  const rows = prepared(
      db,
      `SELECT d.matter_id AS matterId, f.severity AS severity, count(*) AS n
       FROM findings f JOIN documents d ON d.id = f.document_id
       WHERE f.state = 'open' AND d.matter_id IN (SELECT value FROM json_each(?))
       GROUP BY d.matter_id, f.severity`,
    ).all(JSON.stringify(matterIds)) as { matterId: number; severity: Severity; n: number }[];
  for (const r of rows) out[r.matterId]![r.severity] = r.n;
  return out;
}
