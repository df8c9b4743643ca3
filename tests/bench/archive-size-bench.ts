/**
 * Archive size (issue 17): a synthetic archive of BENCH_DOCUMENTS (default 20,000) documents made of real
 * fixture paragraphs (documents-bench's buildSearchArchive: one matter each, 20–60 paragraphs, the
 * original stored as a UTF-8 text file, the reading-view HTML a .txt import stores), measured with SQLite's
 * dbstat after a WAL checkpoint:
 * - the whole database, in bytes per indexed character and as a multiple of the UTF-8 size of the
 *   indexed text (target ≤ 2.5×), with where the bytes are, table by table (`tables`);
 * - "before": the layout before migrations 0210 and 0230, rebuilt in side tables of the same database over
 *   exactly the same text in the same run: the index with positions and a one-character prefix index, the
 *   originals stored uncompressed, the HTML as plain text (before 0230 it sat in the document row: a side
 *   table of plain rows stands for it);
 * - the paragraph table as a rowid table with a (document_id, idx) index instead of WITHOUT ROWID, built
 *   from the same rows (`blocksAsRowidTable`: what that rebuild would save);
 * - search in both layouts on this archive, in the same run (ratios; absolute times depend on the load):
 *   the index part of search.query (match, read newest first until the first page and the count of up to
 *   1,000 sources are known) for 1-, 2-, 3- and 4-character substrings of the texts, and whether both
 *   layouts return the same sources.
 * Growth: run with BENCH_DOCUMENTS=40000 etc. and compare bytes per character and the search figures.
 */
import { pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { openCore } from '../../main/core/core.js';
import { readBlob, readHtml } from '../../main/core/documents/document-store.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { COUNT_CAP, searchQuery } from '../../main/core/search/search-service.js';
import { charExpression, encodeBlocks, matchExpression } from '../../main/core/search/search-text.js';
import { makeTempDir } from '../support/temp-dir.js';
import { buildSearchArchive, corpusFiles, paragraphPool, substringQueries } from './documents-bench.js';
import { quantile, random } from './bench-math.js';

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const QUERIES_PER_LENGTH = 100;

function bytesOf(db: Database.Database, names: string[]): number {
  const stmt = db.prepare('SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name = ?');
  return names.reduce((n, name) => n + (stmt.get(name) as { n: number }).n, 0);
}

const ftsTables = (table: string) => ['data', 'idx', 'docsize', 'config'].map((s) => `${table}_${s}`);

/** The paragraph table as a rowid table (a (document_id, idx) index instead of the WITHOUT ROWID key). */
function buildRowidBlocks(db: Database.Database): void {
  db.exec(`CREATE TABLE rowid_blocks (document_id INTEGER NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
    cell_table INTEGER, cell_row INTEGER, cell_col INTEGER, source_part TEXT, source_p INTEGER, ocr_page INTEGER, ocr_confidence REAL,
    corrected_in INTEGER);
    CREATE UNIQUE INDEX rowid_blocks_key ON rowid_blocks (document_id, idx);
    INSERT INTO rowid_blocks SELECT document_id, idx, kind, text, cell_table, cell_row, cell_col, source_part, source_p, ocr_page,
      ocr_confidence, corrected_in FROM document_blocks ORDER BY document_id, idx;`);
}

/** The layout before 0210/0230 over the same sources: positions + prefix='1', originals as they came, plain HTML. */
function buildOldLayout(db: Database.Database): void {
  db.exec(`CREATE TABLE old_html (id INTEGER PRIMARY KEY, html TEXT NOT NULL)`);
  const html = db.prepare('INSERT INTO old_html (id, html) VALUES (?, ?)');
  const documentIds = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
  for (let i = 0; i < documentIds.length; i += 1000) {
    db.transaction(() => {
      for (const id of documentIds.slice(i, i + 1000)) html.run(id, readHtml(db, id));
    })();
  }
  db.exec(`CREATE VIRTUAL TABLE old_layout USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '1')`);
  db.exec(`CREATE TABLE old_blobs (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, data BLOB NOT NULL,
    created_at TEXT NOT NULL)`);
  const insert = db.prepare('INSERT INTO old_layout (rowid, body) VALUES (?, ?)');
  const sources = db.prepare(`SELECT id, kind, ref_id, document_id FROM search_sources ORDER BY id`).all() as { id: number; kind: string; ref_id: number; document_id: number | null }[];
  const blocks = db.prepare('SELECT text FROM document_blocks WHERE document_id = ? ORDER BY idx').pluck();
  const title = db.prepare('SELECT title FROM matters WHERE id = ?').pluck();
  for (let i = 0; i < sources.length; i += 1000) {
    db.transaction(() => {
      for (const s of sources.slice(i, i + 1000)) {
        const texts = s.kind === 'document' ? (blocks.all(s.document_id) as string[]) : [title.get(s.ref_id) as string];
        insert.run(s.id, encodeBlocks(texts));
      }
    })();
  }
  // The originals as the old store kept them: the bytes themselves (readBlob gives them back).
  const ids = db.prepare('SELECT id FROM blobs ORDER BY id').pluck().all() as number[];
  const sha = db.prepare('SELECT sha256 FROM blobs WHERE id = ?').pluck();
  const insertBlob = db.prepare('INSERT INTO old_blobs (id, sha256, size, data, created_at) VALUES (?, ?, ?, ?, ?)');
  for (let i = 0; i < ids.length; i += 1000) {
    db.transaction(() => {
      for (const id of ids.slice(i, i + 1000)) {
        const sha256 = sha.get(id) as string;
        const bytes = readBlob(db, sha256);
        insertBlob.run(id, sha256, bytes.length, bytes, 'x');
      }
    })();
  }
}

/** search.query's index part: sources matching, newest first, until the page and the capped count are known. */
function indexPart(db: Database.Database, table: string, match: string): string[] {
  const rows = db
    .prepare(
      `SELECT s.kind, s.ref_id FROM ${table} i JOIN search_sources s ON s.id = i.rowid JOIN matters m ON m.id = s.matter_id
       WHERE ${table} MATCH ? ORDER BY i.rowid DESC`,
    )
    .iterate(match) as IterableIterator<{ kind: string; ref_id: number }>;
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(`${row.kind}:${row.ref_id}`);
    if (seen.size > COUNT_CAP) break;
  }
  return [...seen];
}

function benchSearchLayouts(db: Database.Database, pool: string[]): object {
  const next = random(11);
  const queriesOf = substringQueries(pool, next);
  const out: Record<string, object> = {};
  for (const length of [1, 2, 3, 4]) {
    const queries = queriesOf(length, QUERIES_PER_LENGTH);
    const now: number[] = [];
    const before: number[] = [];
    const full: number[] = [];
    let different = 0;
    const after = (q: string) =>
      length === 1 ? indexPart(db, 'search_chars', charExpression(q)) : indexPart(db, 'search_index', matchExpression(q));
    // Both layouts query by query, the first one alternating, so load changes and caches touch both alike.
    for (const [n, q] of queries.entries()) {
      const timed = (fn: () => string[], into: number[]) => {
        const t = performance.now();
        const found = fn();
        into.push(performance.now() - t);
        return found;
      };
      const [a, b] =
        n % 2 === 0
          ? [timed(() => after(q), now), timed(() => indexPart(db, 'old_layout', matchExpression(q)), before)]
          : [null, timed(() => indexPart(db, 'old_layout', matchExpression(q)), before)];
      const mine = a ?? timed(() => after(q), now);
      if (mine.join() !== b.join()) different++;
      const t = performance.now();
      searchQuery(db, { query: q, limit: 50, offset: 0 });
      full.push(performance.now() - t);
    }
    out[`${length}char`] = {
      queries: queries.length,
      indexPartP50Ms: { before: round(quantile(before, 0.5)), after: round(quantile(now, 0.5)) },
      indexPartP95Ms: { before: round(quantile(before, 0.95)), after: round(quantile(now, 0.95)) },
      p95RatioAfterToBefore: round(quantile(now, 0.95) / quantile(before, 0.95)),
      searchQueryP95Ms: round(quantile(full, 0.95)),
      queriesWithDifferentSources: different,
    };
  }
  return out;
}

export async function benchArchiveSize(count = Number(process.env.BENCH_DOCUMENTS ?? 20_000)): Promise<object> {
  const temp = makeTempDir('review-desk-bench-');
  const core = await openCore(temp.dir);
  const db = core.db;
  try {
    const pool = await paragraphPool(corpusFiles());
    await stopExtractionWorker();
    const t0 = performance.now();
    const { characters } = buildSearchArchive(db, pool, count);
    const buildSeconds = round((performance.now() - t0) / 1000, 1);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const textBytes = (db.prepare('SELECT sum(length(CAST(text AS BLOB))) AS n FROM document_blocks').get() as { n: number }).n;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const databaseBytes = (db.pragma('page_count', { simple: true }) as number) * pageSize;
    const indexBytes = bytesOf(db, ftsTables('search_index'));
    const charsBytes = bytesOf(db, ftsTables('search_chars'));
    const originals = bytesOf(db, ['blobs']);
    const documentText = bytesOf(db, ['document_blocks']);
    const html = bytesOf(db, ['document_html_parts', 'sqlite_autoindex_document_html_parts_1']);
    const htmlUtf8 = (db.prepare(`SELECT sum(length(CAST(html AS BLOB))) FROM documents`).pluck().get() as number) +
      (db.prepare(`SELECT coalesce(sum(length(CAST(html AS BLOB))), 0) FROM document_html_parts WHERE codec = 'none'`).pluck().get() as number);
    const tables = (db.prepare(`SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC`).all() as { name: string; bytes: number }[])
      .slice(0, 12)
      .map((t) => ({ name: t.name, MB: round(t.bytes / 1e6, 1), bytesPerCharacter: round(t.bytes / characters, 3), ofText: round(t.bytes / textBytes, 3) }));

    buildOldLayout(db);
    buildRowidBlocks(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const oldIndexBytes = bytesOf(db, ftsTables('old_layout'));
    const oldOriginals = bytesOf(db, ['old_blobs']);
    const oldHtml = bytesOf(db, ['old_html']);
    const htmlUtf8Before = db.prepare('SELECT sum(length(CAST(html AS BLOB))) FROM old_html').pluck().get() as number;
    const rowidBlocks = bytesOf(db, ['rowid_blocks', 'rowid_blocks_key']);
    const databaseBytesBefore = databaseBytes - indexBytes - charsBytes - originals - html + oldIndexBytes + oldOriginals + oldHtml;
    const search = benchSearchLayouts(db, pool);
    return {
      documents: count,
      indexedCharacters: characters,
      indexedTextUtf8MB: round(textBytes / 1e6, 1),
      buildSeconds,
      before: {
        databaseMB: round(databaseBytesBefore / 1e6, 1),
        databaseToTextRatio: round(databaseBytesBefore / textBytes),
        indexBytesPerCharacter: round(oldIndexBytes / characters),
        indexMB: round(oldIndexBytes / 1e6, 1),
        originalFilesMB: round(oldOriginals / 1e6, 1),
        readingViewHtmlMB: round(oldHtml / 1e6, 1),
        readingViewHtmlUtf8MB: round(htmlUtf8Before / 1e6, 1),
        withoutHtml: { databaseMB: round((databaseBytesBefore - oldHtml) / 1e6, 1), databaseToTextRatio: round((databaseBytesBefore - oldHtml) / textBytes) },
      },
      after: {
        databaseMB: round(databaseBytes / 1e6, 1),
        databaseToTextRatio: round(databaseBytes / textBytes),
        indexBytesPerCharacter: round((indexBytes + charsBytes) / characters),
        indexMB: round(indexBytes / 1e6, 1),
        characterSetsMB: round(charsBytes / 1e6, 1),
        originalFilesMB: round(originals / 1e6, 1),
        documentTextTableMB: round(documentText / 1e6, 1),
        readingViewHtmlMB: round(html / 1e6, 1),
        readingViewHtmlStoredPlainUtf8MB: round(htmlUtf8 / 1e6, 1),
        otherMB: round((databaseBytes - indexBytes - charsBytes - originals - documentText - html) / 1e6, 1),
        withoutHtml: { databaseMB: round((databaseBytes - html) / 1e6, 1), databaseToTextRatio: round((databaseBytes - html) / textBytes) },
        tables,
      },
      blocksAsRowidTable: { MB: round(rowidBlocks / 1e6, 1), ratioToWithoutRowid: round(rowidBlocks / documentText, 3) },
      ratioAfterToBefore: round(databaseBytes / databaseBytesBefore),
      search,
      target: 'after.databaseToTextRatio ≤ 2.5; search p95 unchanged (p95RatioAfterToBefore ≈ 1); queriesWithDifferentSources 0',
    };
  } finally {
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchArchiveSize(), null, 2));
}
