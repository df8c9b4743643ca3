import { BASIS } from '../basis.js';
import type { Rule, UnitHit } from '../types.js';
import { guarded, matchesIn } from './guarded.js';

const DOC_TYPES = ['normative', 'opinion', 'decision'] as const;
/** 机关代字 + 年份 + 序号 + 号, in whatever brackets were used. */
const DOCNO_RE = /([\u4e00-\u9fa5]{1,12})\s*(〔|\(|\[|【|〈|<|（)?\s*(\d{2,4})\s*(〕|\)|\]|】|〉|>|）)?\s*(第)?\s*(\d+)\s*号/g;
const DOCNO = guarded('document number', DOCNO_RE, /\d\s*号/);

export const documentNumberFormat: Rule = {
  id: 'document.number-format',
  excerpt: 'match',
  ref: 'P-DOCNO',
  title: '发文字号格式',
  types: DOC_TYPES,
  severity: 'should',
  message: '发文字号格式不规范',
  basis: BASIS.docNumber,
  suggestion: '建议按“机关代字〔年份〕序号号”的格式书写发文字号，如“×政发〔2024〕5号”：年份用全称并用六角括号括入，序号不加“第”字、不编虚位。',
  check(ctx) {
    const hits: UnitHit[] = [];
    for (const unit of ctx.units) {
      for (const m of matchesIn(unit.text, DOCNO)) {
        const [raw, code, open, year, close, di, seq] = m as unknown as Array<string | undefined>;
        if ((code as string).endsWith('令') || /[年月日第条款项]$/.test(code as string)) continue;
        if (open === undefined && close === undefined) continue; // plain numbers, not a 文号
        if (open === undefined || close === undefined) continue;
        const issues: string[] = [];
        if (open !== '〔' || close !== '〕') issues.push(`年份用了“${open}${close}”，应为六角括号“〔〕”`);
        if ((year as string).length !== 4) issues.push('年份未标全称');
        if (di) issues.push('序号前不应加“第”字');
        if ((seq as string).length > 1 && (seq as string).startsWith('0')) issues.push('序号编了虚位（前导0）');
        if (issues.length === 0) continue;
        const standalone = unit.text.trim().length <= 30;
        hits.push({
          unit,
          start: m.index,
          end: m.index + (raw as string).length,
          severity: standalone ? 'should' : 'hint',
          message: `发文字号“${(raw as string).trim()}”：${issues.join('；')}`,
        });
      }
    }
    return hits;
  },
};

export const documentDateFormat: Rule = {
  id: 'document.date-format',
  excerpt: 'match',
  ref: 'P-DATE-CN',
  title: '成文日期格式',
  types: DOC_TYPES,
  severity: 'hint',
  message: '成文日期格式不规范',
  basis: BASIS.docDate,
  suggestion: '建议成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位，如“2024年1月5日”。',
  check(ctx) {
    const hits: UnitHit[] = [];
    for (const unit of ctx.units) {
      const t = unit.text.trim();
      if (t.length === 0 || t.length > 20) continue;
      const d = ctx.dates(unit)[0];
      if (!d || d.year === null || t.replace(/\s/g, '') !== d.raw.replace(/\s/g, '')) continue;
      const issues: string[] = [];
      if (d.form !== 'cn') issues.push('未使用“××××年×月×日”的形式');
      else if (!/^\d{4}/.test(d.raw)) issues.push('使用了汉字数字');
      else if (/年\s*0\d|月\s*0\d/.test(d.raw)) issues.push('月、日编了虚位（前导0）');
      if (issues.length === 0) continue;
      hits.push({ unit, start: d.start, end: d.end, message: `成文日期“${d.raw}”${issues.join('；')}` });
    }
    return hits;
  },
};
