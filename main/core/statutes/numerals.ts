/**
 * Chinese numerals in article numbers: 第一百零五条 ⇄ 105. Parsing reuses the checklist module's parser
 * (one definition of the numeral grammar); formatting gives the official form used in citations.
 */
import { parseArticleNumeral } from '../checklists/article-number.js';

export { parseArticleNumeral };

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 17 → 十七, 20 → 二十, 105 → 一百零五, 1260 → 一千二百六十 (official article style). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`numeral out of range: ${n}`);
  if (n === 0) return '零';
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out.length > 0;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十七, not 一十七, when 十 leads the number.
    out += d === 1 && unit === '十' && out.length === 0 ? unit : DIGIT_CHARS[d]! + unit;
  });
  return out;
}

/** The key of an article: "27", or "17-1" for 第十七条之一. Sorts by (num, sub). */
export function articleKey(num: number, sub: number): string {
  return sub > 0 ? `${num}-${sub}` : String(num);
}

/** 第二十七条 / 第十七条之一 from a key's parts. */
export function articleLabel(num: number, sub: number): string {
  return `第${toChineseNumeral(num)}条${sub > 0 ? `之${toChineseNumeral(sub)}` : ''}`;
}

/** Parses a key ("27", "17-1") back; undefined when malformed. */
export function parseArticleKey(key: string): { num: number; sub: number } | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(key);
  if (!m) return undefined;
  return { num: Number(m[1]), sub: m[2] ? Number(m[2]) : 0 };
}
