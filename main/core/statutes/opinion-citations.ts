/**
 * What an opinion cites, copied into the archive when it is saved: for each article of its legal-basis
 * entry and of the citations in its basis text, the version in force that day, the text and its SHA-256.
 * Past opinions thus keep showing what they relied on after a law changes.
 */
import type { Core } from '../core.js';
import { effectiveLegalBasis } from '../review/library-service.js';
import { nowIso, prepared } from '../store/statements.js';
import type { CitedVersion } from '../../../shared/contract/statutes.js';
import { citedPart, formatCitation, parseCitationRef } from './citation.js';
import { knownAmendments } from './known-amendments.js';
import { lawNamer } from './cited-articles.js';
import { extractCitations } from './extract-citations.js';
import { sha256 } from './law-versions.js';
import { findLaw, getArticle, listVersions, versionOn } from './statute-queries.js';
import { readyStatuteDb, statutesReady } from './statute-store.js';
import { writeTransaction } from '../store/write-transaction.js';

export interface OpinionCitation {
  law: string;
  title: string;
  articleKey: string;
  articleLabel: string;
  paragraph: number | null;
  item: number | null;
  versionDate: string;
  text: string;
  textSha256: string;
}

/**
 * Re-records the citations of one opinion (after it was added or edited). A no-op while the statute
 * store is not built yet — saving an opinion never waits for the library.
 */
export function recordOpinionCitations(core: Core, opinionId: number, today: string = nowIso().slice(0, 10)): OpinionCitation[] {
  if (!statutesReady(core.dataDir)) return [];
  const out = computeOpinionCitations(core, opinionId, today);
  const now = nowIso();
  writeTransaction(core.db, () => {
    prepared(core.db, 'DELETE FROM opinion_citations WHERE opinion_id = ?').run(opinionId);
    const insert = prepared(
      core.db,
      `INSERT INTO opinion_citations (opinion_id, seq, law, title, article_key, article_label, paragraph, item, version_date, text, text_sha256, cited_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    out.forEach((c, i) =>
      insert.run(opinionId, i, c.law, c.title, c.articleKey, c.articleLabel, c.paragraph, c.item, c.versionDate, c.text, c.textSha256, now),
    );
  });
  return out;
}

/** What an opinion cites, with the version in force on `today`; reads only. */
function computeOpinionCitations(core: Core, opinionId: number, today: string): OpinionCitation[] {
  if (!statutesReady(core.dataDir)) return [];
  const statutes = readyStatuteDb(core.dataDir);
  const opinion = prepared(core.db, 'SELECT basis, basis_id FROM opinions WHERE id = ?').get(opinionId) as
    | { basis: string | null; basis_id: string | null }
    | undefined;
  if (!opinion) return [];
  const library = effectiveLegalBasis(core).entries;
  const name = lawNamer(statutes, library);
  const refs: { law: string; article: string }[] = [];
  const entry = opinion.basis_id ? library.find((e) => e.id === opinion.basis_id) : undefined;
  if (entry && !entry.outsideSnapshot) refs.push({ law: entry.law, article: entry.article });
  for (const c of extractCitations(opinion.basis ?? '')) refs.push({ law: c.law, article: c.article });
  const out: OpinionCitation[] = [];
  const seen = new Set<string>();
  for (const r of refs) {
    const lawName = name(r.law);
    const law = lawName ? findLaw(statutes, lawName) : undefined;
    const version = law ? versionOn(statutes, law.id, today) : undefined;
    if (!law || !version) continue;
    const ref = parseCitationRef(r.article);
    for (const key of ref.keys) {
      const a = getArticle(statutes, version.id, key);
      const single = ref.keys.length === 1;
      const text = a ? (single ? citedPart(a.text, ref.paragraph, ref.item) : a.text) : undefined;
      const id = `${law.name}\u0000${key}\u0000${single ? `${ref.paragraph}/${ref.item}` : ''}`;
      if (!a || text === undefined || seen.has(id)) continue;
      seen.add(id);
      out.push({
        law: law.name,
        title: version.title || law.title,
        articleKey: key,
        articleLabel: a.label,
        paragraph: single ? ref.paragraph : null,
        item: single ? ref.item : null,
        versionDate: version.publish || version.effective || '',
        text,
        textSha256: sha256(text),
      });
    }
  }
  return out;
}

export function opinionCitations(core: Core, opinionId: number): OpinionCitation[] {
  return (
    prepared(
      core.db,
      `SELECT law, title, article_key AS articleKey, article_label AS articleLabel, paragraph, item, version_date AS versionDate,
              text, text_sha256 AS textSha256 FROM opinion_citations WHERE opinion_id = ? ORDER BY seq`,
    ).all(opinionId) as OpinionCitation[]
  );
}

/** Records an opinion's citations after it was saved, as of the office's today (the request clock). */
export function withCitations<T extends { id: number }>(core: Core, opinion: T, today: string): T {
  recordOpinionCitations(core, opinion.id, today);
  return opinion;
}

type CitedRow = Omit<OpinionCitation, 'text'> & { opinionId: number };

/**
 * Opinions saved while the statute store was not built yet have no recorded citations: they are
 * counted with the version in force on the day the opinion was last written (what the reviewer relied
 * on), computed here without storing — a read never writes (issue 20); the next save records them.
 */
function unrecordedCitations(core: Core, matterId: number): CitedRow[] {
  if (!statutesReady(core.dataDir)) return [];
  const missing = prepared(
    core.db,
    `SELECT id, updated_at FROM opinions o WHERE matter_id = ? AND (basis IS NOT NULL OR basis_id IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM opinion_citations c WHERE c.opinion_id = o.id)`,
  ).all(matterId) as { id: number; updated_at: string }[];
  return missing.flatMap((o) => computeOpinionCitations(core, o.id, o.updated_at.slice(0, 10)).map(({ text: _text, ...c }) => ({ ...c, opinionId: o.id })));
}

/**
 * The versions a matter's opinions cited, each against the statute store today: the cited version's
 * status (现行 / 已修改 / 已废止, a newer version known but not held counting as 已修改), the version in
 * force today when it is another, and whether the stored hash of the cited text still matches the same
 * article (款/项) in that version. Status 'unknown' while the store is not built or lacks the law.
 */
export function citedVersions(core: Core, matterId: number, today: string): CitedVersion[] {
  const recorded = prepared(
    core.db,
    `SELECT c.opinion_id AS opinionId, c.law, c.title, c.article_key AS articleKey, c.article_label AS articleLabel,
            c.paragraph, c.item, c.version_date AS versionDate, c.text_sha256 AS textSha256
     FROM opinion_citations c JOIN opinions o ON o.id = c.opinion_id WHERE o.matter_id = ? ORDER BY o.position, c.seq`,
  ).all(matterId) as CitedRow[];
  const position = new Map((prepared(core.db, 'SELECT id, position FROM opinions WHERE matter_id = ?').all(matterId) as { id: number; position: number }[]).map((o) => [o.id, o.position]));
  const unrecorded = unrecordedCitations(core, matterId);
  // In the opinions' order, as if they had been recorded (a stable sort keeps each opinion's citations in order).
  const rows = unrecorded.length === 0 ? recorded : [...recorded, ...unrecorded].sort((a, b) => position.get(a.opinionId)! - position.get(b.opinionId)!);
  const statutes = statutesReady(core.dataDir) ? readyStatuteDb(core.dataDir) : null;
  return rows.map((r) => {
    const base = { opinionId: r.opinionId, citation: formatCitation(r.title, r.articleLabel, r.paragraph, r.item), versionDate: r.versionDate };
    const law = statutes ? findLaw(statutes, r.law) : undefined;
    const versions = statutes && law ? listVersions(statutes, law.id) : [];
    const cited = versions.find((v) => (v.publish || v.effective || '') === r.versionDate);
    if (!statutes || !law || !cited) return { ...base, status: 'unknown' as const, newerVersion: null, textChanged: false };
    const current = versionOn(statutes, law.id, today);
    const notHeld = knownAmendments().filter((a) => a.law === law.name && a.publish > (versions.at(-1)?.publish ?? '') && a.effective <= today);
    const article = current ? getArticle(statutes, current.id, r.articleKey) : undefined;
    const now = article ? citedPart(article.text, r.paragraph, r.item) : undefined;
    const newerVersion = notHeld.at(-1)?.publish ?? (current && current.id !== cited.id ? current.publish || current.effective : null) ?? null;
    return {
      ...base,
      // Relative to the version in force today: a version published but not yet in force changes nothing yet.
      status: cited.expired || current?.expired ? ('repealed' as const) : notHeld.length > 0 || (current && current.id !== cited.id) ? ('amended' as const) : ('in-force' as const),
      newerVersion,
      textChanged: now === undefined || sha256(now) !== r.textSha256,
    };
  });
}
