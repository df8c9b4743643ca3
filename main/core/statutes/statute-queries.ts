/**
 * Reading the statute store: find a law by name, its versions and which was in force on a date, an
 * article, a whole version by chapter, search, and the difference between two versions of an article.
 */
import type Database from 'better-sqlite3';
import { diffChars } from 'diff';
import { matchExpression } from '../search/search-text.js';
import { makeSnippet } from '../search/snippet.js';
import { lawLookupKey } from './law-key.js';

export type VersionStatus = 'in-force' | 'amended' | 'repealed';

export interface LawRow {
  id: number;
  name: string;
  title: string;
  level: string;
  folder: string;
}

export interface VersionInfo {
  id: number;
  publish: string;
  effective: string | null;
  effectiveSource: string;
  expired: boolean;
  status: VersionStatus;
  title: string;
  history: string;
}

export interface ArticleInfo {
  id: number;
  key: string;
  num: number;
  sub: number;
  label: string;
  chapter: string;
  text: string;
  hash: string;
}

const LAW_COLUMNS = 'id, name, title, level, folder';

/** By index name (村民委员会组织法) or full title (中华人民共和国村民委员会组织法), with or without 《》. */
export function findLaw(db: Database.Database, name: string): LawRow | undefined {
  const key = lawLookupKey(name);
  return db
    .prepare(`SELECT ${LAW_COLUMNS} FROM laws WHERE name_key = @key OR title_key = @key ORDER BY (name_key = @key) DESC, id LIMIT 1`)
    .get({ key }) as LawRow | undefined;
}

export function getLaw(db: Database.Database, id: number): LawRow | undefined {
  return db.prepare(`SELECT ${LAW_COLUMNS} FROM laws WHERE id = ?`).get(id) as LawRow | undefined;
}

/** Oldest first. The newest is in force unless the source marks it expired (then the law is repealed). */
export function listVersions(db: Database.Database, lawId: number): VersionInfo[] {
  const rows = db
    .prepare('SELECT id, publish, effective, effective_source AS effectiveSource, expired, title, history FROM versions WHERE law_id = ? ORDER BY publish')
    .all(lawId) as (Omit<VersionInfo, 'expired' | 'status'> & { expired: number })[];
  return rows.map((r, i) => ({
    ...r,
    expired: r.expired === 1,
    status: i < rows.length - 1 ? 'amended' : r.expired === 1 ? 'repealed' : 'in-force',
  }));
}

/** The version in force on `date` (YYYY-MM-DD): the newest whose effective date is on or before it. */
export function versionOn(db: Database.Database, lawId: number, date: string): VersionInfo | undefined {
  const versions = listVersions(db, lawId);
  return versions.filter((v) => (v.effective ?? v.publish) <= date).at(-1);
}

const ARTICLE_COLUMNS = 'id, key, num, sub, label, chapter, text, hash';

export function getArticle(db: Database.Database, versionId: number, key: string): ArticleInfo | undefined {
  return db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE version_id = ? AND key = ?`).get(versionId, key) as
    | ArticleInfo
    | undefined;
}

export function versionArticles(db: Database.Database, versionId: number): ArticleInfo[] {
  return db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE version_id = ? ORDER BY seq`).all(versionId) as ArticleInfo[];
}

export function versionPreamble(db: Database.Database, versionId: number): string {
  return (db.prepare('SELECT preamble FROM versions WHERE id = ?').get(versionId) as { preamble: string } | undefined)?.preamble ?? '';
}

export interface LawHit {
  lawId: number;
  name: string;
  title: string;
  level: string;
  status: VersionStatus;
}

export interface ArticleHit {
  lawId: number;
  name: string;
  title: string;
  versionId: number;
  publish: string;
  key: string;
  label: string;
  snippet: string;
}

/** Laws whose name or title contains the query; exact and shorter names first. */
export function searchLaws(db: Database.Database, query: string, limit = 30): LawHit[] {
  const rows = db
    .prepare(
      `SELECT l.id AS lawId, l.name, l.title, l.level,
              (SELECT expired FROM versions v WHERE v.law_id = l.id ORDER BY publish DESC LIMIT 1) AS expired
       FROM laws l WHERE instr(l.name, @query) > 0 OR instr(l.title, @query) > 0
       ORDER BY (l.name = @query) DESC, length(l.name), l.name LIMIT @limit`,
    )
    .all({ query, limit }) as (Omit<LawHit, 'status'> & { expired: number })[];
  return rows.map(({ expired, ...r }) => ({ ...r, status: expired === 1 ? 'repealed' : 'in-force' }));
}

/** Articles of the laws' newest versions containing the query as a substring (any length ≥ 1). */
export function searchArticles(db: Database.Database, query: string, limit = 50, lawId?: number): ArticleHit[] {
  const rows = db
    .prepare(
      `SELECT l.id AS lawId, l.name, l.title, v.id AS versionId, v.publish, a.key, a.label, a.text
       FROM article_index i JOIN articles a ON a.id = i.rowid JOIN versions v ON v.id = a.version_id
       JOIN laws l ON l.id = v.law_id
       WHERE article_index MATCH ? ${lawId === undefined ? '' : 'AND l.id = ?'}
       ORDER BY i.rowid LIMIT ?`,
    )
    .all(...(lawId === undefined ? [matchExpression(query), limit] : [matchExpression(query), lawId, limit])) as (Omit<
    ArticleHit,
    'snippet'
  > & { text: string })[];
  return rows.map(({ text, ...r }) => ({ ...r, snippet: makeSnippet(text, query) }));
}

export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Character-level difference between two texts of an article (Chinese has no word breaks). When less
 * than 40% of the text is shared, a character diff is confetti: the article is shown as rewritten.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = diffChars(before, after).map((p) => ({ op: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
  const same = parts.filter((p) => p.op === 'same').reduce((n, p) => n + p.text.length, 0);
  if (before && after && same < 0.4 * Math.max(before.length, after.length)) {
    return [
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ];
  }
  return parts;
}
