/**
 * Which articles each citing thing relies on — library entries, checklist items, opinions — as
 * (store law name, article key) pairs. Used to raise alerts when an imported snapshot changes them.
 */
import type Database from 'better-sqlite3';
import type { LegalBasisEntry } from '../../../shared/domain/checklist.js';
import type { Core } from '../core.js';
import { effectiveLegalBasis } from '../review/library-service.js';
import { getTemplate, listTemplates } from '../review/template-store.js';
import { prepared } from '../store/statements.js';
import { parseCitationRef } from './citation.js';
import { extractCitations } from './extract-citations.js';
import { findLaw } from './statute-queries.js';

export interface CitedArticle {
  law: string;
  key: string;
}

export interface Citer {
  target: 'opinion' | 'checklist-item' | 'library-entry';
  ref: string;
  label: string;
  matterId: number | null;
  articles: CitedArticle[];
}

/** Resolves law names (full, short, or a library alias) to store names, caching the lookups. */
export function lawNamer(statutes: Database.Database, entries: readonly LegalBasisEntry[]): (name: string) => string | null {
  const alias = new Map(entries.flatMap((e) => (e.aliases ?? []).map((a): [string, string] => [a, e.law])));
  const cache = new Map<string, string | null>();
  return (name) => {
    if (!cache.has(name)) cache.set(name, findLaw(statutes, alias.get(name) ?? name)?.name ?? null);
    return cache.get(name)!;
  };
}

function fromText(text: string, name: (n: string) => string | null): CitedArticle[] {
  const out: CitedArticle[] = [];
  for (const c of extractCitations(text)) {
    const law = name(c.law);
    if (law) for (const key of parseCitationRef(c.article).keys) out.push({ law, key });
  }
  return out;
}

function entryArticles(e: LegalBasisEntry, name: (n: string) => string | null): CitedArticle[] {
  if (e.outsideSnapshot) return [];
  const law = name(e.law);
  return law ? parseCitationRef(e.article).keys.map((key) => ({ law, key })) : [];
}

/** Every library entry, checklist item (shipped and office templates) and opinion, with what it cites. */
export function collectCiters(core: Core, statutes: Database.Database): Citer[] {
  const library = effectiveLegalBasis(core).entries;
  const name = lawNamer(statutes, library);
  const byEntry = new Map(library.map((e) => [e.id, entryArticles(e, name)]));
  const citers: Citer[] = library.map((e) => ({
    target: 'library-entry',
    ref: e.id,
    label: `${e.law} ${e.article}（${e.id}）`,
    matterId: null,
    articles: byEntry.get(e.id)!,
  }));
  for (const summary of listTemplates(core)) {
    const template = getTemplate(core, summary.id);
    for (const item of template.items) {
      citers.push({
        target: 'checklist-item',
        ref: `${template.id}:${item.id}`,
        label: `${template.title} ${item.id} ${item.question}`,
        matterId: null,
        articles: [...item.basis.flatMap((b) => byEntry.get(b) ?? []), ...fromText(item.guidance, name)],
      });
    }
  }
  const opinions = prepared(
    core.db,
    `SELECT o.id, o.matter_id, o.text, o.basis, o.basis_id, m.serial FROM opinions o JOIN matters m ON m.id = o.matter_id`,
  ).all() as { id: number; matter_id: number; text: string; basis: string | null; basis_id: string | null; serial: string }[];
  const stored = prepared(core.db, 'SELECT opinion_id, law, article_key FROM opinion_citations').all() as {
    opinion_id: number;
    law: string;
    article_key: string;
  }[];
  const storedBy = new Map<number, CitedArticle[]>();
  for (const s of stored) storedBy.set(s.opinion_id, [...(storedBy.get(s.opinion_id) ?? []), { law: s.law, key: s.article_key }]);
  for (const o of opinions) {
    citers.push({
      target: 'opinion',
      ref: String(o.id),
      label: `${o.serial} 审查意见：${o.text.slice(0, 60)}`,
      matterId: o.matter_id,
      articles: [
        ...(o.basis_id ? (byEntry.get(o.basis_id) ?? []) : []),
        ...fromText(`${o.basis ?? ''}\n${o.text}`, name),
        ...(storedBy.get(o.id) ?? []),
      ],
    });
  }
  return citers;
}
