/**
 * Citations written in running text — 《民法典》第470条第（五）项、第510条；仲裁法第20条第2款 — as data
 * (law + article reference), so the rules' basis texts, phrases and checklist guidance can be resolved
 * against the statute store like the legal-basis library.
 */

export interface TextCitation {
  law: string;
  /** 第470条第（五）项, 第41—43条, 第27、28条 as written. */
  article: string;
  /** Offset of the article reference in the text. */
  at: number;
}

const NUM = '0-9零〇一二两三四五六七八九十百千';
/** One article reference: 第27条, 第十七条之一, 第41—43条, 第27、28、57条, optionally 第2款 / 第（五）项. */
const ARTICLE = `第[${NUM}]+(?:[—–~-][${NUM}]+)?(?:、[${NUM}]+)*条(?:之[${NUM}]+)?(?:第[${NUM}]+款)?(?:第[（(][${NUM}]+[）)]项)?`;
const TOKEN = new RegExp(`《([^》]{2,60})》|([\\u4e00-\\u9fa5]{2,24}(?:法|典|解释))(?=第)|(${ARTICLE})`, 'g');
/** Words that refer back to the law already named. */
const SAME_LAW = /^(本|该|同|前|此)/;

/**
 * Every article reference in the text with the law it belongs to: the nearest law named before it
 * (in 《》 or as a bare …法 right before 第). References before any law, or after a name that is a
 * document without articles, are left out.
 */
export function extractCitations(text: string): TextCitation[] {
  const out: TextCitation[] = [];
  let law: string | null = null;
  for (const m of text.normalize('NFKC').matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      law = m[1];
    } else if (m[2] !== undefined) {
      // 另一方未在仲裁法第20条 → 仲裁法: the name starts after the last word that cannot be part of one.
      const bare = m[2].replace(/^.*[的在未除与和及或对向按依照据经由为以见即]/, '');
      if (!SAME_LAW.test(bare)) law = bare;
    } else if (m[3] !== undefined && law !== null) {
      out.push({ law, article: m[3], at: m.index });
    }
  }
  return out;
}
