import type { CheckOptions, Finding } from '../../../shared/domain/finding.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { runChecks } from '../rules/engine.js';
import { splitParts, type SearchPart } from './search-parts.js';
import type { ExtractedDocument } from './extract.js';

/**
 * The CPU work of an import after extraction — search tokens and the pre-checks — as a pure function,
 * so the extraction worker does it too and the main thread only writes rows. The search parts are cut
 * by search-parts.ts.
 */

/** Who the pre-checks run for: they depend on the matter's type and title and the office's rule settings. */
export interface CheckTarget {
  type: MatterType;
  title: string;
  options: CheckOptions;
}

export interface PreparedWork {
  parts: SearchPart[];
  /** The pre-checks' findings for `checkedFor`; null when no target was given. */
  findings: Finding[] | null;
  checkedFor: CheckTarget | null;
}

export function prepareWork(extracted: ExtractedDocument, check: CheckTarget | null): PreparedWork {
  const findings = check ? runChecks({ blocks: extracted.blocks, type: check.type, title: check.title, options: check.options }) : null;
  return { parts: splitParts(extracted.blocks), findings, checkedFor: check };
}

/** Whether findings computed for `done` apply to a matter now known to be `want` (same inputs to the checks). */
export function sameCheckTarget(done: CheckTarget | null, want: CheckTarget): boolean {
  return done !== null && done.type === want.type && done.title === want.title && JSON.stringify(done.options) === JSON.stringify(want.options);
}
