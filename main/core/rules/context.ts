import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { CheckOptions } from '../../../shared/domain/finding.js';
import { findAmounts, type FoundAmount } from './text/amount.js';
import { findDates, type FoundDate } from './text/dates.js';
import { normalize } from './text/normalize.js';
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

/**
 * The block that carries the document's title: the caller's title if a block near the top
 * contains it, else the first heading, else the first non-empty block.
 */
export function titleBlockPosition(blocks: readonly TextBlock[], title?: string): number | null {
  const top = blocks.slice(0, 15);
  if (title !== undefined && title.trim() !== '') {
    const wanted = normalize(title, { collapseWhitespace: true }).text.replace(/\s/g, '');
    const hit = top.findIndex((b) => {
      const t = normalize(b.text).text.replace(/\s/g, '');
      return t !== '' && (t.includes(wanted) || (t.length >= 4 && wanted.includes(t)));
    });
    if (hit >= 0) return hit;
  }
  const heading = top.findIndex((b) => b.kind === 'heading' && b.text.trim() !== '');
  if (heading >= 0) return heading;
  const first = blocks.findIndex((b) => b.text.trim() !== '');
  return first >= 0 ? first : null;
}

export function createContext(input: CheckInput): CheckContext {
  const units = buildUnits(input.blocks);
  const titlePos = titleBlockPosition(input.blocks, input.title);
  const derivedTitle = titlePos === null ? '' : (input.blocks[titlePos] as TextBlock).text;
  const title = normalize(input.title ?? derivedTitle, { collapseWhitespace: true }).text.trim();
  const amountCache = new Map<number, FoundAmount[]>();
  const dateCache = new Map<number, FoundDate[]>();
  return {
    blocks: input.blocks,
    units,
    type: input.type,
    title,
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
