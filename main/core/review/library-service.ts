import { LegalBasisEntry, Phrase, type LegalBasisLibrary, type PhraseLibrary } from '../../../shared/domain/checklist.js';
import { recordAudit } from '../audit.js';
import type { Core } from '../core.js';
import { reviewResources } from '../checklists/core-resources.js';
import { getMatter } from '../matters/matter-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { getOpinion } from './opinion-rows.js';
import { writeTransaction } from '../store/write-transaction.js';

function officeDocuments<T>(core: Core, table: 'office_legal_basis' | 'office_phrases', parse: (v: unknown) => T): T[] {
  // The table name comes from the fixed union above, never from input.
  const rows = prepared(core.db, `SELECT document FROM ${table} ORDER BY created_at, id`).all() as { document: string }[];
  return rows.map((r) => parse(JSON.parse(r.document)));
}

/** The shipped legal-basis library with the office's entries added (same id: the office's wins). */
export function effectiveLegalBasis(core: Core): LegalBasisLibrary {
  const shipped = reviewResources(core).legalBasis;
  const office = officeDocuments(core, 'office_legal_basis', (v) => LegalBasisEntry.parse(v));
  const ids = new Set(office.map((e) => e.id));
  return { version: shipped.version, entries: [...shipped.entries.filter((e) => !ids.has(e.id)), ...office] };
}

export function effectivePhrases(core: Core): PhraseLibrary {
  const shipped = reviewResources(core).phrases;
  const office = officeDocuments(core, 'office_phrases', (v) => Phrase.parse(v));
  const ids = new Set(office.map((p) => p.id));
  return { version: shipped.version, phrases: [...shipped.phrases.filter((p) => !ids.has(p.id)), ...office] };
}

function upsertDocument(core: Core, table: 'office_legal_basis' | 'office_phrases', id: string, document: unknown): void {
  const now = nowIso();
  prepared(
    core.db,
    `INSERT INTO ${table} (id, document, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`,
  ).run(id, JSON.stringify(document), now, now);
}

/** Adds or edits an entry of the office's legal-basis library. */
export function saveLegalBasisEntry(core: Core, actor: string, entry: LegalBasisEntry): LegalBasisEntry {
  const before = effectiveLegalBasis(core).entries.find((e) => e.id === entry.id) ?? null;
  writeTransaction(core.db, () => {
    upsertDocument(core, 'office_legal_basis', entry.id, entry);
    recordAudit(core.db, { actor, action: 'library.basis.save', entity: 'legal-basis', entityId: null, before, after: entry });
  });
  return entry;
}

/** Keeps an opinion's text as a reusable office phrase, tagged with its matter type and checklist item. */
export function addPhraseFromOpinion(core: Core, actor: string, opinionId: number, tags: string[]): Phrase {
  const opinion = getOpinion(core.db, opinionId);
  const matter = getMatter(core.db, opinion.matterId);
  const phrase = Phrase.parse({
    id: `office-${opinion.id}-${Date.now().toString(36)}`,
    text: opinion.text,
    basisIds: opinion.basisId ? [opinion.basisId] : [],
    matterTypes: [matter.type],
    itemIds: opinion.checklistItemId ? [opinion.checklistItemId] : [],
    tags: tags.length > 0 ? tags : ['本单位'],
    severity: opinion.severity,
  });
  writeTransaction(core.db, () => {
    upsertDocument(core, 'office_phrases', phrase.id, phrase);
    recordAudit(core.db, { actor, action: 'library.phrase.add', entity: 'phrase', entityId: null, after: phrase });
  });
  return phrase;
}
