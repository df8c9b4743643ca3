import { BASIS } from '../basis.js';
import { parseCount } from '../text/cn-numerals.js';
import { dateKey, type FoundDate } from '../text/dates.js';
import type { TextUnit } from '../text/units.js';
import type { CheckContext, Rule, UnitHit } from '../types.js';

const HAS_VALIDITY_RE =
  /有效期|有效至|施行期限|实施期限|执行期限|试行期|长期有效|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(废止|失效|止)|(施行|实施|执行)[^。;\n]{0,12}?至\s*\d{4}\s*年/;

export const normativeNoValidity: Rule = {
  id: 'normative.no-validity-period',
  ref: 'P-NS-VALID',
  title: '未载明有效期',
  types: ['normative'],
  severity: 'should',
  message: '规范性文件未载明有效期',
  basis: BASIS.validity,
  suggestion: '建议在附则中写明施行日期和有效期（如“自××××年××月××日起施行，有效期×年”）。',
  check(ctx) {
    if (ctx.fullText.trim() === '' || HAS_VALIDITY_RE.test(ctx.fullText)) return [];
    return [{ anchor: 'title' }];
  },
};

const NUM = '[\\d零〇一二两三四五六七八九十]+';
const YEARS_RE = new RegExp(`(有效期|试行期|施行期限|实施期限|执行期限)(限)?\\s*(为|是|:|暂定为?)?\\s*(${NUM})\\s*(个)?\\s*(周年|年)`, 'g');
const UNTIL_RE = /(有效期|有效期限|施行期限|实施期限|执行期限)[^。;\n]{0,40}?(至|到|截至|截止到?)\s*$/;
const START_RE = /自\s*$/;
const PERPETUAL_RE = /长期有效|永久有效|长期执行/g;

function isTrial(ctx: CheckContext): boolean {
  const head = ctx.units.slice(0, 6).map((u) => u.text).join('\n');
  return /暂行|试行/.test(ctx.title) || /《[^》]*(暂行|试行)[^》]*》|(暂行|试行)(办法|规定|细则|意见|方案)/.test(head);
}

/** The document's own date (成文日期): the last short block that is only a date. */
function issueDate(ctx: CheckContext): FoundDate | null {
  for (let i = ctx.units.length - 1; i >= 0; i--) {
    const unit = ctx.units[i] as TextUnit;
    const t = unit.text.trim();
    if (t.length === 0 || t.length > 20) continue;
    const d = ctx.dates(unit).find((x) => x.year !== null && x.valid);
    if (d && t.replace(/\s/g, '') === d.raw.replace(/\s/g, '')) return d;
  }
  return null;
}

function yearsBetween(a: FoundDate, b: FoundDate): number {
  const ka = dateKey({ year: a.year as number, month: a.month, day: a.day });
  const kb = dateKey({ year: b.year as number, month: b.month, day: b.day });
  const whole = (b.year as number) - (a.year as number);
  // Fractional years matter only at the boundary: over the limit means strictly after the anniversary.
  return kb > ka + whole * 10000 ? whole + 0.5 : whole;
}

export const normativeValidityOver: Rule = {
  id: 'normative.validity-over-5y',
  ref: 'P-NS-VALID',
  title: '有效期超过上限',
  types: ['normative'],
  severity: 'should',
  message: '有效期超过本单位设定的上限',
  basis: BASIS.validity,
  suggestion: '建议将有效期调整在本地规定的上限以内（一般不超过5年，“暂行”“试行”的一般不超过2年），届满前评估后决定是否延续。',
  check(ctx) {
    const trial = isTrial(ctx);
    const limit = trial ? ctx.options.normativeTrialMaxYears : ctx.options.normativeMaxYears;
    const limitText = `${trial ? '名称含“暂行”“试行”的文件，' : ''}本单位设定的上限为${limit}年〔实务〕`;
    const hits: UnitHit[] = [];
    const issued = issueDate(ctx);
    for (const unit of ctx.units) {
      for (const m of unit.text.matchAll(YEARS_RE)) {
        const n = parseCount(m[4] as string);
        if (n === null || n <= limit || n >= 1000) continue;
        hits.push({ unit, start: m.index, end: m.index + m[0].length, message: `有效期为${n}年；${limitText}` });
      }
      for (const m of unit.text.matchAll(PERPETUAL_RE)) {
        hits.push({ unit, start: m.index, end: m.index + m[0].length, message: `规定“${m[0]}”，未设定有效期限；${limitText}` });
      }
      const dates = ctx.dates(unit);
      for (let i = 0; i < dates.length; i++) {
        const end = dates[i] as FoundDate;
        if (end.year === null || !end.valid) continue;
        const lead = unit.text.slice(Math.max(0, end.start - 60), end.start);
        if (!UNTIL_RE.test(lead)) continue;
        // Start: a 自…起 date just before, else the document's own date.
        const prev = dates[i - 1];
        const start =
          prev && prev.year !== null && prev.valid && START_RE.test(unit.text.slice(Math.max(0, prev.start - 3), prev.start))
            ? prev
            : issued;
        if (!start || yearsBetween(start, end) <= limit) continue;
        hits.push({
          unit,
          start: end.start,
          end: end.end,
          message: `有效期自${start.raw}至${end.raw}，超过${limit}年；${limitText}`,
        });
      }
    }
    return hits;
  },
};
