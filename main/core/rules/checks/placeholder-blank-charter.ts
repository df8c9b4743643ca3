/**
 * Round fourteen, issue 13: the fields of a charter or a registration form left empty in two more ways real pages show —
 * - a sum or a head count glued to the word that asks for it, with no figure (the site collapsed the underscores):
 *   "本社注册资元人民币", "出资额万元", "成员人", "社员人" (not "成员人数", "法定代表人", "理事人组成" — words);
 * - founders or members written as one Latin letter repeated ("本社由vvv、kkk等人发起", "AAA、BBB为本社理事"): a sample's
 *   stand-ins for the names to fill, standing in a list (、 or 等 beside them); X runs are placeholder-blank-marks.ts's,
 *   web addresses (www.) and grades (AAA级) are no names.
 */
import type { Blank } from './placeholder-blank-find.js';

const SUM_GLUED_RE = /(?<=(?:注册资本?金?|出资额?|认缴出资额?|股金|资本金|总投资|投资总额|入股金?))(?:万元|元)(?=人民币|[,，。;；、)）\s]|$)/g;
const HEADS_GLUED_RE = /(?<=(?:成员|社员|会员|股东))人(?=[,，。;；、)）\s]|$)/g;
const LETTER_NAME_RE = /(?<![A-Za-z./:@])([A-WYZa-wyz])\1{2,}(?![A-Za-z./:@])/g;

export function charterBlanks(text: string, out: Blank[]): void {
  // Each pattern opens with a look-behind: run it only where its unit word stands at all.
  if (/[资金额]万?元/.test(text)) for (const m of text.matchAll(SUM_GLUED_RE)) out.push({ start: m.index, end: m.index + m[0].length });
  if (/[员东]人/.test(text)) for (const m of text.matchAll(HEADS_GLUED_RE)) out.push({ start: m.index, end: m.index + m[0].length });
  if (!/([A-WYZa-wyz])\1\1/.test(text)) return;
  for (const m of text.matchAll(LETTER_NAME_RE)) {
    const end = m.index + m[0].length;
    const beside = `${text[m.index - 1] ?? ''}${text.slice(end, end + 1)}`;
    if (/[、等]/.test(beside) && !/^级/.test(text.slice(end, end + 1))) out.push({ start: m.index, end });
  }
}
