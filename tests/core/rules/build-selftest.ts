// Ships the labelled-before-running parts of the rules corpus (test, heldout, fresh, fourth, fifth) as the app's self-test (issue 13):
//   npx tsx tests/core/rules/build-selftest.ts
// Reads tests/fixtures/rules-corpus (MANIFEST.tsv, labels-{test,heldout,fresh,fourth,fifth}.json, docs/), extracts each document with
// the app's own extractor and writes resources/rules-selftest/test-part.json (documents + labels) and
// figures.json (the rules' figures on it, shown beside each rule in the app). Deterministic: run it again
// after changing the rules or the extractor; tests/core/rules/selftest.test.ts fails when they drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSelftest, withoutTimings, ShippedTestPart, FIGURES_FILE, TEST_PART_FILE } from '../../../main/core/rules/selftest/shipped.js';
import { SELFTEST_PARTS } from '../../../shared/domain/rules-quality.js';
import { loadSplit, readManifest } from './corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sources = new Map(readManifest().map((r) => [r.file, r.source]));
// Every part the app knows, in its order (a part added there is shipped here).
const SPLITS = SELFTEST_PARTS;
const docs = (await Promise.all(SPLITS.map(async (split) => (await loadSplit(split)).map((d) => ({ ...d, part: split }))))).flat();
const part = ShippedTestPart.parse({
  format: 1,
  corpus: '预检规则语料库（tests/fixtures/rules-corpus）',
  documents: docs.map((d) => ({ name: d.name, part: d.part, type: d.type, title: d.title, source: sources.get(d.name) ?? '', blocks: d.blocks, labels: d.labels })),
});
const report = runSelftest(part);
mkdirSync(join(root, 'resources', 'rules-selftest'), { recursive: true });
writeFileSync(join(root, 'resources', TEST_PART_FILE), `${JSON.stringify(part)}\n`);
writeFileSync(join(root, 'resources', FIGURES_FILE), `${JSON.stringify(withoutTimings(report), null, 1)}\n`);
for (const p of report.parts ?? []) console.log(`${p.part}: ${p.documents} documents; precision ${p.overall.precision}, recall ${p.overall.recall}`);
console.log(`all: ${part.documents.length} documents; precision ${report.overall.precision}, recall ${report.overall.recall}`);
