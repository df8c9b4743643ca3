/**
 * Round twelve (B), issue 13: penalties a notice restates from the statute it names set nothing (行政处罚法第14条: a
 * normative document may only repeat, within the statute's kinds and ranges, what the statute provides). Two forms of
 * real drafting:
 * - the statute's article copied whole, its later branches after "；" ("违反上述规定…的，由县级以上林业主管部门责令停止违法
 *   行为，…并处200元以上2000元以下罚款；引起森林火灾的，对个人并处2000元以上3000元以下罚款") — the organ that applies
 *   the scale is named once, in the article's first branch;
 * - a notice made "根据《某省森林防火条例》规定，现将有关事项通告如下", whose penalty is the statute's scale (以上…以下, a
 *   range) — not a flat sum the notice fixes ("一律罚款500元") and not a fine on something the notice itself forbids
 *   without a statute named (that is still reported: the clause names no range).
 */
import type { CheckContext } from '../types.js';

const NUM = '[\\d零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬]+(\\.\\d+)?';
const ORGAN_RE = /由[^。;,，\n]{0,16}(部门|机关|局|委员会|人民政府|政府|执法队|执法中队|林业站|管理站)/;
const SCALE_RE = new RegExp(`${NUM}\\s*(万)?元?\\s*(-|—|－|~|至|到)\\s*${NUM}\\s*(万)?元|元以上[^。;,，]{0,10}元以下|以下(的)?罚款`);
const FLAT_RE = /一律|统一|每次罚款|罚款\s*\d+\s*元/;
/** The opening that makes a named statute the basis of the whole notice. */
const PREAMBLE_RE = /(根据|依据|依照|按照)[^。;\n]{0,30}?《[^《》]{2,40}(法|条例)》[^。\n]{0,80}?(通告如下|公告如下|通知如下|规定如下|特此通告|现将[^。\n]{0,16}如下)/;

/**
 * The statute named as the speaker of the sentence ("《某省森林防火条例》规定，在森林防火区野外用火的，…处二百元以上
 * 二千元以下罚款"): its penalty quoted, with or without the article; "违反《…》规定的，处…" is the text's own sanction.
 */
const STATUTE_SPEAKS_RE = /(?<!违反|违背|不符合|不按|未按|按照|依照|根据|依据)《[^《》]{2,40}(法|条例|规定|办法|细则)》(第[一二三四五六七八九十百零〇\d]+条(第[一二三四五六七八九十\d]+款)?)?(中)?(明确)?(规定|指出)\s*[:：,，]/;

/** The fine at `index` restates the scale of a statute the text names (see above). */
export function restatesStatutePenalty(ctx: CheckContext, text: string, index: number, clause: string): boolean {
  // Round fifteen: the sanctions of one branch go together — "没收渔获物和违法所得，处五万元以下的罚款" restates the
  // statute's confiscation with its scaled fine, up to the branch's "；" or "。".
  let to = index;
  while (to < text.length && !'。;；\n'.includes(text[to] as string)) to++;
  const branch = text.slice(index, to);
  const scaled = SCALE_RE.test(clause) || SCALE_RE.test(branch);
  if (!scaled || FLAT_RE.test(clause) || FLAT_RE.test(branch)) return false;
  // The article's first branch names the organ: look back across "；" to the start of the sentence.
  let from = index;
  while (from > 0 && !'。!?\n'.includes(text[from - 1] as string)) from--;
  if (ORGAN_RE.test(text.slice(from, index)) || STATUTE_SPEAKS_RE.test(text.slice(from, index))) return true;
  // The notice as a whole restates a statute named in its opening lines.
  return ctx.units.slice(0, 8).some((u) => PREAMBLE_RE.test(u.text));
}
