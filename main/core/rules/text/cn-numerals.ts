/**
 * Chinese numerals: lowercase (一二三, 十百千), financial uppercase (壹贰叁, 拾佰仟), traditional forms,
 * 〇/零, 两, section units 万/亿, and positional digit strings such as 二〇二四.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 洞: 0,
  一: 1, 壹: 1, 幺: 1,
  二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

const SMALL_UNITS: Record<string, number> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
};

const SECTION_UNITS: Record<string, number> = {
  万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};

/** Character class (for regexes) of every character that can appear in a Chinese integer. */
export const CN_NUMERAL_CHARS = '零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

export function cnDigit(ch: string): number | undefined {
  return DIGITS[ch];
}

/**
 * Parse a Chinese integer such as 三十五, 壹拾万零柒仟, 一百零五, 十二, 两千 or 二〇二四 (positional).
 * ASCII digits are accepted too ("35"). Returns null for anything that is not a well-formed number.
 */
export function parseChineseInteger(input: string): number | null {
  const s = input.trim();
  if (s === '') return null;
  if (/^\d+$/.test(s)) return Number(s);
  // Positional form (二〇二四, 一九九八): only digits, at least two of them.
  if (s.length >= 2 && [...s].every((c) => DIGITS[c] !== undefined)) {
    let v = 0;
    for (const c of s) v = v * 10 + (DIGITS[c] as number);
    return v;
  }
  let total = 0;
  let section = 0;
  let num = 0;
  let pendingDigit = false;
  let lastSmall = Infinity;
  for (const c of s) {
    const d = DIGITS[c];
    if (d !== undefined) {
      // Two non-zero digits in a row without a unit (二三十) are not a number here.
      if (pendingDigit && num !== 0 && d !== 0) return null;
      num = d;
      pendingDigit = true;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      if (small >= lastSmall) return null; // 百十 / 千千: units must decrease inside a section
      section += (pendingDigit ? num : 1) * small;
      lastSmall = small;
      num = 0;
      pendingDigit = false;
      continue;
    }
    const big = SECTION_UNITS[c];
    if (big !== undefined) {
      const chunk = section + num;
      if (big === 1e8) total = (total + chunk) * 1e8;
      else total += chunk * big;
      section = 0;
      num = 0;
      pendingDigit = false;
      lastSmall = Infinity;
      continue;
    }
    return null;
  }
  return total + section + num;
}

/**
 * Parse a count that may be written in ASCII digits, Chinese numerals, or a mix with a section
 * unit (1.5万, 3万). Returns null when it cannot.
 */
export function parseCount(input: string): number | null {
  const s = input.trim();
  const mixed = /^(\d+(?:\.\d+)?)\s*([万萬亿億])$/.exec(s);
  if (mixed) {
    const unit = SECTION_UNITS[mixed[2] as string] as number;
    return Math.round(Number(mixed[1]) * unit);
  }
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return parseChineseInteger(s);
}
