import type Database from 'better-sqlite3';
import type { DocumentSummary } from '../../../shared/contract/documents.js';
import { commitDocument, type PreparedImport } from '../documents/document-service.js';
import { findInMatterBySha, versionTaken } from '../documents/document-store.js';
import { createMatter } from '../matters/matter-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { todayIso } from '../workflow/office-settings.js';
import { linkMatter, linkOpinion, opinionByUid } from './links.js';
import type { DocumentRef, FindingDecision, MatterCard, OpinionCard } from './payloads.js';

/** What an import will do and what stands against it, shown before anything is written. */
export interface Plan {
  changes: string[];
  /** `key` names the conflicting record for the apply step (`answer:<itemId>`, `opinion:<uid>`); not shown. */
  conflicts: { what: string; local: string; incoming: string; key?: string }[];
  /** Set when the package can never be applied here (it would overwrite a signed-off review or issued letter). */
  blocked: string | null;
}

export type ConflictChoice = 'keep-local' | 'take-package';

/** Documents checked and extracted before the write transaction, keyed by SHA-256. */
export type ReadyDocuments = Map<string, PreparedImport>;

/** Registers the matter a package brings, with today's date as the date received here. */
export function createLinkedMatter(db: Database.Database, actor: string, card: MatterCard, senderName: string): number {
  const note = [card.note, `经交换包收自${senderName}，对方编号 ${card.senderSerial}`].filter(Boolean).join('；').slice(0, 2000);
  const matter = createMatter(db, actor, {
    type: card.type,
    title: card.title,
    submittingUnit: card.submittingUnit,
    township: card.township,
    contactName: card.contactName,
    contactPhone: card.contactPhone,
    receivedOn: todayIso(),
    dueOn: null,
    reviewerId: null,
    note,
  });
  linkMatter(db, matter.id, card.uid);
  return matter.id;
}

/** Stores the package's documents on the matter; a file already there (same SHA-256) is not added again. */
export function storeDocuments(db: Database.Database, actor: string, matterId: number, refs: DocumentRef[], ready: ReadyDocuments): DocumentSummary[] {
  const added: DocumentSummary[] = [];
  for (const ref of refs) {
    if (findInMatterBySha(db, matterId, ref.sha256)) continue;
    const prepared = ready.get(ref.sha256);
    if (!prepared) continue;
    const version = versionTaken(db, matterId, ref.role, ref.version) ? undefined : ref.version;
    const result = commitDocument(db, actor, { matterId, role: ref.role, version }, { ...prepared, fileName: ref.fileName });
    if (!result.duplicate) added.push(result.document);
  }
  return added;
}

export function newDocumentCount(db: Database.Database, matterId: number | null, refs: DocumentRef[]): number {
  const shas = new Set(refs.map((r) => r.sha256));
  if (matterId === null) return shas.size;
  return [...shas].filter((sha) => !findInMatterBySha(db, matterId, sha)).length;
}

/** The anchor of an opinion on this installation, or null when the quoted text is not found at that place. */
function localAnchor(db: Database.Database, matterId: number, anchor: OpinionCard['anchor']) {
  if (!anchor) return null;
  const doc = findInMatterBySha(db, matterId, anchor.documentSha);
  if (!doc) return null;
  const block = prepared(db, 'SELECT text FROM document_blocks WHERE document_id = ? AND idx = ?').get(doc.id, anchor.paragraph) as { text: string } | undefined;
  if (!block || block.text.slice(anchor.start, anchor.end) !== anchor.quote) return null;
  return { documentId: doc.id, paragraph: anchor.paragraph, start: anchor.start, end: anchor.end, quote: anchor.quote };
}

/** Inserts or updates an opinion named by its uid; `authorId` undefined keeps the stored author. */
export function upsertOpinion(db: Database.Database, matterId: number, card: OpinionCard, authorId: number | null | undefined): number {
  const anchor = localAnchor(db, matterId, card.anchor);
  const values = {
    matterId,
    position: card.position,
    text: card.text,
    severity: card.severity,
    basis: card.basis,
    basisId: card.basisId,
    checklistItemId: card.checklistItemId,
    documentId: anchor?.documentId ?? null,
    paragraph: anchor?.paragraph ?? null,
    start: anchor?.start ?? null,
    end: anchor?.end ?? null,
    quote: anchor?.quote ?? null,
    now: nowIso(),
  };
  const existing = opinionByUid(db, card.uid);
  if (existing !== null) {
    prepared(
      db,
      `UPDATE opinions SET position = @position, text = @text, severity = @severity, basis = @basis, basis_id = @basisId,
         checklist_item_id = @checklistItemId, document_id = @documentId, paragraph = @paragraph, range_start = @start,
         range_end = @end, quote = @quote, updated_at = @now WHERE id = @id`,
    ).run({ ...values, id: existing });
    if (authorId !== undefined) prepared(db, 'UPDATE opinions SET author_id = ? WHERE id = ?').run(authorId, existing);
    return existing;
  }
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO opinions (matter_id, position, text, severity, basis, basis_id, checklist_item_id, document_id, paragraph,
       range_start, range_end, quote, author_id, created_at, updated_at)
     VALUES (@matterId, @position, @text, @severity, @basis, @basisId, @checklistItemId, @documentId, @paragraph,
       @start, @end, @quote, @authorId, @now, @now)`,
  ).run({ ...values, authorId: authorId ?? null });
  const id = Number(lastInsertRowid);
  linkOpinion(db, id, card.uid);
  return id;
}

/** Applies decisions on pre-check findings to the findings this installation computed for the same files. */
export function applyFindingDecisions(db: Database.Database, matterId: number, decisions: FindingDecision[]): number {
  let applied = 0;
  for (const d of decisions) {
    const doc = findInMatterBySha(db, matterId, d.documentSha);
    if (!doc) continue;
    const opinionId = d.opinionUid ? opinionByUid(db, d.opinionUid) : null;
    const reason = d.state === 'dismissed' ? (d.dismissReason ?? '（协审时不采纳）') : null;
    const { changes } = prepared(
      db,
      `UPDATE findings SET state = ?, dismiss_reason = ?, opinion_id = ?
       WHERE document_id = ? AND rule = ? AND paragraph = ? AND range_start = ? AND range_end = ?`,
    ).run(d.state, reason, d.state === 'accepted' ? opinionId : null, doc.id, d.rule, d.paragraph, d.start, d.end);
    applied += changes > 0 ? 1 : 0;
  }
  return applied;
}
