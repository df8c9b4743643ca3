/**
 * Money amounts as integer cents (分): the 人民币大写 form (壹万贰仟元整, 拾元, 壹佰万元整, 伍角, …) and the
 * figure form (¥1,234.50, 人民币100元, 12.5万元). Finding them in normalised text (half-width digits
 * and punctuation, ¥ for ￥) is in findAmounts().
 */
import { cnDigit } from './cn-numerals.js';

const UNIT_VALUES: Record<string, number> = {
  拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000,
};
const SECTION: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * Parse an uppercase amount (the 元/角/分 part included) to cents. Accepts 圆 for 元, 整/正 at the end,
 * an optional 人民币 prefix, lowercase digits (style is linted elsewhere). Returns null if malformed
 * or if it has no 元/角/分 at all.
 */
export function parseUppercaseAmount(input: string): number | null {
  let s = input.replace(/\s+/g, '').replace(/^人民币/, '').replace(/[整正]$/, '');
  if (s === '') return null;
  s = s.replace(/圆/g, '元');
  const yuanAt = s.indexOf('元');
  const intPart = yuanAt >= 0 ? s.slice(0, yuanAt) : /[角分]/.test(s) ? '' : null;
  if (intPart === null) return null;
  const fracPart = yuanAt >= 0 ? s.slice(yuanAt + 1) : s;
  if (yuanAt >= 0 && intPart === '') return null;
  const yuan = intPart === '' ? 0 : parseIntegerPart(intPart);
  if (yuan === null) return null;
  const cents = parseFraction(fracPart);
  if (cents === null) return null;
  return yuan * 100 + cents;
}

function parseIntegerPart(s: string): number | null {
  let total = 0;
  let section = 0;
  let num = 0;
  let havePending = false;
  let sawAny = false;
  for (const c of s) {
    const d = cnDigit(c);
    if (d !== undefined) {
      if (havePending && num !== 0 && d !== 0) return null;
      num = d;
      havePending = true;
      sawAny = true;
      continue;
    }
    const u = UNIT_VALUES[c];
    if (u !== undefined) {
      // 拾元 / 拾万: a bare 拾 means ten.
      section += (havePending ? num : 1) * u;
      num = 0;
      havePending = false;
      sawAny = true;
      continue;
    }
    const big = SECTION[c];
    if (big !== undefined) {
      if (!sawAny) return null;
      const chunk = section + num;
      if (big === 1e8) total = (total + chunk) * 1e8;
      else total += chunk * big;
      section = 0;
      num = 0;
      havePending = false;
      continue;
    }
    return null;
  }
  return sawAny ? total + section + num : null;
}

/** 伍角, 零伍分, 叁角贰分, 零叁角贰分 → cents; '' → 0. */
function parseFraction(s: string): number | null {
  if (s === '') return 0;
  const m = /^零?(?:([^角分零])角)?零?(?:([^角分零])分)?$/.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const jiao = m[1] === undefined ? 0 : cnDigit(m[1]);
  const fen = m[2] === undefined ? 0 : cnDigit(m[2]);
  if (jiao === undefined || fen === undefined) return null;
  return jiao * 10 + fen;
}

/**
 * Parse a figure amount to cents. `digits` may contain thousands commas; `unit` is 元, 万元, 亿元,
 * 万 or empty (taken as 元). Decimal fractions are converted exactly (no floating-point drift).
 */
export function parseFigureAmount(digits: string, unit = '元'): number | null {
  const clean = digits.replace(/[,\s]/g, '');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!m) return null;
  const intPart = m[1] as string;
  const frac = m[2] ?? '';
  const multiplier = unit.startsWith('亿') ? 1e10 : unit.startsWith('万') ? 1e6 : 100;
  // value = int.frac × multiplier cents, computed on integers.
  const scale = 10 ** frac.length;
  const whole = Number(intPart + frac);
  const cents = (whole * multiplier) / scale;
  return Number.isFinite(cents) ? Math.round(cents) : null;
}

/** Format cents as ¥1,234.50 for messages. */
export function formatCents(cents: number): string {
  const yuan = Math.floor(cents / 100);
  const rest = cents % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥${grouped}.${String(rest).padStart(2, '0')}`;
}

export type AmountKind = 'uppercase' | 'figure';

export interface FoundAmount {
  kind: AmountKind;
  /** Range in the normalised text searched. */
  start: number;
  end: number;
  /** The matched text. */
  raw: string;
  cents: number;
}

/** Uppercase digits (formal) — at least one is needed for a run to count as 大写 without a label. */
const FORMAL = '壹贰叁肆伍陆柒捌玖拾佰仟貳陸';
const UPPER_CHARS = `零〇${FORMAL}一二两三四五六七八九十百千万亿萬億`;
const UPPER_RE = new RegExp(`[${UPPER_CHARS}元圆角分]+[整正]?`, 'g');
const FORMAL_RE = new RegExp(`[${FORMAL}]`);
const FIGURE_RE =
  /(?:(¥|人民币|RMB)\s*)?(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?\s*(亿元|万元|元|万(?![\u4e00-\u9fa5]))?/g;

/**
 * Find uppercase and figure amounts in normalised text. A run of Chinese numerals counts as an
 * uppercase amount when it has 元/圆/角/分 and either a formal digit (壹…玖, 拾佰仟) or a 大写 label
 * just before it. A figure counts when it has ¥/人民币 before it, a 元/万元 unit after it, or a
 * 小写 label just before it.
 */
export function findAmounts(text: string): FoundAmount[] {
  const out: FoundAmount[] = [];
  // Every run of Chinese numerals matches UPPER_RE, but only one holding 元/圆/角/分 is kept, and every figure needs a
  // digit: a text without them is not scanned (most paragraphs hold numerals and no money).
  const uppers: Iterable<RegExpExecArray> = /[元圆角分]/.test(text) ? text.matchAll(UPPER_RE) : [];
  for (const m of uppers) {
    const raw = m[0];
    const start = m.index;
    if (!/[元圆角分]/.test(raw)) continue;
    // "100万元": the 万元 belongs to a figure.
    const before = text.slice(Math.max(0, start - 8), start);
    if (/[\d.]\s*$/.test(before)) continue;
    const labelled = /大写[)）]?\s*[:：]?\s*(人民币)?\s*$/.test(before) || /人民币\s*$/.test(before);
    if (!FORMAL_RE.test(raw) && !labelled) continue;
    const cents = parseUppercaseAmount(raw);
    if (cents === null) continue;
    out.push({ kind: 'uppercase', start, end: start + raw.length, raw, cents });
  }
  const figures: Iterable<RegExpExecArray> = /\d/.test(text) ? text.matchAll(FIGURE_RE) : [];
  for (const m of figures) {
    const [raw, prefix, intPart, frac, unit] = m;
    const start = m.index;
    const prev = text[start - 1];
    // Part of a longer token (版本号 1.2.3, 编号 A123, 2024-01-01) – not money.
    if (prev !== undefined && /[\d.A-Za-z-]/.test(prev)) continue;
    const next = text[start + raw.length];
    if (next !== undefined && /[\d.%‰]/.test(next)) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    const labelled = /小写[)）]?\s*[:：]?\s*$/.test(before);
    if (prefix === undefined && unit === undefined && !labelled) continue;
    if (unit === '万' && prefix === undefined) continue;
    const cents = parseFigureAmount((intPart as string) + (frac ?? ''), unit ?? '元');
    if (cents === null) continue;
    const trimmed = raw.replace(/\s+$/, '');
    out.push({ kind: 'figure', start, end: start + trimmed.length, raw: trimmed, cents });
  }
  return out.sort((a, b) => a.start - b.start);
}
