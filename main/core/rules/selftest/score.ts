/**
 * Scores the pre-check rules against labelled documents (the rules corpus, issue 13).
 *
 * Rule level: for every document and every main rule that runs for its matter type (and is not
 * `unlabelled` there), the rule either should fire or should not; a rule that fires at least once
 * counts as firing. Finding level, for placeholder.blank only: a finding is noise when its document
 * is labelled as having no blanks, or when it lands on a place labelled as noise.
 */
import type { TextBlock } from '../../../../shared/domain/document-text.js';
import type { Finding } from '../../../../shared/domain/finding.js';
import type { MatterType } from '../../../../shared/domain/matter.js';
import type { RuleQuality, SelftestReport } from '../../../../shared/domain/rules-quality.js';
import { RULES } from '../registry.js';
import { runChecks } from '../engine.js';

/** The fourteen rules issue 7 requires by id; the targets of issue 13 are about these. */
export const MAIN_RULES: readonly string[] = [
  'amount.mismatch',
  'placeholder.blank',
  'contract.missing-clause',
  'contract.dispute-both',
  'lease.term-over-20y',
  'date.invalid',
  'village-rules.married-out-women',
  'rules.sets-fine',
  'rules.restricts-liberty',
  'normative.sets-license',
  'normative.sets-coercion',
  'normative.no-validity-period',
  'normative.validity-over-5y',
  'fair-competition.local-preference',
];

export interface PlaceLabel {
  rule: string;
  excerpt: string;
  why?: string;
}

export interface DocLabels {
  fire: string[];
  unlabelled?: string[];
  clean?: boolean;
  expected?: PlaceLabel[];
  noise?: PlaceLabel[];
}

export interface LabelledDocument {
  name: string;
  type: MatterType;
  /**
   * The matter's title as the app would pass it (the document's own name, as published and as a
   * reviewer registers the matter): 暂行/试行 and the kind of document are read from it too.
   */
  title?: string;
  blocks: TextBlock[];
  labels: DocLabels;
}

export interface DocumentOutcome {
  name: string;
  /** Rule ids per outcome on this document. */
  tp: string[];
  fp: string[];
  fn: string[];
  missedPlaces: PlaceLabel[];
  noiseFindings: Finding[];
  blankFalse: Finding[];
  cleanCount: number | null;
}

const overlaps = (excerpt: string, place: string) =>
  place !== '' && (excerpt.includes(place) || (excerpt.length >= 2 && place.includes(excerpt)));

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : Number((n / d).toFixed(3));
}

/** Runs the rules on every document and scores them; `details` gets one outcome per document. */
export function scoreDocuments(docs: readonly LabelledDocument[], details?: DocumentOutcome[]): SelftestReport {
  const tally = new Map<string, { documents: number; tp: number; fp: number; fn: number }>(
    MAIN_RULES.map((id) => [id, { documents: 0, tp: 0, fp: 0, fn: 0 }]),
  );
  const byType: Partial<Record<MatterType, number>> = {};
  const blank = { tp: 0, fp: 0 };
  const places = { found: 0, total: 0 };
  const clean = { documents: 0, maxFindings: 0, over2: 0 };
  let noiseHits = 0;
  let elapsedMs = 0;
  for (const doc of docs) {
    byType[doc.type] = (byType[doc.type] ?? 0) + 1;
    const t0 = performance.now();
    const findings = runChecks({ blocks: doc.blocks, type: doc.type, ...(doc.title ? { title: doc.title } : {}) });
    elapsedMs += performance.now() - t0;
    const outcome: DocumentOutcome = {
      name: doc.name,
      tp: [],
      fp: [],
      fn: [],
      missedPlaces: [],
      noiseFindings: [],
      blankFalse: [],
      cleanCount: null,
    };
    const unlabelled = new Set(doc.labels.unlabelled ?? []);
    const fired = new Set(findings.map((f) => f.rule));
    for (const rule of RULES) {
      const t = tally.get(rule.id);
      if (!t || !rule.types.includes(doc.type) || unlabelled.has(rule.id)) continue;
      t.documents++;
      const want = doc.labels.fire.includes(rule.id);
      const got = fired.has(rule.id);
      const bucket = want && got ? 'tp' : got ? 'fp' : want ? 'fn' : null;
      if (bucket) {
        t[bucket]++;
        outcome[bucket].push(rule.id);
      }
    }
    for (const p of doc.labels.expected ?? []) {
      places.total++;
      if (findings.some((f) => f.rule === p.rule && overlaps(f.excerpt, p.excerpt))) places.found++;
      else outcome.missedPlaces.push(p);
    }
    const noise = doc.labels.noise ?? [];
    for (const f of findings) {
      const isNoise = noise.some((n) => n.rule === f.rule && overlaps(f.excerpt, n.excerpt));
      if (isNoise) {
        noiseHits++;
        outcome.noiseFindings.push(f);
      }
      if (f.rule !== 'placeholder.blank' || unlabelled.has(f.rule)) continue;
      if (isNoise || !doc.labels.fire.includes(f.rule)) {
        blank.fp++;
        outcome.blankFalse.push(f);
      } else blank.tp++;
    }
    if (doc.labels.clean) {
      const loud = findings.filter((f) => f.severity !== 'hint').length;
      clean.documents++;
      clean.maxFindings = Math.max(clean.maxFindings, loud);
      if (loud > 2) clean.over2++;
      outcome.cleanCount = loud;
    }
    details?.push(outcome);
  }
  const rules: RuleQuality[] = MAIN_RULES.map((id) => {
    const t = tally.get(id) as { documents: number; tp: number; fp: number; fn: number };
    return { rule: id, ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) };
  });
  const all = rules.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    source: '',
    documents: docs.length,
    byType,
    rules,
    overall: { ...all, precision: ratio(all.tp, all.tp + all.fp), recall: ratio(all.tp, all.tp + all.fn) },
    blankFindings: { ...blank, precision: ratio(blank.tp, blank.tp + blank.fp) },
    places,
    noiseHits,
    clean,
    elapsedMs: Math.round(elapsedMs),
  };
}
