import { CONTRACT_TYPES, hasPublicParty, negatedBefore, scan } from './helpers.js';
import { BASIS } from '../basis.js';
import { parseCount } from '../text/cn-numerals.js';
import { formatCents } from '../text/amount.js';
import type { Rule, UnitHit } from '../types.js';
import { guarded } from './guarded.js';

const NUM = '[\\d零〇一二两三四五六七八九十百]+';
const PAY_DAYS_RE = new RegExp(`(${NUM})\\s*(个)?\\s*(工作日|日|天|月)\\s*内[^。;\\n]{0,12}?(支付|付款|付清|结清|拨付|结算)`, 'g');
const PAY_DAYS = guarded('payment within days', PAY_DAYS_RE, /[日天月]\s*内/);
const PAY_OTHER_RE =
  /审计[^。;\n]{0,10}?(结果|结论|审定|报告)[^。;\n]{0,10}?(结算|依据|为准|支付)|(收到|到位|拨付)[^。;\n]{0,12}?(款|资金|拨款)[^。;\n]{0,6}?后[^。;\n]{0,8}?(支付|付款)|背靠背|保证金[^。;\n]{0,10}?现金|现金[^。;\n]{0,6}?保证金|垫资/g;

export const paymentSmeTerms: Rule = {
  id: 'payment.sme-terms',
  ref: 'P-PAY-SME',
  title: '中小企业款项支付条款',
  types: CONTRACT_TYPES,
  severity: 'hint',
  message: '付款条款可能不符合保障中小企业款项支付条例',
  basis: BASIS.sme,
  suggestion:
    '如采购方为机关、事业单位、供应方为中小企业，付款期限应为自交付（验收合格）之日起30日内，另有约定的最长不超过60日；大型企业采购的，60日是默认期限，另有约定的应合理并及时支付。删除以审计结果、第三方付款为付款条件及要求垫资、现金保证金的约定。',
  check(ctx) {
    const publicBuyer = hasPublicParty(ctx.fullText.slice(0, 3000));
    const severity = publicBuyer ? ('should' as const) : ('hint' as const);
    const days = scan(ctx, PAY_DAYS, (m, unit): UnitHit | null => {
      const n = parseCount(m[1] as string);
      if (n === null) return null;
      const unitName = m[3] as string;
      const calendarDays = unitName === '月' ? n * 30 : unitName === '工作日' ? Math.ceil((n * 7) / 5) : n;
      if (calendarDays <= 60) return null;
      // 60 days is a ceiling only for 机关、事业单位 (第9条第1款); for a large company it is the default
      // that a reasonable contract term may replace (第2款), so the text only prompts a check there.
      const term = `付款期限为${m[1]}${m[2] ?? ''}${unitName}`;
      const message = publicBuyer
        ? `${term}，超过机关、事业单位付款期限最长60日的规定`
        : `${term}，超过60日默认期限；大型企业与中小企业另有约定的从其约定，但应合理，请核实`;
      return { unit, start: m.index, end: m.index + m[0].length, severity, message };
    });
    const other = scan(ctx, PAY_OTHER_RE, (m, unit): UnitHit | null =>
      negatedBefore(unit.text, m.index, 10)
        ? null
        : {
            unit,
            start: m.index,
            end: m.index + m[0].length,
            severity,
            message: `付款条款含“${m[0]}”，可能属于以审计结果或第三方付款为付款条件、要求垫资或现金保证金的情形`,
          },
    );
    return [...days, ...other];
  },
};

const DEPOSIT_PCT_RE = /定金[^。;\n]{0,20}?(?:(\d+(?:\.\d+)?)\s*%|百分之([一二三四五六七八九十]+))/g;
const DEPOSIT_AMT_RE = /定金/g;
const TOTAL_RE = /(合同总价款?|总价款|合同价款|合同金额|合同总金额|总金额|转让价款|转让总价|价款总额|租金总额|总价)/g;

export const depositOver20: Rule = {
  id: 'deposit.over-20-percent',
  ref: 'P-DEP-20',
  title: '定金超过标的额20%',
  types: CONTRACT_TYPES,
  severity: 'should',
  message: '定金超过主合同标的额的20%，超过部分不产生定金效力',
  basis: BASIS.deposit,
  suggestion: '建议将定金调整为不超过合同标的额的20%，或将超出部分明确为预付款。',
  check(ctx) {
    const hits: UnitHit[] = [];
    for (const m of ctx.units.flatMap((unit) => [...unit.text.matchAll(DEPOSIT_PCT_RE)].map((x) => ({ unit, x })))) {
      const pct = m.x[1] !== undefined ? Number(m.x[1]) : parseCount(m.x[2] as string);
      if (pct === null || pct <= 20 || negatedBefore(m.unit.text, m.x.index)) continue;
      hits.push({ unit: m.unit, start: m.x.index, end: m.x.index + m.x[0].length, message: `定金为${pct}%，超过20%` });
    }
    // Amounts: the deposit figure vs the contract total stated elsewhere.
    let total: number | null = null;
    for (const unit of ctx.units) {
      for (const t of unit.text.matchAll(TOTAL_RE)) {
        const a = ctx.amounts(unit).find((x) => x.start >= t.index && x.start - (t.index + t[0].length) <= 20);
        if (a && (total === null || a.cents > total)) total = a.cents;
      }
    }
    if (total === null || total === 0) return hits;
    for (const unit of ctx.units) {
      for (const d of unit.text.matchAll(DEPOSIT_AMT_RE)) {
        const after = d.index + d[0].length;
        const a = ctx.amounts(unit).find((x) => x.start >= after && x.start - after <= 15);
        if (!a || negatedBefore(unit.text, d.index) || a.cents * 5 <= total) continue;
        if (hits.some((h) => h.unit === unit && h.start === d.index)) continue;
        hits.push({
          unit,
          start: d.index,
          end: a.end,
          message: `定金${formatCents(a.cents)}，占合同总额${formatCents(total)}的${((a.cents / total) * 100).toFixed(1)}%，超过20%`,
        });
      }
    }
    return hits;
  },
};

const CN_SMALL = '[\\d一二三四五六七八九十]+';
const DAILY_RE = new RegExp(
  `(每日|每天|日|每逾期一日|每延迟一日|每迟延一日|每逾期一天|按日)[^。;\\n]{0,20}?(?:万分之(${CN_SMALL})|千分之(${CN_SMALL})|(\\d+(?:\\.\\d+)?)\\s*(%|‰))`,
  'g',
);
const LUMP_RE = /违约金[^。;\n]{0,24}?(?:(\d+(?:\.\d+)?)\s*%|百分之([一二三四五六七八九十]+))/g;

export const penaltyHigh: Rule = {
  id: 'contract.penalty-high',
  ref: 'P-LD-HIGH',
  title: '违约金比例偏高',
  types: CONTRACT_TYPES,
  severity: 'hint',
  message: '违约金（逾期违约金）比例偏高，可能被认定为过分高于造成的损失',
  basis: BASIS.penalty,
  suggestion: '请结合可能造成的实际损失评估违约金标准是否适当；过分高于损失的，对方可请求人民法院或仲裁机构适当减少。',
  check(ctx) {
    const limit = ctx.options.penaltyDailyRateLimit;
    const daily = scan(ctx, DAILY_RE, (m, unit): UnitHit | null => {
      const rate =
        m[2] !== undefined
          ? (parseCount(m[2]) ?? 0) / 10000
          : m[3] !== undefined
            ? (parseCount(m[3]) ?? 0) / 1000
            : Number(m[4]) / (m[5] === '‰' ? 1000 : 100);
      if (!(rate >= limit)) return null;
      return { unit, start: m.index, end: m.index + m[0].length, message: `按日计算的违约金比例为每日${(rate * 100).toFixed(2)}%，折合年化约${Math.round(rate * 36500)}%` };
    });
    const lump = scan(ctx, LUMP_RE, (m, unit): UnitHit | null => {
      const pct = m[1] !== undefined ? Number(m[1]) : parseCount(m[2] as string);
      if (pct === null || pct < 30) return null;
      return { unit, start: m.index, end: m.index + m[0].length, message: `违约金为合同相关金额的${pct}%` };
    });
    return [...daily, ...lump];
  },
};

const EXEMPT_RE =
  /人身(伤害|损害|伤亡|安全事故|意外|损伤)[^。;\n]{0,20}?(概不负责|不承担[^。;,\n]{0,4}?责任|免责|一概不负|不负任何责任|不负责任)|(故意|重大过失)[^。;\n]{0,12}?(不承担[^。;,\n]{0,4}?责任|免责|概不负责|不负责任)/g;

export const contractExemption: Rule = {
  id: 'contract.exemption',
  ref: 'P-EXEMPT',
  title: '无效免责条款',
  types: CONTRACT_TYPES,
  severity: 'must',
  message: '免除造成对方人身损害或因故意、重大过失造成财产损失的责任，该免责条款无效',
  basis: BASIS.exemption,
  suggestion: '建议删除或修改该免责条款：造成对方人身损害的责任，以及因故意或者重大过失造成对方财产损失的责任，不得约定免除。',
  check(ctx) {
    return scan(ctx, EXEMPT_RE, (m, unit, sentence): UnitHit | null => {
      if (/除外/.test(sentence)) return null;
      const hit: UnitHit = { unit, start: m.index, end: m.index + m[0].length };
      // Whose fault is excused is often unclear from the words alone: let the reviewer judge.
      if (m[3] !== undefined) {
        hit.severity = 'should';
        hit.message = '涉及故意或重大过失情形下不承担责任的约定，请核实是否免除了一方因故意或重大过失造成对方财产损失的责任';
      }
      return hit;
    });
  },
};
