import { ALL_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import { dateKey, findDateRanges } from '../text/dates.js';
import type { Rule, UnitHit } from '../types.js';

export const dateInvalid: Rule = {
  id: 'date.invalid',
  excerpt: 'match',
  title: '日期错误',
  types: ALL_TYPES,
  severity: 'should',
  message: '日期不存在',
  basis: BASIS.dateTerm,
  suggestion: '建议核对并更正该日期。',
  check(ctx) {
    const hits: UnitHit[] = [];
    for (const unit of ctx.units) {
      const dates = ctx.dates(unit);
      for (const d of dates) {
        if (d.valid) continue;
        const what = d.month < 1 || d.month > 12 ? `不存在${d.month}月` : `${d.month}月没有${d.day}日`;
        const leap = d.month === 2 && d.day === 29 && d.year !== null ? `（${d.year}年不是闰年）` : '';
        hits.push({ unit, start: d.start, end: d.end, message: `日期“${d.raw}”不存在：${what}${leap}` });
      }
      for (const r of findDateRanges(unit.text, dates)) {
        if (r.from.year === null || r.toYear === null || !r.from.valid || !r.to.valid) continue;
        const a = dateKey({ year: r.from.year, month: r.from.month, day: r.from.day });
        const b = dateKey({ year: r.toYear, month: r.to.month, day: r.to.day });
        if (b >= a) continue;
        hits.push({
          unit,
          start: r.from.start,
          end: r.to.end,
          message: `结束日期“${r.to.raw}”早于开始日期“${r.from.raw}”`,
          suggestion: '建议核对起止日期，确保结束日期不早于开始日期。',
        });
      }
    }
    return hits;
  },
};
