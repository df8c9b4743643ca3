import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core.js';
import { pendingRebuild, rebuildSearchIndex, rebuildStatus, startBackgroundRebuild, type RebuildProgress } from '../../../main/core/search/search-rebuild.js';
import { searchQuery } from '../../../main/core/search/search-service.js';
import { DATABASE_FILE, openDatabase } from '../../../main/core/store/open-database.js';
import { SearchInput } from '../../../shared/contract/search.js';
import type Database from 'better-sqlite3';
import { makeTempDir } from '../../support/temp-dir.js';

// tests/fixtures/db/schema-120.sqlite: an archive written at schema 120 with the old index layout
// (detail=full) over three real documents and two matter titles (see make-schema-120.ts).
const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'db', 'schema-120.sqlite');

const temps: { remove(): void }[] = [];
function archiveAt120(): string {
  const temp = makeTempDir();
  temps.push(temp);
  copyFileSync(FIXTURE, join(temp.dir, DATABASE_FILE));
  return temp.dir;
}
afterEach(() => temps.splice(0).forEach((t) => t.remove()));

const found = (db: Database.Database, query: string) =>
  searchQuery(db, SearchInput.parse({ query, limit: 500 }))
    .hits.map((h) => `${h.kind}:${h.kind === 'document' ? h.documentId : h.matterId}`)
    .sort();

/** The LIKE scan the search must agree with (ASCII case-insensitive, one paragraph at a time). */
function scan(db: Database.Database, query: string): string[] {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const docs = db.prepare(`SELECT DISTINCT document_id AS id FROM document_blocks WHERE text LIKE ? ESCAPE '\\'`).all(pattern) as { id: number }[];
  const matters = db.prepare(`SELECT id FROM matters WHERE title LIKE ? ESCAPE '\\'`).all(pattern) as { id: number }[];
  return [...docs.map((r) => `document:${r.id}`), ...matters.map((r) => `matter:${r.id}`)].sort();
}

describe('the search index after migration 0210 (issue 17: smaller archive, same answers)', () => {
  it('an archive from schema 120 opens with its index rebuilt, reporting progress, and finds what a LIKE scan finds', async () => {
    const dir = archiveAt120();
    const progress: RebuildProgress[] = [];
    const core = await openCore(dir, { onSearchRebuild: (p) => progress.push(p) });
    try {
      const db = core.db;
      const sources = (db.prepare('SELECT count(*) AS n FROM search_sources').get() as { n: number }).n;
      expect(sources).toBe(5);
      expect(progress.at(-1)).toEqual({ done: sources, total: sources });
      expect(pendingRebuild(db)).toBe(0);
      // Positions kept (phrases), no prefix index; one-character queries use the character sets.
      const sqlOf = (name: string) => (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;
      expect(sqlOf('search_index')).not.toMatch(/detail|prefix/);
      expect(sqlOf('search_chars')).toMatch(/detail\s*=\s*none/);
      // Substrings of 1–6 characters of every text, and a few words: the same answer as the scan.
      const texts = [
        ...(db.prepare('SELECT text FROM document_blocks').all() as { text: string }[]).map((r) => r.text),
        ...(db.prepare('SELECT title AS text FROM matters').all() as { text: string }[]).map((r) => r.text),
      ];
      let checked = 0;
      for (let i = 0; checked < 300; i++) {
        const chars = Array.from(texts[(i * 7919) % texts.length]!);
        const length = 1 + (i % 6);
        if (chars.length < length) continue;
        const start = (i * 104729) % (chars.length - length + 1);
        const query = chars.slice(start, start + length).join('').trim();
        if (query === '') continue;
        expect(found(db, query), `query ${JSON.stringify(query)}`).toEqual(scan(db, query));
        expect(found(db, query).length).toBeGreaterThan(0);
        checked++;
      }
      for (const query of ['租赁期限', '房屋租赁合同', '专项资金', '不存在的词语', '合同', '同']) {
        expect(found(db, query), query).toEqual(scan(db, query));
      }
      expect(found(db, '房屋租赁合同')).toContain('matter:1');
    } finally {
      core.close();
    }
  });

  it('a rebuild interrupted before it ran resumes on the next call and skips sources deleted meanwhile', async () => {
    const dir = archiveAt120();
    // Migrations only (as after a crash between the upgrade and the rebuild): the index is empty.
    const db = await openDatabase(dir);
    try {
      expect(pendingRebuild(db)).toBe(5);
      expect(found(db, '合同')).toEqual([]);
      db.prepare("DELETE FROM search_sources WHERE kind = 'document' AND ref_id = 3").run();
      expect(rebuildSearchIndex(db)).toBe(5);
      expect(pendingRebuild(db)).toBe(0);
      expect(found(db, '合同')).toEqual(scan(db, '合同').filter((k) => k !== 'document:3'));
      expect(found(db, '合同').length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('the desktop app and the server open an upgraded archive at once and rebuild in the background, searches saying how far it is', async () => {
    const dir = archiveAt120();
    const progress: RebuildProgress[] = [];
    const core = await openCore(dir, { searchRebuild: 'background', onSearchRebuild: (p) => progress.push(p) });
    try {
      const db = core.db;
      // Open, and nothing indexed yet: a search answers, and says the index is being rebuilt.
      expect(pendingRebuild(db)).toBe(5);
      const during = searchQuery(db, SearchInput.parse({ query: '合同' }));
      expect(during.indexing).toEqual({ done: 0, total: 5 });
      expect(during.hits).toEqual([]);
      await core.searchRebuild()!.finished;
      expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
      expect(pendingRebuild(db)).toBe(0);
      expect(searchQuery(db, SearchInput.parse({ query: '合同' })).indexing).toBeNull();
      for (const query of ['租赁期限', '专项资金', '合同', '同']) expect(found(db, query), query).toEqual(scan(db, query));
      expect(found(db, '合同').length).toBeGreaterThan(1);
    } finally {
      core.close();
    }
  });

  it('a background rebuild stopped midway (the app closed) loses nothing: the next open indexes the rest', async () => {
    const dir = archiveAt120();
    const db = await openDatabase(dir);
    const progress: RebuildProgress[] = [];
    // One source per chunk, stopped after the second: as if the window were closed then.
    const run = startBackgroundRebuild(db, (p) => {
      progress.push(p);
      if (progress.length === 2) run.stop();
    }, 1);
    await run.finished;
    expect(progress).toEqual([{ done: 1, total: 5 }, { done: 2, total: 5 }]);
    expect(rebuildStatus(db)).toEqual({ done: 2, total: 5 });
    // The newest sources come first; what is indexed is found, the rest not yet.
    expect(found(db, '合同').length).toBeLessThan(scan(db, '合同').length);
    db.close();
    const core = await openCore(dir, { onSearchRebuild: () => {} });
    try {
      expect(rebuildStatus(core.db)).toBeNull();
      for (const query of ['租赁期限', '专项资金', '合同', '同', '房屋租赁合同']) expect(found(core.db, query), query).toEqual(scan(core.db, query));
    } finally {
      core.close();
    }
  });
});
