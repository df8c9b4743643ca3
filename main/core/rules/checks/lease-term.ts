import { LEASE_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import { CN_NUMERAL_CHARS, parseCount } from '../text/cn-numerals.js';
import { addYears, dateKey, findDateRanges, type DateRange } from '../text/dates.js';
import type { TextUnit } from '../text/units.js';
import type { CheckContext, Rule, UnitHit } from '../types.js';
import { statesStatutoryTerm } from './statutory-term.js';
import { LENGTH_TERM_RE, worksContract } from './lease-length.js';
import { guarded, matchesIn } from './guarded.js';

const LIMIT_YEARS = 20;
// Every numeral form contracts use for a term, financial uppercase included (叁拾年, 贰拾伍年):
// drafters write terms the way they write amounts.
const NUM_CHARS = `\\d${CN_NUMERAL_CHARS.replace(/[万萬亿億]/g, '')}`;
const NUM = `[${NUM_CHARS}]+`;
/** A term written twice, in words and figures: "三十（30）年", "30（叁拾）年". */
const TWICE = `(?:\\s*[(（]\\s*[${NUM_CHARS}]+\\s*[)）])?`;
/**
 * "租赁期限为三十年", "租期：30年", "承包期限共计50年", "流转期限为二十五年", "承租经营期限为30年", and the total after the
 * dates: "承包期限：从2005年7月1日起至2030年7月1日止，共贰拾伍年".
 */
const YEARS_RE = new RegExp(
  `(租赁|租用|承租|出租|租|承包|流转)(?:经营|使用)?(期限|期|年限)(?:[^。;\\n]{0,24}?|[^。;\\n]{0,48}?[，,](?:共|共计|合计|计|总计))(?<![${NUM_CHARS}第])(${NUM})${TWICE}\\s*(个)?\\s*(周年|年)(?!\\d|\\s*\\d{1,2}\\s*月|[${'零〇一二三四五六七八九十'}]{1,2}月)`,
  'g',
);
/**
 * Verb + counterparty + term, the word order of judgments and land deals: "承租给被告，期限为30年",
 * "租赁给了…管委会…，期限50年", "出租给苏某某开发经营，租期限为70年", "将果园承包给被告谢某某经营，经营期限为30年".
 */
const VERB_TERM_RE = new RegExp(
  `(出租|租赁|承租|租|承包|发包|转包|流转)(给|予|与)[^。;\\n]{0,40}?(租期|期限|租赁期|年限)(限)?\\s*(为|是|:)?\\s*(共|计)?\\s*(?<![${NUM_CHARS}第])(?<years>${NUM})${TWICE}\\s*(个)?\\s*(周年|年)(?!\\d|\\s*\\d{1,2}\\s*月)`,
  'g',
);
/**
 * Verb + its object + a bare term, with no 给 between: "甲方将本村东沟荒地120亩出租，期限为三十年", "乙方租用甲方
 * 集体土地50亩建养殖场，期限25年", "租赁甲方厂房一栋，租用时间为贰拾伍年". The words before the term must not make
 * it another period (付款期限, 保修期限, 建设期限 …): checked in code.
 */
const VERB_OBJECT_TERM_RE = new RegExp(
  `(出租|租赁|租用|承租|承包|发包|转包|流转)(?!给|予|与)[^。;\\n]{0,40}?(租期|期限|年限|时间)(限)?\\s*(为|是|:)?\\s*(共|计)?\\s*(?<![${NUM_CHARS}第])(?<years>${NUM})${TWICE}\\s*(个)?\\s*(周年|年)(?!\\d|\\s*\\d{1,2}\\s*月|[${'零〇一二三四五六七八九十'}]{1,2}月)`,
  'g',
);
// The land-use right under the premises (土地使用年限, 出让年限) is not the lease.
const OTHER_PERIOD_RE = /(土地使用|使用权|出让|产权|执照经营|执照|付款|支付|缴费|缴纳|保修|质保|保证|建设|施工|工程|交付|履行|还款|借款|整改|宽限|免租|装修|筹建|试用|试营|营业|有效|结算|通知|答复|异议|诉讼|仲裁|质量|合作)$/;
const TERM_LABEL_RE = /^\s*([一二三四五六七八九十\d]+[、.．]\s*)?(租赁|租用|承租|出租|租|承包|流转)(经营|使用)?(期限|期|年限)\s*[:：]?\s*$/;
const TERM_VALUE_RE = new RegExp(`^\\s*(?:为|共|计)?\\s*(${NUM})${TWICE}\\s*(?:个)?\\s*(?:周年|年)(?!\\d|\\s*\\d{1,2}\\s*月)`);
/**
 * A term as a range of years or months, with no day: "承包期限自2001年3月至2031年2月止", "租赁期限：2005年至2035年"
 * or "2005—2035年" with the first 年 left out (full dates are read by findDateRanges).
 */
const YEAR_RANGE_RE = /(?<![\d.\-/])(\d{4})\s*(?:年(?:\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号]))?(?:\s*(?:起|开始|份))?|(?=\s*(?:—{1,2}|–|-|~|至)\s*\d{4}\s*年))\s*[,，]?\s*(?:至|到|—{1,2}|–|-|~)\s*(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号]))?(?!\s*\d{1,2}\s*月)/g;
/**
 * "本合同期限为三十年", "合同有效期为25年": in a lease or contracting agreement the contract's term is the
 * lease term (read only when the title says the contract is one).
 */
const CONTRACT_TERM_RE = new RegExp(
  `(本)?(合同|协议)(有效)?(期限|期|年限)[^。;\\n]{0,8}?(?<![${NUM_CHARS}第])(${NUM})${TWICE}\\s*(个)?\\s*(周年|年)(?!\\d|\\s*\\d{1,2}\\s*月)`,
  'g',
);
const CONTRACT_TERM = guarded('contract term in years', CONTRACT_TERM_RE, /(?:合同|协议)(?:有效)?(?:期|年限)/);
/**
 * The term as the 年限/期限 of what is leased: "租赁的地块所有权年限为30年", "承包的林地使用期限为五十年",
 * "流转土地的经营年限为25年" — verb + 的 + the land or premises, then its term.
 */
const OBJECT_TERM_RE = new RegExp(
  `(租赁|租用|承租|出租|承包|流转)(?:的)?(?:土地|地块|林地|山林|山场|耕地|荒山|鱼塘|水面|场地|房屋|厂房|门面|商铺)[^。;,，\\n]{0,8}?(?:期限|年限)\\s*(?:为|是|:)?\\s*(?:共|计)?\\s*(?<![${NUM_CHARS}第])(?<years>${NUM})${TWICE}\\s*(个)?\\s*(周年|年)(?!\\d|\\s*\\d{1,2}\\s*月)`,
  'g',
);
/**
 * Round twelve (A): the term in months ("租赁期限为三百个月", "租期360个月": 民法典第705条 counts the time, not the unit),
 * and the term with no 期限 word after the verb ("租给乙方使用三十年", "租赁给乙方经营，为期三十年").
 */
const MONTHS_RE = new RegExp(
  `(租赁|租用|承租|出租|租|承包|流转)(?:经营|使用)?(期限|期|年限|时间)[^。;\\n]{0,12}?(?<![${NUM_CHARS}第])(${NUM})\\s*个\\s*月`,
  'g',
);
const FOR_YEARS_RE = new RegExp(
  `(出租|租赁|租用|承租|租|承包|发包|转包|流转)(?:给|予|与)?[^。;\\n]{0,40}?(为期|使用|经营|耕种)\\s*(?<![${NUM_CHARS}第])(?<years>${NUM})${TWICE}\\s*(个)?\\s*(周年|年)(?!\\d|\\s*\\d{1,2}\\s*月|后|以后|之后|内|以内|[${'零〇一二三四五六七八九十'}]{1,2}月)`,
  'g',
);
/**
 * Round sixteen: the term told in the words of a report, after the lease in the same sentence — "将2200亩集体林地分批发包
 * 出去，租金定价为3.5元/亩/年，一口气签了50年", "荒山租给外地老板，一租就是30年". A lease verb must come first: "签了5年
 * 的劳动合同" leases nothing.
 */
const TOLD_TERM_RE = new RegExp(
  `(出租|租赁|租给|租出|租用|发包|承包|流转|转包|租金)[^。;\\n]{0,60}?(签了|签下了?|签订了|一签就是|一租就是|一包就是|一转就是|长达)\\s*(?<![${NUM_CHARS}第])(?<years>${NUM})${TWICE}\\s*(个)?\\s*(周年|年)(?!\\d|\\s*\\d{1,2}\\s*月|后|以后|之后|内|以内|代|[${'零〇一二三四五六七八九十'}]{1,2}月)|(一租|一包|一签)就是\\s*(?<years2>${NUM})\\s*(个)?\\s*(周年|年)(?!\\d|后|以后|之后|内|以内|代)`,
  'g',
);
// Every match holds one of its told verbs: units without one are skipped unread (the lease verbs are everywhere in a lease).
const TOLD_TERM = guarded('lease term told in a report', TOLD_TERM_RE, /签了|签下|签订了|就是|长达/);
const LEASE_TITLE_RE = /租赁|出租|承租|租用|承包|流转/;
/** Works and service contracting (工程承包, 劳务承包) is not a lease of land or premises. */
const NOT_LEASE_TITLE_RE = /工程|施工|劳务|服务|委托|代理|设计|监理/;
/** A lease or transfer without end: "永久不变", "永久使用", "无限期". */
// The term itself given as without end: "租赁期限为长期", "租期：长期", "流转期限为永久" — an open-ended lease
// escapes the 20-year ceiling (民法典第705条) as much as a number over it ("长期" there is no number to read).
const FOREVER_RE = /(出租|租赁|租用|流转)[^。;\n]{0,30}?(永久|无限期|永远)|(永久|无限期)[^。;\n]{0,4}?(租赁|租用|出租|流转)|(租赁|租用|承租|出租|租|流转)(经营|使用)?(期限|期|年限)\s*(为|是|:|：)?\s*(长期|永久|无限期|永续)(?![^。;\n]{0,4}(合作|关系|稳定|发展))/g;
const LEASE_WORD_RE = /租赁|租期|出租|承租|租用|租金/;
const LAND_RE = /土地经营权|承包地|土地承包|流转|承包经营|耕地|林地|草地|鱼塘|山林/;
/**
 * Household contracting (家庭承包) terms are set by law, not agreed: 耕地三十年, extended by thirty
 * years at the end of the second round (农村土地承包法第21条). A term read off a 承包经营权证 or
 * stated for the 二轮承包/延包 is not a lease term.
 */
// A law's article quoted ("土地管理法第十四条规定，…土地承包经营期限为三十年") states the statute's term.
const STATUTORY_CONTRACTING_RE = /承包经营权证|经营权证书|家庭承包|二轮承包|第二轮|二轮延包|延包|再延长三十年|确权登记|(法|条例)第[一二三四五六七八九十百零〇\d]+条(第[一二三四五六七八九十\d]+款)?(规定|明确)/;
const KEYWORD_BEFORE_RE = /(租赁|租用|承租|出租|租|承包|流转|使用|经营)(期限|期|年限|时间)|期限/;

function kind(ctx: CheckContext, keyword: string): 'lease' | 'land' {
  if (/承包|流转/.test(keyword) || (LAND_RE.test(ctx.fullText) && !/房屋|商铺|门面|厂房/.test(ctx.title))) {
    return 'land';
  }
  return 'lease';
}

function hitFor(ctx: CheckContext, unit: TextUnit, start: number, end: number, years: string, keyword: string): UnitHit {
  if (kind(ctx, keyword) === 'land') {
    return {
      unit,
      start,
      end,
      severity: 'hint',
      message: `约定的期限为${years}，超过二十年；如属土地承包经营权流转，应以承包期剩余期限为限，请人工判断`,
      basis: `${BASIS.land38}${BASIS.lease705}`,
    };
  }
  return { unit, start, end, message: `租赁期限为${years}，超过二十年，超过部分无效` };
}

export const leaseTermOver20: Rule = {
  id: 'lease.term-over-20y',
  ref: 'P-LS-20Y',
  title: '租赁期限超过二十年',
  types: LEASE_TYPES,
  severity: 'must',
  message: '租赁期限超过二十年，超过部分无效',
  basis: BASIS.lease705,
  suggestion: '建议将租赁期限调整为不超过二十年；确需长期租赁的，可约定期限届满后依法续订（续订期限自续订之日起不超过二十年）。',
  check(ctx) {
    if (!LEASE_WORD_RE.test(ctx.fullText) && !LAND_RE.test(ctx.fullText) && !/承包|发包/.test(ctx.fullText)) return [];
    const hits: UnitHit[] = [];
    for (let i = 0; i < ctx.units.length; i++) {
      const unit = ctx.units[i] as TextUnit;
      for (const m of unit.text.matchAll(YEARS_RE)) {
        const n = parseCount(m[3] as string);
        if (n === null || n <= LIMIT_YEARS || n >= 1000) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `${n}年`, m[0]));
      }
      for (const m of unit.text.matchAll(VERB_TERM_RE)) {
        const n = parseCount(m.groups?.years ?? '');
        if (n === null || n <= LIMIT_YEARS || n >= 1000) continue;
        const termAt = m.index + m[0].lastIndexOf(m[3] as string, m[0].length - (m.groups?.years ?? '').length);
        if (OTHER_PERIOD_RE.test(unit.text.slice(Math.max(0, termAt - 4), termAt))) continue;
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `${n}年`, m[1] as string));
      }
      for (const m of unit.text.matchAll(OBJECT_TERM_RE)) {
        const n = parseCount(m.groups?.years ?? '');
        if (n === null || n <= LIMIT_YEARS || n >= 1000) continue;
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `${n}年`, m[1] as string));
      }
      // A label block and its value in the next one ("承包年限" / "叁拾年"), as forms and tables lay it out.
      const next = ctx.units[i + 1];
      if (next && TERM_LABEL_RE.test(unit.text)) {
        const v = TERM_VALUE_RE.exec(next.text);
        const n = v ? parseCount(v[1] as string) : null;
        if (v && n !== null && n > LIMIT_YEARS && n < 1000) hits.push(hitFor(ctx, next, v.index, v.index + v[0].length, `${n}年`, unit.text));
      }
      for (const m of unit.text.matchAll(VERB_OBJECT_TERM_RE)) {
        const n = parseCount(m.groups?.years ?? '');
        if (n === null || n <= LIMIT_YEARS || n >= 1000) continue;
        const termAt = m.index + m[0].lastIndexOf(m[2] as string, m[0].length - (m.groups?.years ?? '').length);
        if (OTHER_PERIOD_RE.test(unit.text.slice(Math.max(0, termAt - 4), termAt))) continue;
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `${n}年`, m[1] as string));
      }
      for (const m of unit.text.matchAll(MONTHS_RE)) {
        const n = parseCount(m[3] as string);
        if (n === null || n <= LIMIT_YEARS * 12 || n >= 12000) continue;
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `${n}个月（约${Math.floor(n / 12)}年）`, m[0]));
      }
      for (const m of unit.text.matchAll(FOR_YEARS_RE)) {
        const n = parseCount(m.groups?.years ?? '');
        if (n === null || n <= LIMIT_YEARS || n >= 1000) continue;
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `${n}年`, m[1] as string));
      }
      for (const m of matchesIn(unit.text, TOLD_TERM)) {
        const n = parseCount(m.groups?.years ?? m.groups?.years2 ?? '');
        if (n === null || n <= LIMIT_YEARS || n >= 1000) continue;
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        // The excerpt is the told term itself ("一口气签了50年"), the lease it belongs to is in the sentence before it.
        const at = m[2] ? m.index + m[0].lastIndexOf(m[2]) : m.index;
        hits.push(hitFor(ctx, unit, at, m.index + m[0].length, `${n}年`, m[1] ?? m[0]));
      }
      for (const m of unit.text.matchAll(LENGTH_TERM_RE)) {
        const n = parseCount(m.groups?.years ?? '');
        if (n === null || n <= LIMIT_YEARS || n >= 1000 || worksContract(m[0])) continue;
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `${n}年`, m[0]));
      }
      if (LEASE_TITLE_RE.test(ctx.title) && !NOT_LEASE_TITLE_RE.test(ctx.title)) {
        for (const m of matchesIn(unit.text, CONTRACT_TERM)) {
          const n = parseCount(m[5] as string);
          if (n === null || n <= LIMIT_YEARS || n >= 1000) continue;
          if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
          hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `${n}年`, ctx.title));
        }
      }
      for (const m of unit.text.matchAll(FOREVER_RE)) {
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, '永久（无期限）', m[0]));
      }
      // Drop what stands in a sentence about household contracting under the statute.
      for (let h = hits.length - 1; h >= 0; h--) {
        const hit = hits[h] as UnitHit;
        if (hit.unit === unit && (STATUTORY_CONTRACTING_RE.test(sentenceAround(unit.text, hit.start)) || statesStatutoryTerm(unit.text, hit.start, hit.end))) hits.splice(h, 1);
      }
      // Start/end dates: the keyword must be in the same sentence or the block just before.
      const prev = i > 0 ? (ctx.units[i - 1] as TextUnit).text : '';
      for (const r of findDateRanges(unit.text, ctx.dates(unit))) {
        const over = overTwentyYears(r);
        if (!over) continue;
        const lead = unit.text.slice(Math.max(0, r.from.start - 30), r.from.start);
        const keyword = KEYWORD_BEFORE_RE.exec(lead)?.[0] ?? (prev.length <= 30 ? KEYWORD_BEFORE_RE.exec(prev)?.[0] : undefined);
        if (keyword === undefined) continue;
        // One finding per sentence: a stated number of years already reported it.
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, r.from.start))) continue;
        if (STATUTORY_CONTRACTING_RE.test(sentenceAround(unit.text, r.from.start))) continue;
        hits.push(hitFor(ctx, unit, r.from.start, r.to.end, over, keyword));
      }
      for (const m of unit.text.matchAll(YEAR_RANGE_RE)) {
        const months = (Number(m[3]) - Number(m[1])) * 12 + (m[4] ? Number(m[4]) : 12) - (m[2] ? Number(m[2]) : 12);
        if (months <= LIMIT_YEARS * 12 || months >= 1000 * 12) continue;
        const lead = unit.text.slice(Math.max(0, m.index - 30), m.index);
        const keyword = KEYWORD_BEFORE_RE.exec(lead)?.[0] ?? (prev.length <= 30 ? KEYWORD_BEFORE_RE.exec(prev)?.[0] : undefined);
        if (keyword === undefined) continue;
        if (hits.some((h) => h.unit === unit && sameSentence(unit.text, h.start, m.index))) continue;
        if (STATUTORY_CONTRACTING_RE.test(sentenceAround(unit.text, m.index))) continue;
        hits.push(hitFor(ctx, unit, m.index, m.index + m[0].length, `自${m[0]}（约${Math.floor(months / 12)}年）`, keyword));
      }
    }
    return hits;
  },
};

/** The sentence around `i` ("…发放《…承包经营权证》，…，承包期限为…至…止"). */
function sentenceAround(text: string, i: number): string {
  let s = i;
  while (s > 0 && !'。;；\n'.includes(text[s - 1] as string)) s--;
  let e = i;
  while (e < text.length && !'。;；\n'.includes(text[e] as string)) e++;
  return text.slice(s, e);
}

function sameSentence(text: string, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return !/[。;\n]/.test(text.slice(lo, hi));
}

function overTwentyYears(r: DateRange): string | null {
  const { from, to, toYear } = r;
  if (from.year === null || toYear === null || !from.valid || !to.valid) return null;
  const start = { year: from.year, month: from.month, day: from.day };
  const end = { year: toYear, month: to.month, day: to.day };
  if (dateKey(end) <= dateKey(addYears(start, LIMIT_YEARS))) return null;
  const years = end.year - start.year - (dateKey({ ...end, year: 0 }) < dateKey({ ...start, year: 0 }) ? 1 : 0);
  return `自${from.raw}至${to.raw}（约${years}年）`;
}
