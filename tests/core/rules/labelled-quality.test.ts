/**
 * Precision and recall of every pre-check rule over the hand-labelled set
 * (tests/fixtures/rules-labelled: real corpus DOCX files plus documents written in office styles).
 *
 * A finding matches an expected entry of the same rule when one excerpt contains the other (and
 * its message contains the expected message substring, if given); each side is used once. Rules a document lists as
 * `unlabelled` are not scored on that document.
 *
 * Floors (the test fails below them):
 * - every 必须修改 (must) rule with labelled cases: precision ≥ 0.9, recall ≥ 0.8;
 * - every other rule with ≥ 2 labelled cases or findings: precision ≥ 0.6 and recall ≥ 0.6;
 * - over all rules: precision ≥ 0.85 and recall ≥ 0.85.
 */
import { describe, expect, it } from 'vitest';
import { RULES, runChecks } from '../../../main/core/rules/index.js';
import { loadLabelledSet, type ExpectedFinding } from './labelled-set.js';
import type { Finding } from '../../../shared/domain/finding.js';

const MUST_PRECISION = 0.9;
const MUST_RECALL = 0.8;
const OTHER_PRECISION = 0.6;
const OTHER_RECALL = 0.6;
const OVERALL = 0.85;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Same rule, and the excerpts overlap by containment (either way): the same place in the text. */
function matches(f: Finding, e: ExpectedFinding): boolean {
  const want = e.excerpt ?? '';
  const place = f.excerpt.includes(want) || (f.excerpt.length >= 2 && want.includes(f.excerpt));
  return f.rule === e.rule && place && f.message.includes(e.message ?? '');
}

describe('pre-check rules on the labelled set', () => {
  it('meets the precision/recall floors per rule', async () => {
    const docs = await loadLabelledSet();
    expect(docs.length).toBeGreaterThanOrEqual(30);
    const tally = new Map<string, Tally>(RULES.map((r) => [r.id, { tp: 0, fp: 0, fn: 0 }]));
    const misses: string[] = [];
    for (const doc of docs) {
      const findings = runChecks({ blocks: doc.blocks, type: doc.type, ...(doc.title ? { title: doc.title } : {}) }).filter(
        (f) => !doc.unlabelled.includes(f.rule),
      );
      // Every finding's excerpt is the text at its range.
      for (const f of findings) {
        const block = doc.blocks.find((b) => b.index === f.paragraph);
        expect(block?.text.slice(f.start, f.end) ?? '').toBe(f.excerpt);
      }
      const used = new Set<number>();
      // Match specific expectations first so a catch-all entry does not take a specific one's finding.
      const ordered = [...doc.expected].sort((a, b) => (b.excerpt ?? '').length - (a.excerpt ?? '').length);
      for (const e of ordered) {
        const t = tally.get(e.rule);
        if (!t) throw new Error(`${doc.name}: unknown rule ${e.rule}`);
        // A finding that names several missing items (contract.missing-clause lists them in one line)
        // answers each item it names.
        const i = findings.findIndex((f, k) => (!used.has(k) || (e.message !== undefined && e.message !== '')) && matches(f, e));
        if (i >= 0) {
          used.add(i);
          t.tp++;
        } else {
          t.fn++;
          misses.push(`FN ${doc.name} ${e.rule} “${e.excerpt ?? ''}${e.message ? ` / ${e.message}` : ''}”`);
        }
      }
      findings.forEach((f, k) => {
        if (used.has(k)) return;
        (tally.get(f.rule) as Tally).fp++;
        misses.push(`FP ${doc.name} ${f.rule} “${f.excerpt.slice(0, 40)}” ${f.message.slice(0, 40)}`);
      });
    }

    const rows: string[] = ['rule                                  sev     TP  FP  FN  precision recall'];
    const failures: string[] = [];
    let all: Tally = { tp: 0, fp: 0, fn: 0 };
    for (const rule of RULES) {
      const t = tally.get(rule.id) as Tally;
      all = { tp: all.tp + t.tp, fp: all.fp + t.fp, fn: all.fn + t.fn };
      const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
      const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
      rows.push(
        `${rule.id.padEnd(38)}${rule.severity.padEnd(7)}${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${p.toFixed(2).padStart(9)} ${r.toFixed(2).padStart(6)}`,
      );
      const cases = t.tp + t.fp + t.fn;
      if (rule.severity === 'must' && cases > 0 && (p < MUST_PRECISION || r < MUST_RECALL)) {
        failures.push(`${rule.id}: precision ${p.toFixed(2)}, recall ${r.toFixed(2)} (must rule floor ${MUST_PRECISION}/${MUST_RECALL})`);
      }
      if (rule.severity !== 'must' && cases >= 2 && (p < OTHER_PRECISION || r < OTHER_RECALL)) {
        failures.push(`${rule.id}: precision ${p.toFixed(2)}, recall ${r.toFixed(2)} (floor ${OTHER_PRECISION}/${OTHER_RECALL})`);
      }
    }
    const P = all.tp / Math.max(1, all.tp + all.fp);
    const R = all.tp / Math.max(1, all.tp + all.fn);
    rows.push(`${'ALL'.padEnd(45)}${String(all.tp).padStart(3)} ${String(all.fp).padStart(3)} ${String(all.fn).padStart(3)}  ${P.toFixed(2).padStart(9)} ${R.toFixed(2).padStart(6)}`);
    console.log(`labelled set: ${docs.length} documents (docx via ${docs.find((d) => d.name.endsWith('.docx'))?.loader})\n${rows.join('\n')}\n${misses.join('\n')}`);
    if (P < OVERALL || R < OVERALL) failures.push(`overall precision ${P.toFixed(2)}, recall ${R.toFixed(2)} (floor ${OVERALL})`);
    expect(failures).toEqual([]);
  });
});
