/** Small text helpers for letters: 文号, 成文日期, Chinese ordinals, template placeholders. */

import { YEAR_BRACKETS } from '../../../shared/domain/letter-number.js';

export { formatLetterNumber } from '../../../shared/domain/letter-number.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The year and sequence number of a letter number made with the same pattern, or null. */
export function parseLetterNumber(
  pattern: string,
  prefix: string,
  letterNumber: string,
): { year: number | null; n: number } | null {
  const normalized = pattern.replace(YEAR_BRACKETS, '〔{year}〕').replaceAll('{prefix}', prefix);
  const parts = normalized.split(/(\{year\}|\{n\})/);
  let source = '^';
  for (const part of parts) {
    if (part === '{year}') source += '(?<year>\\d{4})';
    else if (part === '{n}') source += '(?<n>[1-9]\\d*)';
    else source += escapeRegExp(part);
  }
  const m = new RegExp(source + '$').exec(letterNumber.trim());
  if (!m?.groups?.n) return null;
  return { year: m.groups.year ? Number(m.groups.year) : null, n: Number(m.groups.n) };
}

/** 成文日期: '2024-01-05' → '2024年1月5日' (Arabic numerals, no leading zeros; GB/T 9704 7.3.5.4). */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`日期格式应为 yyyy-mm-dd：${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) throw new Error(`日期不存在：${iso}`);
  return `${y}年${mo}月${d}日`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese ordinal for heading numbers 一、（一）: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`序号超出范围：${n}`);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h ? `${DIGITS[h]}百` : '';
  if (t) out += `${t === 1 && !h ? '' : DIGITS[t]}十`;
  else if (h && u) out += '零';
  if (u) out += DIGITS[u];
  return out;
}

/** Replace {name} placeholders; unknown placeholders are left as they are so a typo stays visible. */
export function fillTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** A title in 《》 unless it already is one. */
export function bookTitle(title: string): string {
  const t = title.trim();
  return t.startsWith('《') ? t : `《${t}》`;
}
