import { ALL_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Rule, UnitHit } from '../types.js';
import type { Severity } from '../../../../shared/domain/matter.js';

const LOWERCASE_RE = /[一二两三四五六七八九十百千〇0廿念毛另]/;
const RANK: Record<Severity, number> = { hint: 0, should: 1, must: 2 };

export const amountStyle: Rule = {
  id: 'amount.style',
  excerpt: 'match',
  ref: 'P-AMT-STYLE',
  title: '大写金额书写不规范',
  types: ALL_TYPES,
  severity: 'should',
  message: '大写金额书写不规范',
  basis: BASIS.amountStyle,
  suggestion: '建议按中文大写金额的书写规范改写该金额（使用壹贰叁…拾佰仟，元后加“整”，前加“人民币”）。',
  check(ctx) {
    const hits: UnitHit[] = [];
    for (const unit of ctx.units) {
      for (const a of ctx.amounts(unit)) {
        if (a.kind !== 'uppercase') continue;
        const issues: string[] = [];
        let severity: Severity = 'hint';
        const bump = (s: Severity): void => {
          if (RANK[s] > RANK[severity]) severity = s;
        };
        const lower = LOWERCASE_RE.exec(a.raw);
        if (lower) {
          issues.push(`使用了小写数字“${lower[0]}”`);
          bump('should');
        }
        if (/[元圆]$/.test(a.raw)) {
          issues.push('“元”后未写“整”（或“正”）');
          bump(ctx.options.strictZheng ? 'should' : 'hint');
        }
        if (/分[整正]$/.test(a.raw)) {
          issues.push('“分”后不应写“整”');
          bump('hint');
        }
        const before = unit.text.slice(Math.max(0, a.start - 12), a.start);
        if (/人民币 +$/.test(before)) {
          issues.push('“人民币”与金额之间留有空白');
          bump('hint');
        } else if (!/人民币[():大写]*$/.test(before)) {
          issues.push('前面未标明“人民币”');
          bump('hint');
        }
        if (issues.length === 0) continue;
        hits.push({ unit, start: a.start, end: a.end, severity, message: `大写金额“${a.raw}”${issues.join('；')}` });
      }
    }
    return hits;
  },
};
