/**
 * Archive size (issue 17): a synthetic archive of 20,000 documents made of real fixture paragraphs
 * (documents-bench's buildSearchArchive: one matter each, 20–60 paragraphs, the original stored as a
 * UTF-8 text file), measured with SQLite's dbstat after a WAL checkpoint:
 * - the whole database and the search index, in bytes per indexed character and as a multiple of the
 *   UTF-8 size of the indexed text;
 * - "before": the same bodies indexed in the old layout (detail=full, migration 0020) in a side table of
 *   the same database, so both layouts index exactly the same text in the same run;
 * - where the rest of the bytes are (document text, original files, the remainder).
 * Search latency is in the documents bench (same archive builder). On this branch the index is still in
 * the old layout (the compact detail=none layout, 5.18 → 0.96 bytes per character, is on branch
 * s3-perf-fts-compact: it made 3+ character searches 5–10× slower), so before and after match here.
 */
import { pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { openCore } from '../../main/core/core.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { encodeBlocks } from '../../main/core/search/search-text.js';
import { makeTempDir } from '../support/temp-dir.js';
import { buildSearchArchive, corpusFiles, paragraphPool } from './documents-bench.js';

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

function bytesOf(db: Database.Database, names: string[]): number {
  const stmt = db.prepare('SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name = ?');
  return names.reduce((n, name) => n + (stmt.get(name) as { n: number }).n, 0);
}

const indexTables = (table: string) => ['data', 'idx', 'docsize', 'config'].map((s) => `${table}_${s}`);

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
    const indexBytes = bytesOf(db, indexTables('search_index'));

    // The old layout over the same bodies, for the before figure.
    db.exec(`CREATE VIRTUAL TABLE old_layout USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '1')`);
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
    db.pragma('wal_checkpoint(TRUNCATE)');
    const oldIndexBytes = bytesOf(db, indexTables('old_layout'));
    const databaseBytesBefore = databaseBytes - indexBytes + oldIndexBytes;
    const documentText = bytesOf(db, ['document_blocks']);
    const originals = bytesOf(db, ['blobs']);
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
      },
      after: {
        databaseMB: round(databaseBytes / 1e6, 1),
        databaseToTextRatio: round(databaseBytes / textBytes),
        indexBytesPerCharacter: round(indexBytes / characters),
        indexMB: round(indexBytes / 1e6, 1),
      },
      indexRatioAfterToBefore: round(indexBytes / oldIndexBytes),
      restMB: {
        documentTextTable: round(documentText / 1e6, 1),
        originalFiles: round(originals / 1e6, 1),
        other: round((databaseBytes - indexBytes - documentText - originals) / 1e6, 1),
      },
      target: 'after.databaseToTextRatio ≤ 2.5',
    };
  } finally {
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchArchiveSize(), null, 2));
}
