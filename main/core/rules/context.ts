import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { CheckOptions } from '../../../shared/domain/finding.js';
import { findAmounts, type FoundAmount } from './text/amount.js';
import { findDates, type FoundDate } from './text/dates.js';
import { normalize } from './text/normalize.js';
import { analyseStructure } from './text/structure.js';
import { buildUnits, type TextUnit } from './text/units.js';
import type { CheckContext, CheckInput, ResolvedOptions } from './types.js';

export function resolveOptions(options: CheckOptions | undefined): ResolvedOptions {
  return {
    normativeMaxYears: options?.normativeMaxYears ?? 5,
    normativeTrialMaxYears: options?.normativeTrialMaxYears ?? 2,
    strictZheng: options?.strictZheng ?? false,
    administrativeAgreement: options?.administrativeAgreement ?? false,
    penaltyDailyRateLimit: options?.penaltyDailyRateLimit ?? 0.001,
  };
}

/** The block that carries the document's title (see text/structure.ts findTitle). */
export function titleBlockPosition(blocks: readonly TextBlock[], title?: string): number | null {
  return analyseStructure(blocks, title).titlePos;
}

export function createContext(input: CheckInput): CheckContext {
  const units = buildUnits(input.blocks);
  const structure = analyseStructure(input.blocks, input.title);
  // The title inside the document counts too: a renamed file must not lose 暂行/试行.
  const inDocument = structure.titlePos === null ? '' : (input.blocks[structure.titlePos] as TextBlock).text;
  const both = input.title && !input.title.includes(inDocument.trim()) ? `${input.title} ${inDocument}` : (input.title ?? inDocument);
  const title = normalize(both, { collapseWhitespace: true }).text.trim();
  const amountCache = new Map<number, FoundAmount[]>();
  const dateCache = new Map<number, FoundDate[]>();
  return {
    blocks: input.blocks,
    units,
    type: input.type,
    title,
    structure,
    fullText: units.map((u) => u.text).join('\n'),
    options: resolveOptions(input.options),
    amounts(unit: TextUnit) {
      let v = amountCache.get(unit.id);
      if (!v) amountCache.set(unit.id, (v = findAmounts(unit.text)));
      return v;
    },
    dates(unit: TextUnit) {
      let v = dateCache.get(unit.id);
      if (!v) dateCache.set(unit.id, (v = findDates(unit.text)));
      return v;
    },
  };
}
