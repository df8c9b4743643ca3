/**
 * Round twelve (B), issue 13: a term the LAW fixes, stated in commentary, a lawyer's Q&A or an excerpt of the statute,
 * is not a lease term a contract agrees (民法典第705条 limits what the parties agree; 农村土地承包法第21条 fixes the
 * contracting terms: 耕地三十年, 草地三十年至五十年, 林地三十年至七十年). Real pages say so in these ways:
 * - a range of years, the statute's span for a kind of land ("林地的承包期一般为三十年至七十年") — a contract agrees one
 *   term, not a span;
 * - the law named as the source in the sentence ("依据法律规定", "法定", "法律依据：《…》第二十条", "一般为/通常为");
 * - the terms listed per kind of land ("耕地为三十年；草地为三十年至五十年；林地为…"), and a paragraph that carries its
 *   "法律依据：" or quotes the statute by article.
 * A contract citing its basis ("根据《农村土地承包法》等规定，甲方将…流转给乙方，流转期限为30年") still agrees its own term.
 */
const CN = '[\\d零〇一二两三四五六七八九十百]+';
// Counts of years, not calendar years ("2020年至2049年" is a lease's own dates).
const COUNT = '(?<![\\d])\\d{1,3}(?!\\d)|[零〇一二两三四五六七八九十百]+';
const SPAN_RE = new RegExp(`(${COUNT})\\s*年?\\s*(至|到|—|-|~)\\s*(${COUNT})\\s*年`);
const LAW_SOURCE_RE = /法律(的)?规定|法定|法律依据|法律明确|一般为|通常为|一般是|通常是|一般不超过/;
const PER_KIND_RE = new RegExp(`(耕地|草地|林地|草原|园地|荒地|四荒)(的)?(承包期|承包期限|期限|租赁期限|经营期限)?(为|是)\\s*${CN}\\s*年`, 'g');
/**
 * Round fourteen: the same list with no verb, in parentheses or a run of 、 ("承包期内（耕地30年、草地30-50年、林地30-70年）",
 * "耕地三十年，草地三十至五十年") — two kinds of land each with its years in one sentence is the statute's table.
 */
const PER_KIND_BARE_RE = new RegExp(`(耕地|草地|林地|草原|园地)(的)?(承包期|承包期限|期限)?(为|是)?\\s*(${COUNT})\\s*(年|至|到|—|-|~)`, 'g');
const UNIT_SOURCE_RE = /法律依据\s*[:：]|《[^《》]{2,40}(法|条例)》第[一二三四五六七八九十百零〇\d]+条(规定)?\s*[:：,，]?[^。]{0,6}(承包期|期限)/;

function sentenceOf(text: string, i: number): string {
  let s = i;
  while (s > 0 && !'。;；\n'.includes(text[s - 1] as string)) s--;
  let e = i;
  while (e < text.length && !'。;；\n'.includes(text[e] as string)) e++;
  return text.slice(s, e);
}

/** The term found at [start, end) of `text` is the law's, stated (see above). */
export function statesStatutoryTerm(text: string, start: number, end: number): boolean {
  const sentence = sentenceOf(text, start);
  const around = text.slice(start, Math.min(text.length, end + 6));
  if (SPAN_RE.test(around) || LAW_SOURCE_RE.test(sentence)) return true;
  if ((text.match(PER_KIND_RE) ?? []).length >= 2) return true;
  if (new Set([...sentence.matchAll(PER_KIND_BARE_RE)].map((k) => k[1])).size >= 2) return true;
  return UNIT_SOURCE_RE.test(text);
}
