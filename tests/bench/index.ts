// `npm run bench`: runs every benchmark module present and prints its figures, then all of them as JSON.
// Benchmarks report medians and ratios measured in one run; they never fail on a time.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Bench {
  name: string;
  module: string;
  fn: string;
}

const BENCHES: Bench[] = [
  { name: 'documents (import, search)', module: './documents-bench.ts', fn: 'benchDocuments' },
  { name: 'rules (pre-checks)', module: './rules-bench.ts', fn: 'benchRules' },
  { name: 'letters (issue, annotate)', module: './letters-bench.ts', fn: 'benchLetters' },
  { name: 'reports (ledger, statistics)', module: './reports-bench.ts', fn: 'benchReports' },
  { name: 'load (20 signed-in users, 60 s)', module: './load-bench.ts', fn: 'benchLoad' },
  { name: 'exchange (20 documents, 50 MB)', module: './exchange-bench.ts', fn: 'benchExchange' },
  { name: 'store (synchronous, backup, restore)', module: './store-bench.ts', fn: 'benchStore' },
  { name: 'import under load (200,000 paragraphs, API + CLI batch)', module: './import-load-bench.ts', fn: 'benchImportLoad' },
  { name: 'statutes (build, search)', module: './statutes-bench.ts', fn: 'benchStatutes' },
  { name: 'ocr (A4 page at 150 dpi)', module: './ocr-bench.ts', fn: 'benchOcr' },
  { name: 'ocr correction (write lock on a 185-page scan, page picture)', module: './ocr-correct-bench.ts', fn: 'benchOcrCorrect' },
  { name: 'cli (start-up to first output)', module: './cli-bench.ts', fn: 'benchCli' },
  { name: 'first screen (Chromium, 1x and 4x CPU throttle)', module: './first-screen-bench.ts', fn: 'benchFirstScreen' },
  { name: 'desktop path (renderer via file handler + bridge, 1x and 4x)', module: './desktop-path-bench.ts', fn: 'benchDesktopPath' },
  { name: 'ledger screen (20,000 matters in Chromium: first rows, filter change)', module: './ledger-screen-bench.ts', fn: 'benchLedgerScreen' },
  { name: 'archive size (20,000 documents, bytes per character)', module: './archive-size-bench.ts', fn: 'benchArchiveSize' },
  { name: 'archive options (what other stored forms of the text would take)', module: './archive-options-bench.ts', fn: 'benchArchiveOptions' },
  { name: 'archive growth (20,000/40,000/60,000 documents: import, search, ledger)', module: './archive-growth-bench.ts', fn: 'benchArchiveGrowth' },
];

const only = process.argv.slice(2);
const results: Record<string, unknown> = {};
for (const bench of BENCHES) {
  if (only.length > 0 && !only.some((o) => bench.name.includes(o))) continue;
  const path = new URL(bench.module, import.meta.url);
  if (!existsSync(path)) continue;
  console.log(`\n== ${bench.name}`);
  const mod = (await import(path.href)) as Record<string, () => Promise<object>>;
  const run = mod[bench.fn];
  if (typeof run !== 'function') throw new Error(`${bench.module} does not export ${bench.fn}`);
  const started = performance.now();
  results[bench.name] = await run();
  console.log(JSON.stringify(results[bench.name], null, 2));
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
const outDir = join(import.meta.dirname, '..', 'output');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'bench.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2));
console.log(`\nJSON: tests/output/bench.json`);
