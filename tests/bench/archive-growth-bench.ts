/**
 * Growth (issue 17): how the cost of the daily operations grows with the archive. One archive is grown in
 * steps (BENCH_GROWTH, default 20000,40000,60000 documents; 100,000 takes ~15 min of filling on the team's
 * loaded 2-core machine: set BENCH_GROWTH=20000,40000,60000,80000,100000 to run it) with documents-bench's
 * synthetic documents (real fixture paragraphs, one matter each). At each size, in the same run:
 * - fill rate: documents written per second while growing to this size (store + index writes, no extraction);
 * - import: IMPORTS real imports through the whole pipeline (extraction worker, pre-checks, index,
 *   registration) of new .txt files made of fixture paragraphs, each as a new matter: median ms per file;
 * - search: the same 1-, 2- and 3-character queries at every size through search.query (first page with
 *   snippets, count up to 1,000): p50 and p95;
 * - ledger: the whole ledger query, the first 100-row page, a filtered page and a text-filtered page: medians,
 *   wall and CPU time of this process (CPU is what the load of other processes does not inflate);
 * - the database as a multiple of the UTF-8 text it indexes.
 * Each figure is also given as a ratio to the first size (same process, same queries); a step that grows
 * quadratically with the archive would show as a ratio near (size ratio)².
 */
import { pathToFileURL } from 'node:url';
import { CreateMatterInput } from '../../shared/contract/matters.js';
import { LedgerFilter } from '../../shared/contract/reports.js';
import { openCore } from '../../main/core/core.js';
import { importAsNewMatter } from '../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { ledgerPage, queryLedger } from '../../main/core/reports/ledger.js';
import { searchQuery } from '../../main/core/search/search-service.js';
import { makeTempDir } from '../support/temp-dir.js';
import { buildSearchArchive, corpusFiles, paragraphPool, substringQueries } from './documents-bench.js';
import { quantile, random } from './bench-math.js';

const IMPORTS = 12;
const QUERIES_PER_LENGTH = 60;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

async function timeMs(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** CPU time of this process (all its threads) spent in `fn`: what other agents' load on the machine does not inflate. */
async function cpuMs(fn: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Wall and CPU medians of `runs` calls (wall first: what a user waits; CPU: the same work on a quiet machine). */
async function medians(runs: number, fn: () => unknown): Promise<[number, number]> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    wall.push(await timeMs(fn));
    cpu.push(await cpuMs(fn));
  }
  return [round(quantile(wall, 0.5)), round(quantile(cpu, 0.5))];
}

export async function benchArchiveGrowth(): Promise<object> {
  const sizes = (process.env.BENCH_GROWTH ?? '20000,40000,60000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
  const temp = makeTempDir('review-desk-bench-');
  const core = await openCore(temp.dir);
  const db = core.db;
  try {
    const pool = await paragraphPool(corpusFiles());
    const next = random(5);
    const queriesOf = substringQueries(pool, next);
    const queries = [1, 2, 3].map((length) => queriesOf(length, QUERIES_PER_LENGTH));
    const all = LedgerFilter.parse({});
    const filtered = LedgerFilter.parse({ types: ['village.rules', 'contract'], from: '2021-01-01', to: '2022-12-31' });
    const text = LedgerFilter.parse({ query: '村民' });
    const page = { offset: 0, limit: 100 };
    const rows: Record<string, number | string>[] = [];
    let documents = 0;
    let imported = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      buildSearchArchive(db, pool, size - documents, 1000 + size);
      const fillPerSecond = (size - documents) / ((performance.now() - t0) / 1000);
      documents = size;
      db.pragma('wal_checkpoint(TRUNCATE)');

      const importMs: number[] = [];
      for (let i = 0; i < IMPORTS; i++) {
        imported++;
        const paragraphs = Array.from({ length: 30 }, () => pool[Math.floor(next() * pool.length)]!);
        const bytes = Buffer.from(`关于第${imported}件事项的说明\n${paragraphs.join('\n')}\n`, 'utf8');
        const matter = CreateMatterInput.parse({ type: 'contract', title: `增长测试第${imported}件`, submittingUnit: '第1村村民委员会', receivedOn: '2024-05-06' });
        importMs.push(await timeMs(() => importAsNewMatter(db, 'bench', matter, { fileName: `说明${imported}.txt`, bytes })));
      }
      documents += IMPORTS;

      const search: Record<string, number> = {};
      for (const [i, list] of queries.entries()) {
        for (const q of list.slice(0, 3)) searchQuery(db, { query: q, limit: 50, offset: 0 });
        const times: number[] = [];
        const cpu: number[] = [];
        for (const q of list) {
          times.push(await timeMs(() => searchQuery(db, { query: q, limit: 50, offset: 0 })));
          cpu.push(await cpuMs(() => searchQuery(db, { query: q, limit: 50, offset: 0 })));
        }
        search[`search${i + 1}charP50Ms`] = round(quantile(times, 0.5));
        search[`search${i + 1}charP95Ms`] = round(quantile(times, 0.95));
        search[`search${i + 1}charCpuP50Ms`] = round(quantile(cpu, 0.5));
        search[`search${i + 1}charCpuP95Ms`] = round(quantile(cpu, 0.95));
      }
      const textBytes = db.prepare('SELECT sum(length(CAST(text AS BLOB))) FROM document_blocks').pluck().get() as number;
      const databaseBytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
      const [ledgerAllMs, ledgerAllCpuMs] = await medians(3, () => queryLedger(db, all));
      const [ledgerFirstPageMs, ledgerFirstPageCpuMs] = await medians(9, () => ledgerPage(db, all, page));
      const [ledgerFilteredPageMs, ledgerFilteredPageCpuMs] = await medians(9, () => ledgerPage(db, filtered, page));
      const [ledgerTextFilterPageMs, ledgerTextFilterPageCpuMs] = await medians(9, () => ledgerPage(db, text, page));
      rows.push({
        documents,
        fillDocumentsPerSecond: round(fillPerSecond, 0),
        importMedianMs: round(quantile(importMs, 0.5)),
        ...search,
        ledgerAllMs,
        ledgerAllCpuMs,
        ledgerFirstPageMs,
        ledgerFirstPageCpuMs,
        ledgerFilteredPageMs,
        ledgerFilteredPageCpuMs,
        ledgerTextFilterPageMs,
        ledgerTextFilterPageCpuMs,
        databaseToTextRatio: round(databaseBytes / textBytes),
      });
      console.error(`growth: ${documents} documents measured`);
    }
    const first = rows[0]!;
    const ratios = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, key === 'documents' ? value : round((value as number) / (first[key] as number))]),
      ),
    );
    return {
      sizes: rows,
      ratioToFirstSize: ratios,
      note: 'same process and queries at every size; medians; timings are noisy on the shared 2-core machine: read the ratios',
    };
  } finally {
    await stopExtractionWorker();
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchArchiveGrowth(), null, 2));
}
