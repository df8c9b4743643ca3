/**
 * Archive size options (issue 17), for the decision the ≤ 2.5× target needs: on the same synthetic archive as
 * archive-size-bench (BENCH_DOCUMENTS, default 2,000; real fixture paragraphs, text originals), what each stored
 * form of the text takes now and what it would take stored otherwise, as multiples of the UTF-8 size of the
 * indexed text. Nothing here changes the product; it measures side tables built in the same database:
 * - the bigram index without positions (FTS5 detail = none / column): queries of three or more characters would
 *   then need a check against the text (the phrase of bigrams answers them exactly only with positions);
 * - each document's paragraphs as one brotli stream (quality 5 and 9) instead of one row per paragraph;
 * - the reading-view HTML at brotli quality 11 instead of the quality it is stored with.
 * And what the index without positions would cost search (session 11, for the same decision): queries of 3 and 4
 * characters (substrings of the texts) answered as search.query's index part does now (the phrase of bigrams,
 * newest first, until COUNT_CAP sources) and as they would be without positions (every bigram present, then each
 * candidate document checked against its paragraphs with instr), in the same run, query by query alternating.
 */
import { pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { brotliCompressSync, constants } from 'node:zlib';
import { openCore } from '../../main/core/core.js';
import { readHtml } from '../../main/core/documents/document-store.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { COUNT_CAP } from '../../main/core/search/search-service.js';
import { encodeBlocks, matchExpression } from '../../main/core/search/search-text.js';
import { quantile, random } from './bench-math.js';
import { makeTempDir } from '../support/temp-dir.js';
import { buildSearchArchive, corpusFiles, paragraphPool, substringQueries } from './documents-bench.js';

const brotli = (bytes: Buffer, quality: number) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

export async function benchArchiveOptions(count = Number(process.env.BENCH_DOCUMENTS ?? 2_000)): Promise<object> {
  const temp = makeTempDir('review-desk-bench-');
  const core = await openCore(temp.dir);
  const db = core.db;
  try {
    const pool = await paragraphPool(corpusFiles());
    await stopExtractionWorker();
    buildSearchArchive(db, pool, count);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const text = db.prepare('SELECT sum(length(CAST(text AS BLOB))) FROM document_blocks').pluck().get() as number;
    const database = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    const bytes = (name: string) => db.prepare('SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?').pluck().get(name) as number;
    const now = {
      paragraphs: bytes('document_blocks'),
      index: bytes('search_index_data') + bytes('search_index_idx'),
      characterSets: bytes('search_chars_data') + bytes('search_chars_idx'),
      originals: bytes('blobs'),
      html: bytes('document_html_parts'),
    };

    db.exec(`CREATE VIRTUAL TABLE option_none USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'ascii', detail = none);
      CREATE VIRTUAL TABLE option_column USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'ascii', detail = column);`);
    const documents = db.prepare('SELECT DISTINCT document_id FROM document_blocks ORDER BY document_id').pluck().all() as number[];
    const blocks = db.prepare('SELECT text FROM document_blocks WHERE document_id = ? ORDER BY idx').pluck();
    const none = db.prepare('INSERT INTO option_none (rowid, body) VALUES (?, ?)');
    const column = db.prepare('INSERT INTO option_column (rowid, body) VALUES (?, ?)');
    let paragraphsQ5 = 0;
    let paragraphsQ9 = 0;
    let htmlQ11 = 0;
    for (let i = 0; i < documents.length; i += 500) {
      db.transaction(() => {
        for (const id of documents.slice(i, i + 500)) {
          const texts = blocks.all(id) as string[];
          const body = encodeBlocks(texts);
          none.run(id, body);
          column.run(id, body);
          const joined = Buffer.from(texts.join('\n'));
          paragraphsQ5 += brotli(joined, 5);
          paragraphsQ9 += brotli(joined, 9);
          htmlQ11 += brotli(Buffer.from(readHtml(db, id) ?? ''), 11);
        }
      })();
    }
    // Merged like the product's index after `compact`, so the three compare alike.
    db.exec(`INSERT INTO option_none (option_none) VALUES ('optimize'); INSERT INTO option_column (option_column) VALUES ('optimize');
      INSERT INTO search_index (search_index) VALUES ('optimize');`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const indexMerged = bytes('search_index_data') + bytes('search_index_idx');
    const searchWithoutPositions = benchSearchWithoutPositions(db, pool);
    const ofText = (n: number) => Number((n / text).toFixed(3));
    const withIndexNone = database - now.index + bytes('option_none_data') + bytes('option_none_idx');
    return {
      documents: documents.length,
      indexedTextUtf8MB: Number((text / 1e6).toFixed(1)),
      now: {
        database: ofText(database),
        paragraphs: ofText(now.paragraphs),
        index: ofText(now.index),
        indexMerged: ofText(indexMerged),
        characterSets: ofText(now.characterSets),
        originals: ofText(now.originals),
        html: ofText(now.html),
      },
      options: {
        indexWithoutPositions: ofText(bytes('option_none_data') + bytes('option_none_idx')),
        indexWithColumnsOnly: ofText(bytes('option_column_data') + bytes('option_column_idx')),
        paragraphsOneBrotliStreamQ5: ofText(paragraphsQ5),
        paragraphsOneBrotliStreamQ9: ofText(paragraphsQ9),
        htmlBrotliQ11: ofText(htmlQ11),
      },
      databaseWithIndexWithoutPositions: ofText(withIndexNone),
      databaseWithIndexWithoutPositionsAndParagraphsQ5: ofText(withIndexNone - now.paragraphs + paragraphsQ5),
      searchWithoutPositions,
      target: 'database ≤ 2.5× the UTF-8 text (issue 17)',
    };
  } finally {
    core.close();
    temp.remove();
  }
}

/** Sources of the first COUNT_CAP matches, newest first: the index part of search.query. */
function firstSources(rows: IterableIterator<unknown>): number {
  let n = 0;
  for (const _ of rows) if (++n > COUNT_CAP) break;
  return n;
}

function benchSearchWithoutPositions(db: Database.Database, pool: string[]): object {
  const next = random(17);
  const queriesOf = substringQueries(pool, next);
  const phrase = db.prepare(
    `SELECT s.id FROM search_index i JOIN search_sources s ON s.id = i.rowid JOIN matters m ON m.id = s.matter_id
     WHERE search_index MATCH ? AND s.kind = 'document' ORDER BY i.rowid DESC`,
  );
  const checked = db.prepare(
    // option_none's rowid is the document id (one source per bench document); matter titles are left out of both.
    `SELECT s.id FROM option_none i JOIN search_sources s ON s.kind = 'document' AND s.ref_id = i.rowid JOIN matters m ON m.id = s.matter_id
     WHERE option_none MATCH @match
       AND EXISTS (SELECT 1 FROM document_blocks b WHERE b.document_id = s.document_id AND instr(b.text, @query) > 0)
     ORDER BY i.rowid DESC`,
  );
  const out: Record<string, object> = {};
  for (const length of [3, 4]) {
    const withPositions: number[] = [];
    const without: number[] = [];
    let different = 0;
    for (const [n, query] of queriesOf(length, 60).entries()) {
      const bigrams = [...new Set(Array.from({ length: length - 1 }, (_, i) => query.slice(i, i + 2)))];
      const match = bigrams.map((b) => `"${b}"`).join(' AND ');
      const timed = (fn: () => number, into: number[]) => {
        const t = performance.now();
        const found = fn();
        into.push(performance.now() - t);
        return found;
      };
      const first = n % 2 === 0;
      const a = first ? timed(() => firstSources(phrase.iterate(matchExpression(query))), withPositions) : 0;
      const b = timed(() => firstSources(checked.iterate({ match, query })), without);
      const c = first ? a : timed(() => firstSources(phrase.iterate(matchExpression(query))), withPositions);
      if (b !== c) different++;
    }
    const ms = (xs: number[], q: number) => Number(quantile(xs, q).toFixed(2));
    out[`${length}char`] = {
      p50Ms: { withPositions: ms(withPositions, 0.5), withoutPositions: ms(without, 0.5) },
      p95Ms: { withPositions: ms(withPositions, 0.95), withoutPositions: ms(without, 0.95) },
      p95Ratio: Number((quantile(without, 0.95) / quantile(withPositions, 0.95)).toFixed(2)),
      queriesWithDifferentCounts: different,
    };
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchArchiveOptions(), null, 2));
}
