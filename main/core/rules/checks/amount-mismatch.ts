import { ALL_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import { formatCents, type FoundAmount } from '../text/amount.js';
import type { Rule, UnitHit } from '../types.js';
import { wordsFiguresMismatches } from './amount-words-figures.js';

/** Only brackets, colons, labels and separators between an uppercase amount and its figure. */
const SEP = '[\\s()\\[\\]【】:,、\\u001f\\n=即为计共是]';
const FILLER_RE = new RegExp(`^${SEP}*(?:(?:大写|小写|金额|人民币|RMB|¥|合计|总计|总价|价款)${SEP}*)*$`);
const MAX_GAP = 30;

function paired(text: string, a: FoundAmount, b: FoundAmount): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  return between.length <= MAX_GAP && FILLER_RE.test(between);
}

export const amountMismatch: Rule = {
  id: 'amount.mismatch',
  excerpt: 'match',
  ref: 'P-AMT-CASE',
  title: '大小写金额不一致',
  types: ALL_TYPES,
  severity: 'must',
  message: '大写金额与小写金额不一致',
  basis: BASIS.amountCase,
  suggestion: '建议核实该笔金额，统一大写与小写金额的表述，确保二者一致。',
  check(ctx) {
    const hits: UnitHit[] = [];
    for (const unit of ctx.units) {
      // Any quantity stated in words and digits side by side ("肆仟(4200)市斤", "4200(肆仟)").
      for (const p of wordsFiguresMismatches(unit.text)) {
        hits.push({
          unit,
          start: p.start,
          end: p.end,
          message: `大写数字“${p.words}”（${p.wordsValue}）与阿拉伯数字“${p.figure}”不一致`,
        });
      }
      const amounts = ctx.amounts(unit);
      if (amounts.length < 2) continue;
      for (let i = 0; i < amounts.length; i++) {
        const u = amounts[i] as FoundAmount;
        if (u.kind !== 'uppercase') continue;
        // Its figure is the nearest filler-connected figure on either side.
        const neighbours = [amounts[i - 1], amounts[i + 1]].filter(
          (a): a is FoundAmount => a !== undefined && a.kind === 'figure' && paired(unit.text, u, a),
        );
        if (neighbours.length === 0 || neighbours.some((f) => f.cents === u.cents)) continue;
        const f = neighbours[0] as FoundAmount;
        const sameBlock = unit.charBlock[u.start] === unit.charBlock[f.start];
        const start = sameBlock ? Math.min(u.start, f.start) : u.start;
        const end = sameBlock ? Math.max(u.end, f.end) : u.end;
        hits.push({
          unit,
          start,
          end,
          message: `大写金额“${u.raw}”（${formatCents(u.cents)}）与小写金额“${f.raw}”（${formatCents(f.cents)}）不一致`,
        });
      }
    }
    return hits;
  },
};
