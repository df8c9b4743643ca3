/**
 * Article numbers as reviewers type them: 第二十七条, 第27条, ２７, 27 — and as the library writes
 * them (第19–21条, 第10、11条, 第10条第4款). Pure code, no Node APIs.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const NUMERAL_CLASS = '0-9零〇一二两三四五六七八九十百千';
/** An article number as a pattern source: exactly the numerals parseArticleNumeral reads. */
export const ARTICLE_NUMERAL = `[${NUMERAL_CLASS}]+`;
export const CHINESE_NUMERAL = new RegExp(`^[${NUMERAL_CLASS.slice(3)}]+$`);

/** Parses 27, 二十七, 一百零五, 七百零五 (up to 9999); undefined when the text is not a number. */
export function parseArticleNumeral(text: string): number | undefined {
  const s = text.normalize('NFKC').trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!CHINESE_NUMERAL.test(s)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) return undefined;
    // 十七 means 17: a unit with no digit before it counts once.
    total += (digit === 0 ? 1 : digit) * unit;
    digit = 0;
  }
  return total + digit;
}

/** Article numbers named by an article field: 第27条 → [27], 第19–21条 → [19,20,21], 第10、11条 → [10,11]. */
export function articleNumbers(article: string): number[] {
  const out: number[] = [];
  const text = article.normalize('NFKC');
  for (const match of text.matchAll(/第([^条第]+)条/g)) {
    for (const part of (match[1] ?? '').split(/[、,，]/)) {
      const range = part.split(/[–—~至-]/);
      const from = parseArticleNumeral(range[0] ?? '');
      const to = range.length > 1 ? parseArticleNumeral(range[1] ?? '') : from;
      if (from === undefined || to === undefined || to < from || to - from > 50) continue;
      for (let n = from; n <= to; n++) out.push(n);
    }
  }
  return out;
}

/** Every article number cited in free text (第二十七条, 第27条), e.g. an opinion phrase. */
export function citedArticleNumbers(text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`第(${ARTICLE_NUMERAL})条`, 'g');
  for (const match of text.normalize('NFKC').matchAll(re)) {
    const n = parseArticleNumeral(match[1] ?? '');
    if (n !== undefined) out.push(n);
  }
  return out;
}

export interface ParsedQuery {
  /** Article numbers every hit must cite. */
  articles: number[];
  /** Text fragments every hit must contain (normalised). */
  terms: string[];
}

/** Normalises for substring search: full-width → half-width, lower case, no book-title marks or quotes. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[《》〈〉“”"'‘’「」]/g, '');
}

/**
 * Splits a query into article numbers and text terms. 第27条 / 第二十七条 / 27条 / a bare 27 or 二十七 are
 * articles; 民法典705 is 民法典 + article 705; four-digit runs (years) and numbers before 号/年 stay text.
 */
export function parseQuery(query: string): ParsedQuery {
  const articles: number[] = [];
  const terms: string[] = [];
  const tokens = normalizeForSearch(query).split(/[\s,，、;；]+/).filter(Boolean);
  const articleRe = new RegExp(`第?([${NUMERAL_CLASS}]+)条(?!例)`, 'g');
  for (const token of tokens) {
    let rest = token.replace(articleRe, (whole, num: string) => {
      const n = parseArticleNumeral(num);
      if (n === undefined) return whole;
      articles.push(n);
      return ' ';
    });
    // Paragraph and item parts (第2款, 第（五）项) are finer than the library's article entries.
    rest = rest.replace(/第?[0-9一二三四五六七八九十()（）]+[款项]/g, ' ');
    rest = rest.replace(/(?<![\d.])(\d{1,3})(?![\d号年月日%万元.])/g, (_whole, num: string) => {
      articles.push(Number(num));
      return ' ';
    });
    for (const piece of rest.split(/\s+/).filter(Boolean)) {
      const n = CHINESE_NUMERAL.test(piece) ? parseArticleNumeral(piece) : undefined;
      if (n !== undefined) articles.push(n);
      else if (piece !== '第') terms.push(piece);
    }
  }
  return { articles, terms };
}
