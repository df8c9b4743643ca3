// Prints the rules' figures on one part of the rules corpus with every miss, for tuning on the dev part:
//   npx tsx tests/core/rules/corpus-report.ts dev|test|heldout|fresh|fourth|fifth [--quiet]
// (print the misses only for dev: the test and held-out parts are measured, never tuned on)
import { scoreDocuments, type DocumentOutcome } from '../../../main/core/rules/selftest/score.js';
import { loadSplit, type Split } from './corpus.js';

const split = (process.argv[2] ?? 'dev') as Split;
const quiet = process.argv.includes('--quiet');
const docs = await loadSplit(split);
const details: DocumentOutcome[] = [];
const report = scoreDocuments(docs, details);
const pct = (x: number | null) => (x === null ? '  —  ' : x.toFixed(2).padStart(5));
console.log(`${split}: ${report.documents} documents ${JSON.stringify(report.byType)}`);
for (const r of report.rules) {
  console.log(`${r.rule.padEnd(36)} docs ${String(r.documents).padStart(3)}  TP ${String(r.tp).padStart(3)} FP ${String(r.fp).padStart(3)} FN ${String(r.fn).padStart(3)}  P ${pct(r.precision)} R ${pct(r.recall)}`);
}
const o = report.overall;
console.log(`${'OVERALL'.padEnd(36)}           TP ${String(o.tp).padStart(3)} FP ${String(o.fp).padStart(3)} FN ${String(o.fn).padStart(3)}  P ${pct(o.precision)} R ${pct(o.recall)}`);
console.log(`blank findings: TP ${report.blankFindings.tp} FP ${report.blankFindings.fp} P ${pct(report.blankFindings.precision)}; places ${report.places.found}/${report.places.total}; noise hits ${report.noiseHits}; clean docs ${report.clean.documents} max ${report.clean.maxFindings} over2 ${report.clean.over2}; ${report.elapsedMs} ms`);
// Loud (建议修改/必须修改) findings per clean, professionally drafted document: the issue allows at most 2.
const cleanCounts = details.filter((d) => d.cleanCount !== null).map((d) => d.cleanCount as number);
if (cleanCounts.length) {
  const mean = cleanCounts.reduce((a, b) => a + b, 0) / cleanCounts.length;
  console.log(`clean docs, loud findings per document: ${[...cleanCounts].sort((a, b) => a - b).join(' ')} (mean ${mean.toFixed(2)})`);
}
if (!quiet) {
  for (const d of details) {
    const parts = [
      d.fp.length ? `FP ${d.fp.join(',')}` : '',
      d.fn.length ? `FN ${d.fn.join(',')}` : '',
      d.missedPlaces.length ? `missed ${d.missedPlaces.map((p) => `${p.rule}「${p.excerpt}」`).join(' ')}` : '',
      d.noiseFindings.length ? `noise ${d.noiseFindings.map((f) => `${f.rule}「${f.excerpt.slice(0, 20)}」`).join(' ')}` : '',
      d.blankFalse.length ? `blank-noise ${d.blankFalse.length}: ${d.blankFalse.slice(0, 3).map((f) => `「${f.excerpt.slice(0, 24)}」`).join(' ')}` : '',
      d.cleanCount !== null && d.cleanCount > 0 ? `clean doc with ${d.cleanCount} loud finding(s)` : '',
    ].filter(Boolean);
    if (parts.length) console.log(`- ${d.name}: ${parts.join(' | ')}`);
  }
}
