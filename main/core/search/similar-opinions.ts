/**
 * 类似意见: earlier opinions on text like a given opinion's or finding's, so a reviewer sees how a
 * similar clause was handled before (with the matter, its result and whether the unit adopted it).
 * Similarity is the cosine of character-bigram counts over the clause quoted and the opinion's words —
 * the same bigram view of Chinese the search index uses, and robust to small edits of a clause
 * (a changed amount or name leaves most bigrams in place). Punctuation and spaces are ignored.
 */
import type Database from 'better-sqlite3';
import type { SimilarOpinion } from '../../../shared/contract/search.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { foldAscii } from './search-text.js';
import { OPINION_WITH_MATTER_COLUMNS, opinionWithMatter, type OpinionWithMatterRow } from './opinion-row.js';

/** Below this cosine two texts share little more than common legal words. */
export const MIN_SCORE = 0.3;

/** Character bigrams of the letters and digits of `text` (ASCII folded), with their counts. */
export function bigrams(text: string): Map<string, number> {
  const chars = [...foldAscii(text)].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [g, n] of a) dot += n * (b.get(g) ?? 0);
  if (dot === 0) return 0;
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, n) => s + n * n, 0));
  return dot / (norm(a) * norm(b));
}

interface Row extends OpinionWithMatterRow {
  created_at: string;
}

/**
 * Opinions of other matters, made before `before`, ranked by similarity to `clause` (weighted double:
 * the clause is what makes two cases alike) and `words`.
 */
export function similarOpinions(
  db: Database.Database,
  probe: { clause: string; words: string; matterId: number; before: string },
  limit = 10,
): SimilarOpinion[] {
  const clause = bigrams(probe.clause);
  const words = bigrams(probe.words);
  const rows = prepared(
    db,
    `SELECT ${OPINION_WITH_MATTER_COLUMNS}, o.created_at
     FROM opinions o JOIN matters m ON m.id = o.matter_id
     WHERE o.matter_id <> ? AND o.created_at < ?`,
  ).all(probe.matterId, probe.before) as Row[];
  const scored = rows.map((r) => {
    const theirClause = bigrams(r.quote ?? '');
    const theirWords = bigrams(r.text);
    const parts: [number, number][] = [];
    if (clause.size > 0) parts.push([2, cosine(clause, theirClause.size > 0 ? theirClause : theirWords)]);
    if (words.size > 0) parts.push([1, cosine(words, theirWords)]);
    const weight = parts.reduce((s, [w]) => s + w, 0);
    return { r, score: weight === 0 ? 0 : parts.reduce((s, [w, c]) => s + w * c, 0) / weight };
  });
  return scored
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || b.r.received_on.localeCompare(a.r.received_on) || b.r.id - a.r.id)
    .slice(0, limit)
    .map(({ r, score }) => ({ ...opinionWithMatter(r), score: Math.round(score * 1000) / 1000 }));
}

export function similarToOpinion(db: Database.Database, opinionId: number, limit?: number): SimilarOpinion[] {
  const o = prepared(db, 'SELECT matter_id, text, quote, created_at FROM opinions WHERE id = ?').get(opinionId) as
    | { matter_id: number; text: string; quote: string | null; created_at: string }
    | undefined;
  if (!o) throw new AppError('opinion.not-found', '该审查意见不存在。');
  return similarOpinions(db, { clause: o.quote ?? '', words: o.text, matterId: o.matter_id, before: o.created_at }, limit);
}

export function similarToFinding(db: Database.Database, findingId: number, limit?: number): SimilarOpinion[] {
  const f = prepared(db, 'SELECT d.matter_id, f.excerpt, f.message FROM findings f JOIN documents d ON d.id = f.document_id WHERE f.id = ?').get(findingId) as
    | { matter_id: number; excerpt: string; message: string }
    | undefined;
  if (!f) throw new AppError('finding.not-found', '该预检发现不存在。');
  // A finding is new now: every earlier opinion counts.
  return similarOpinions(db, { clause: f.excerpt, words: f.message, matterId: f.matter_id, before: '9999' }, limit);
}
