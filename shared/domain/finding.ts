import { z } from 'zod';
import { MatterType, Severity } from './matter.js';
import { RuleQuality } from './rules-quality.js';

/**
 * A pre-check finding: what a rule found, where (block index + UTF-16 range of the ORIGINAL block
 * text, so `blocks[paragraph].text.slice(start, end) === excerpt`), why (basis) and a draft opinion.
 * Findings are prompts for the reviewer; they never decide legality.
 */
export const Finding = z.object({
  /** Rule id, e.g. `amount.mismatch`. */
  rule: z.string().min(1),
  severity: Severity,
  /** What was found, in Chinese. */
  message: z.string(),
  /** TextBlock.index of the block the excerpt is in. */
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  excerpt: z.string(),
  /** Legal basis in Chinese, with the certainty mark (【二手】, 〔实务〕, （待核实）) where not verified. */
  basis: z.string(),
  /** Draft opinion text the reviewer can accept. */
  suggestion: z.string(),
  /**
   * The words that triggered the finding, as a range of the same block inside [start, end) (the
   * excerpt is the whole clause around them). Absent when the excerpt is the trigger itself.
   */
  trigger: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** Office-configurable knobs of the pre-check rules. */
export const CheckOptions = z.object({
  /** Maximum validity period of a normative document in years (〔实务〕, default 5). */
  normativeMaxYears: z.number().positive().optional(),
  /** The same for titles with 暂行/试行 (default 2). */
  normativeTrialMaxYears: z.number().positive().optional(),
  /** Require 整/正 after 元 strictly (then a missing 整 is 建议修改 instead of 提示). */
  strictZheng: z.boolean().optional(),
  /** The contract is a 行政协议 (administrative agreement): an arbitration clause is then 必须修改. */
  administrativeAgreement: z.boolean().optional(),
  /** Daily late-payment/penalty rate that triggers a 提示 (default 0.001 = 千分之一 per day). */
  penaltyDailyRateLimit: z.number().positive().optional(),
  /** Only run these rule ids. */
  onlyRules: z.array(z.string()).optional(),
  /** Skip these rule ids. */
  disabledRules: z.array(z.string()).optional(),
  /** Per-office severity overrides by rule id. */
  severity: z.record(z.string(), Severity).optional(),
});
export type CheckOptions = z.infer<typeof CheckOptions>;

/** Metadata of one rule, for listing rules in the UI, the CLI and the checklist editor. */
export const RuleInfo = z.object({
  id: z.string(),
  /** The domain reference's rule id (P-…), when there is one. */
  ref: z.string().optional(),
  title: z.string(),
  /** Matter types the rule runs for. */
  types: z.array(MatterType),
  severity: Severity,
  message: z.string(),
  basis: z.string(),
  suggestion: z.string(),
  /** Precision/recall on the shipped self-test (real documents the rule was not tuned on), when measured. */
  quality: RuleQuality.omit({ rule: true }).optional(),
});
export type RuleInfo = z.infer<typeof RuleInfo>;
