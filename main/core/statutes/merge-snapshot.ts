/**
 * Brings law versions into the statute store. New versions are added, a changed text of an existing
 * version replaces it, nothing is ever deleted (past opinions cite old versions). Returns which articles
 * of each law's newest version changed, the input of the "the law changed" alerts.
 */
import type Database from 'better-sqlite3';
import { encodeText } from '../search/search-text.js';
import { lawLookupKey } from './law-key.js';
import { articleText, sha256, type LawVersionInput } from './law-versions.js';
import { writeTransaction } from '../store/write-transaction.js';

export interface SnapshotInfo {
  label: string;
  source: string;
  commit: string | null;
  takenOn: string | null;
  kind: 'shipped' | 'import';
}

export type ChangeKind = 'amended' | 'removed' | 'repealed';

export interface ArticleChange {
  law: string;
  title: string;
  key: string;
  label: string;
  change: ChangeKind;
  fromPublish: string;
  toPublish: string | null;
}

export interface MergeReport {
  snapshotId: number;
  added: number;
  replaced: number;
  unchanged: number;
  changes: ArticleChange[];
}

interface VersionRow {
  id: number;
  publish: string;
  expired: number;
  content_hash: string;
}

interface ArticleRow {
  key: string;
  label: string;
  hash: string;
}

export type Progress = (done: number, total: number) => void;

function newestVersion(db: Database.Database, lawId: number): VersionRow | undefined {
  return db
    .prepare('SELECT id, publish, expired, content_hash FROM versions WHERE law_id = ? ORDER BY publish DESC LIMIT 1')
    .get(lawId) as VersionRow | undefined;
}

function articlesOf(db: Database.Database, versionId: number): ArticleRow[] {
  return db.prepare('SELECT key, label, hash FROM articles WHERE version_id = ? ORDER BY seq').all(versionId) as ArticleRow[];
}

/** What changed between a law's newest version before and after the merge. */
function diffNewest(
  db: Database.Database,
  law: { name: string; title: string },
  before: VersionRow,
  after: VersionRow,
  beforeArticles: ArticleRow[],
): ArticleChange[] {
  const changes: ArticleChange[] = [];
  const base = { law: law.name, title: law.title, fromPublish: before.publish };
  if (after.expired && !before.expired && after.id === before.id) {
    return beforeArticles.map((a) => ({ ...base, key: a.key, label: a.label, change: 'repealed', toPublish: null }));
  }
  const now = new Map(articlesOf(db, after.id).map((a) => [a.key, a]));
  for (const a of beforeArticles) {
    const next = now.get(a.key);
    const change: ChangeKind | null = after.expired ? 'repealed' : !next ? 'removed' : next.hash !== a.hash ? 'amended' : null;
    if (change) changes.push({ ...base, key: a.key, label: a.label, change, toPublish: after.publish });
  }
  return changes;
}

function indexNewest(db: Database.Database, lawId: number): void {
  const law = db.prepare('SELECT indexed_version_id FROM laws WHERE id = ?').get(lawId) as { indexed_version_id: number | null };
  const newest = newestVersion(db, lawId)!;
  if (law.indexed_version_id === newest.id) return;
  if (law.indexed_version_id !== null) {
    const del = db.prepare('DELETE FROM article_index WHERE rowid = ?');
    for (const { id } of db.prepare('SELECT id FROM articles WHERE version_id = ?').all(law.indexed_version_id) as { id: number }[]) {
      del.run(id);
    }
  }
  const add = db.prepare('INSERT INTO article_index (rowid, body) VALUES (?, ?)');
  for (const row of db.prepare('SELECT id, text FROM articles WHERE version_id = ?').all(newest.id) as { id: number; text: string }[]) {
    add.run(row.id, encodeText(row.text));
  }
  db.prepare('UPDATE laws SET indexed_version_id = ? WHERE id = ?').run(newest.id, lawId);
}

/**
 * A newer version of a law split across files may come with only the parts that changed (a snapshot with
 * just 合同编). The parts it lacks are the previous version's, unchanged: copy their articles so the new
 * version is whole, and nothing is reported as removed.
 */
function carryOverParts(db: Database.Database, lawId: number, versionId: number, v: LawVersionInput): void {
  if (v.parts.length === 0) return;
  const previous = db
    .prepare(`SELECT id, parts FROM versions WHERE law_id = ? AND publish < ? AND parts <> '' ORDER BY publish DESC LIMIT 1`)
    .get(lawId, v.publish) as { id: number; parts: string } | undefined;
  if (!previous) return;
  const missing = previous.parts.split('\n').filter((p) => !v.parts.includes(p));
  if (missing.length === 0) return;
  const copy = db.prepare(
    `INSERT INTO articles (version_id, seq, num, sub, key, label, chapter, text, hash)
     SELECT ?, seq, num, sub, key, label, chapter, text, hash FROM articles
     WHERE version_id = ? AND (chapter = ? OR substr(chapter, 1, length(?) + 3) = ? || ' / ')`,
  );
  for (const part of missing) copy.run(versionId, previous.id, part, part, part);
  // Put the articles back in article order (the reading order of a code split by 编).
  const rows = db.prepare('SELECT id FROM articles WHERE version_id = ? ORDER BY num, sub').all(versionId) as { id: number }[];
  const setSeq = db.prepare('UPDATE articles SET seq = ? WHERE id = ?');
  rows.forEach((r, i) => setSeq.run(i, r.id));
  db.prepare('UPDATE versions SET parts = ? WHERE id = ?').run([...v.parts, ...missing].join('\n'), versionId);
}

/**
 * One transaction: the store holds the whole snapshot or none of it. `inTransaction` runs last, inside
 * it (an import records itself as pending there, so merge and record commit together).
 */
export function mergeSnapshot(
  db: Database.Database,
  versions: readonly LawVersionInput[],
  info: SnapshotInfo,
  progress?: Progress,
  inTransaction?: (report: MergeReport) => void,
): MergeReport {
  const insertLaw = db.prepare(
    'INSERT INTO laws (name, title, level, folder, name_key, title_key) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const findLaw = db.prepare('SELECT id FROM laws WHERE name = ?');
  const findVersion = db.prepare('SELECT id, publish, expired, content_hash FROM versions WHERE law_id = ? AND publish = ?');
  const insertVersion = db.prepare(
    `INSERT INTO versions (law_id, publish, effective, effective_source, expired, title, history, preamble, files, parts, content_hash, snapshot_id)
     VALUES (@lawId, @publish, @effective, @effectiveSource, @expired, @title, @history, @preamble, @files, @parts, @hash, @snapshotId) RETURNING id`,
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (version_id, seq, num, sub, key, label, chapter, text, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return writeTransaction(db, (): MergeReport => {
    const { id: snapshotId } = db
      .prepare(
        `INSERT INTO snapshots (label, source, commit_id, taken_on, kind, imported_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(info.label, info.source, info.commit, info.takenOn, info.kind, new Date().toISOString()) as { id: number };
    const report: MergeReport = { snapshotId, added: 0, replaced: 0, unchanged: 0, changes: [] };
    const touched = new Map<number, { law: { name: string; title: string }; before?: VersionRow; beforeArticles: ArticleRow[] }>();
    versions.forEach((v, i) => {
      progress?.(i, versions.length);
      const lawId =
        (findLaw.get(v.name) as { id: number } | undefined)?.id ??
        (insertLaw.get(v.name, v.title, v.level, v.folder, lawLookupKey(v.name), lawLookupKey(v.title)) as { id: number }).id;
      if (!touched.has(lawId)) {
        const before = newestVersion(db, lawId);
        touched.set(lawId, { law: { name: v.name, title: v.title }, before, beforeArticles: before ? articlesOf(db, before.id) : [] });
      }
      const existing = findVersion.get(lawId, v.publish) as VersionRow | undefined;
      if (existing && existing.content_hash === v.contentHash) {
        if (existing.expired !== Number(v.expired)) {
          db.prepare('UPDATE versions SET expired = ? WHERE id = ?').run(Number(v.expired), existing.id);
        }
        report.unchanged++;
        return;
      }
      if (existing) {
        // A corrected text of the same version replaces it; its articles get new ids, so unindex first.
        const law = db.prepare('SELECT indexed_version_id FROM laws WHERE id = ?').get(lawId) as { indexed_version_id: number | null };
        if (law.indexed_version_id === existing.id) {
          const del = db.prepare('DELETE FROM article_index WHERE rowid = ?');
          for (const { id } of db.prepare('SELECT id FROM articles WHERE version_id = ?').all(existing.id) as { id: number }[]) del.run(id);
          db.prepare('UPDATE laws SET indexed_version_id = NULL WHERE id = ?').run(lawId);
        }
        db.prepare('DELETE FROM articles WHERE version_id = ?').run(existing.id);
        db.prepare('DELETE FROM versions WHERE id = ?').run(existing.id);
        report.replaced++;
      } else {
        report.added++;
      }
      const { id: versionId } = insertVersion.get({
        lawId,
        publish: v.publish,
        effective: v.effective,
        effectiveSource: v.effectiveSource,
        expired: Number(v.expired),
        title: v.title,
        history: v.history.join('\n'),
        preamble: v.preamble.join('\n'),
        files: v.files.join('\n'),
        parts: v.parts.join('\n'),
        hash: v.contentHash,
        snapshotId,
      }) as { id: number };
      v.articles.forEach((a, seq) => {
        const text = articleText(a);
        insertArticle.run(versionId, seq, a.num, a.sub, a.key, a.label, a.chapter.join(' / '), text, sha256(text));
      });
      carryOverParts(db, lawId, versionId, v);
    });
    for (const [lawId, { law, before, beforeArticles }] of touched) {
      indexNewest(db, lawId);
      const after = newestVersion(db, lawId)!;
      const title = (db.prepare('SELECT title FROM versions WHERE id = ?').get(after.id) as { title: string }).title;
      db.prepare('UPDATE laws SET title = ?, title_key = ? WHERE id = ?').run(title, lawLookupKey(title), lawId);
      if (before && (before.id !== after.id || before.content_hash !== after.content_hash || before.expired !== after.expired)) {
        report.changes.push(...diffNewest(db, law, before, after, beforeArticles));
      }
    }
    inTransaction?.(report);
    progress?.(versions.length, versions.length);
    return report;
  });
}
