/**
 * Round fourteen, issue 13: a blank's excerpt reads as its clause — "甲方將______畝山林發包給乙方", "此通告从20xx年9月20日起
 * 执行" — not "一、甲方將______畝山林發包給乙" (the item's number in front, the phrase cut after six characters) nor
 * "五、此通告从20xx年9月20日" (the date kept, what it is for dropped). The number says where the clause stands, not what
 * is missing; the words after the blank up to the phrase's end (a stop, a bracket, a space, the next blank) say what it
 * is for. The reviewer sees the clause; the selftest's places are labelled that way.
 */

/** An item's own number at the head of the label: 一、 （一） 1. 1、 第三条. */
const ITEM_NUMBER_RE = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十百\d]+条\s*)\s*/;
/** The rest of the phrase after the blank's word: Han characters only, so it stops at the next blank or a stop. */
const PHRASE_REST_RE = /^[\u4e00-\u9fa5]{1,8}(?=[)(（）\s,，。;；:：、]|$)/;

export function asClause(text: string, span: { start: number; end: number }, blankStart: number): { start: number; end: number } {
  let { start, end } = span;
  const lead = ITEM_NUMBER_RE.exec(text.slice(start, blankStart));
  if (lead && start + lead[0].length < blankStart) start += lead[0].length;
  // Only a phrase that ends within reach (before a stop or a bracket): never into a next field ("…乙方:").
  const rest = PHRASE_REST_RE.exec(text.slice(end, end + 9));
  if (rest && /[\u4e00-\u9fa5]$/.test(text.slice(start, end)) && text[end + rest[0].length] !== ':' && text[end + rest[0].length] !== '：') end += rest[0].length;
  return { start, end };
}
