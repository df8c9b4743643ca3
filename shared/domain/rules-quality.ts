import { z } from 'zod';

/**
 * Quality figures of the pre-check rules measured on the shipped test part of the rules corpus
 * (real documents labelled before the rules were tuned, never used to tune). Precision/recall are
 * null when the rule had nothing to be measured on (no labelled case and no finding).
 */
export const RuleQuality = z.object({
  rule: z.string(),
  /** Documents (of the rule's matter types) the rule was scored on. */
  documents: z.number().int(),
  tp: z.number().int(),
  fp: z.number().int(),
  fn: z.number().int(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
});
export type RuleQuality = z.infer<typeof RuleQuality>;

const SelftestFigures = z.object({
  /** Where the figures come from (Chinese, for the UI and the CLI). */
  source: z.string(),
  documents: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  /** Rule level: does the rule fire on a document where a lawyer expects it to (and not elsewhere). */
  rules: z.array(RuleQuality),
  /** The main rules of issue 7 together. */
  overall: RuleQuality.omit({ rule: true, documents: true }),
  /** Finding level for placeholder.blank: findings that are real blanks / all findings. */
  blankFindings: z.object({ tp: z.number().int(), fp: z.number().int(), precision: z.number().nullable() }),
  /** Labelled places (rule + excerpt) found / all labelled places. */
  places: z.object({ found: z.number().int(), total: z.number().int() }),
  /** Findings that land on a place labelled as noise (a heading, an anonymised name, a reported sentence). */
  noiseHits: z.number().int(),
  /** Professionally drafted documents: 建议修改/必须修改 findings per document. */
  clean: z.object({ documents: z.number().int(), maxFindings: z.number().int(), over2: z.number().int() }),
  /** Time the rules took over the whole part (ms). */
  elapsedMs: z.number(),
});

/** Parts of the shipped self-test, each labelled before the rules ran on it (issue 13). */
export const SELFTEST_PARTS = ['test', 'heldout', 'fresh', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'] as const;
export const SelftestPart = z.enum(SELFTEST_PARTS);
export type SelftestPart = z.infer<typeof SelftestPart>;

export const SelftestReport = SelftestFigures.extend({
  /** The same figures per part, so each round can be read on its own. */
  parts: z.array(SelftestFigures.extend({ part: SelftestPart })).optional(),
});
export type SelftestReport = z.infer<typeof SelftestReport>;
