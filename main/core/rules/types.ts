import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { CheckOptions } from '../../../shared/domain/finding.js';
import type { MatterType, Severity } from '../../../shared/domain/matter.js';
import type { FoundAmount } from './text/amount.js';
import type { FoundDate } from './text/dates.js';
import type { DocStructure } from './text/structure.js';
import type { TextUnit } from './text/units.js';

export interface CheckInput {
  blocks: TextBlock[];
  type: MatterType;
  title?: string;
  options?: CheckOptions;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  normativeMaxYears: number;
  normativeTrialMaxYears: number;
  strictZheng: boolean;
  administrativeAgreement: boolean;
  penaltyDailyRateLimit: number;
}

/** A range in a unit's normalised text (the engine maps it back to the original block). */
export interface UnitHit {
  unit: TextUnit;
  start: number;
  end: number;
  /** Overrides of the rule's defaults for this one hit. */
  message?: string;
  severity?: Severity;
  suggestion?: string;
  basis?: string;
}

/** A document-level hit (something missing): anchored on the title block. */
export interface TitleHit {
  anchor: 'title';
  message?: string;
  severity?: Severity;
  suggestion?: string;
  basis?: string;
}

export type RuleHit = UnitHit | TitleHit;

export interface CheckContext {
  blocks: readonly TextBlock[];
  units: readonly TextUnit[];
  type: MatterType;
  /** Title given by the caller or taken from the first heading/paragraph (normalised). */
  title: string;
  /** Title block, genre (document or report), headings, signature block. */
  structure: DocStructure;
  /** All unit texts joined by '\n' (normalised) for whole-document keyword tests. */
  fullText: string;
  options: ResolvedOptions;
  /** Amounts and dates per unit, computed once and shared by rules. */
  amounts(unit: TextUnit): FoundAmount[];
  dates(unit: TextUnit): FoundDate[];
}

export interface Rule {
  id: string;
  /** The domain reference's id (P-…). */
  ref?: string;
  /** Short Chinese name. */
  title: string;
  types: readonly MatterType[];
  severity: Severity;
  message: string;
  basis: string;
  suggestion: string;
  /**
   * What a finding quotes: 'clause' widens the excerpt to the clause around the trigger (content rules:
   * the reviewer needs the clause, not the word "罚款"); 'match' keeps the exact place (a blank, a date,
   * an amount). Default 'clause'.
   */
  excerpt?: 'clause' | 'match';
  check(ctx: CheckContext): RuleHit[];
}
