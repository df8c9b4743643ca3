import { copyFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core.js';
import { readBlob, readHtml } from '../../../main/core/documents/document-store.js';
import { searchQuery } from '../../../main/core/search/search-service.js';
import { compactArchive } from '../../../main/core/store/compact.js';
import { checkBlobs } from '../../../main/core/store/health-check.js';
import { DATABASE_FILE } from '../../../main/core/store/open-database.js';
import { SearchInput } from '../../../shared/contract/search.js';
import { makeTempDir } from '../../support/temp-dir.js';

// tests/fixtures/db/schema-120.sqlite: an archive written at schema 120 (4 KiB pages, originals stored as
// they came, the old index layout) with two DOCX files and one GBK text file (make-schema-120.ts).
const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'db', 'schema-120.sqlite');

const temps: { remove(): void }[] = [];
function archiveAt120(): string {
  const temp = makeTempDir();
  temps.push(temp);
  copyFileSync(FIXTURE, join(temp.dir, DATABASE_FILE));
  return temp.dir;
}
afterEach(() => temps.splice(0).forEach((t) => t.remove()));

describe('review-desk compact (issue 17)', () => {
  it('makes an upgraded archive as compact as a new one, with every original and search answer unchanged', async () => {
    const dir = archiveAt120();
    const core = await openCore(dir, { onSearchRebuild: () => {} });
    try {
      const db = core.db;
      const originals = db.prepare('SELECT sha256 FROM blobs ORDER BY id').pluck().all() as string[];
      const bytesBefore = new Map(originals.map((sha) => [sha, readBlob(db, sha)]));
      const answers = (q: string) => searchQuery(db, SearchInput.parse({ query: q, limit: 500 })).hits.map((h) => `${h.kind}:${h.documentId ?? h.matterId}`).sort();
      const queries = ['合同', '同', '租赁期限', '专项资金', '通知', '不存在的词语'];
      const before = queries.map(answers);
      // Documents imported before schema 230 keep their reading-view HTML in their row, uncompressed.
      const documentIds = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
      const htmlBefore = documentIds.map((id) => readHtml(db, id));
      expect(db.prepare("SELECT count(*) FROM documents WHERE html <> ''").pluck().get()).toBe(documentIds.length);
      expect(db.prepare("SELECT count(*) FROM blobs WHERE codec = 'none'").pluck().get()).toBe(3);
      expect(db.pragma('page_size', { simple: true })).toBe(4096);

      const steps: string[] = [];
      const report = compactArchive(db, dir, { onProgress: (p) => steps.push(p.step) });
      // The text file is compressed; the two DOCX files (zip already) are not.
      expect(report.originalsCompressed).toBe(1);
      // Every document's HTML moved into compressed pieces, read back the same.
      expect(report.htmlCompressed).toBe(documentIds.length);
      expect(db.prepare("SELECT count(*) FROM documents WHERE html <> ''").pluck().get()).toBe(0);
      expect(db.prepare("SELECT DISTINCT codec FROM document_html_parts").pluck().all()).toEqual(['br']);
      expect(documentIds.map((id) => readHtml(db, id))).toEqual(htmlBefore);
      expect(htmlBefore.every((html) => html.length > 100)).toBe(true);
      expect(db.prepare("SELECT count(*) FROM blobs WHERE codec = 'br'").pluck().get()).toBe(1);
      // A small archive keeps its 4 KiB pages (each of its many small tables would take a bigger page).
      expect(report).toMatchObject({ pageSizeBefore: 4096, pageSizeAfter: 4096 });
      expect(report.bytesAfter).toBeLessThan(report.bytesBefore);
      // A large one gets the new archives' 8 KiB pages; forced here.
      expect(compactArchive(db, dir, { pageSize: 8192 })).toMatchObject({ originalsCompressed: 0, htmlCompressed: 0, pageSizeBefore: 4096, pageSizeAfter: 8192 });
      expect(new Set(steps)).toEqual(new Set(['originals', 'html', 'index', 'rewrite']));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      for (const [sha, bytes] of bytesBefore) expect(readBlob(db, sha).equals(bytes)).toBe(true);
      expect(checkBlobs(db).problems).toEqual([]);
      expect(queries.map(answers)).toEqual(before);
      expect(before[0]!.length).toBeGreaterThan(0);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      core.close();
    }
  });

  it('refuses while another program has the archive open, changing nothing', async () => {
    const dir = archiveAt120();
    const core = await openCore(dir, { onSearchRebuild: () => {} });
    try {
      // The record a running server leaves (data-dir-use.ts); the parent process is alive.
      writeFileSync(join(dir, 'in-use', 'server.json'), JSON.stringify({ pid: process.ppid, host: hostname(), purpose: 'open', since: new Date().toISOString() }));
      expect(() => compactArchive(core.db, dir)).toThrow(/正在被其他程序使用/);
      expect(core.db.pragma('page_size', { simple: true })).toBe(4096);
      expect(core.db.prepare("SELECT count(*) FROM blobs WHERE codec = 'none'").pluck().get()).toBe(3);
    } finally {
      core.close();
    }
  });
});
