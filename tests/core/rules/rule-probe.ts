/**
 * What every rule test of real drafting needs (issue 13): paragraphs from plain strings, and the rules run on them
 * with the one invariant every finding keeps — its excerpt is the document text at its range.
 */
import { expect } from 'vitest';
import { runChecks } from '../../../main/core/rules/index.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType } from '../../../shared/domain/matter.js';

export function blocks(...texts: string[]): TextBlock[] {
  return texts.map((text, index) => ({ index, kind: 'paragraph' as const, text }));
}

/** The findings of one rule (or all of them), each checked to quote the text at its range. */
export function run(type: MatterType, bs: TextBlock[], rule?: string) {
  const all = runChecks({ blocks: bs, type });
  for (const f of all) expect(bs[f.paragraph]?.text.slice(f.start, f.end)).toBe(f.excerpt);
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** How many findings `rule` gives on paragraphs made of `texts`. */
export function fired(type: MatterType, rule: string, ...texts: string[]): number {
  return run(type, blocks(...texts), rule).length;
}
