/**
 * Round thirteen (B), issue 13: whose penalty it is when the basis stands elsewhere in the sentence.
 * - A notice's penalty followed by a graver case left to the law ("…一经发现，将由公安机关处以行政拘留并处最高5000元的行政
 *   处罚，造成严重后果的，依法从严追究…"): the 依法 governs its own clause, the sum before it is the notice's own (as round
 *   twelve (B) read a vague basis for coercion).
 * - A village demanding a fine ("根据《…大气污染防治法》第七十七条、《村规民约》之规定，限你于…前到村办公室缴纳罚款500元"):
 *   the statute gives the power to an organ, not to the village; a fine the village collects under its rules is its own
 *   (村民委员会组织法第27条: rules may not take property).
 */
import { citesBasis } from './helpers.js';

const NAMED_RE = /《[^《》]{2,40}》|第[一二三四五六七八九十百零〇\d]+条/;

/** True when no basis stands in the sentence up to the end of the penalty's own clause, only in a later one. */
export function basisOnlyInLaterClause(text: string, index: number, end: number, sentence: string): boolean {
  if (NAMED_RE.test(sentence)) return false;
  let start = index;
  while (start > 0 && !'。;；\n'.includes(text[start - 1] as string)) start--;
  let stop = end;
  while (stop < text.length && !'。;；,，\n'.includes(text[stop] as string)) stop++;
  return !citesBasis(text.slice(start, stop));
}

const VILLAGE_BASIS_RE = /《[^》]{0,12}(村规民约|村规|民约|自治章程|居民公约|村民公约)》/;
const PAID_TO_VILLAGE_RE =
  /到[^。;,，\n]{0,12}?(村委会|村委|村民委员会|村部|村办|[村社组]办公室|村委办公室)[^。;,，\n]{0,4}?(缴纳|交纳|缴|交)/;

/** A fine the village lays under its own rules or collects itself, whatever statute the sentence also names. */
export function villageDemandsFine(sentence: string): boolean {
  return VILLAGE_BASIS_RE.test(sentence) || PAID_TO_VILLAGE_RE.test(sentence);
}

/**
 * Round sixteen: a basis that opens a later clause governs what follows it, not the measure before it — "对驶入禁行区域
 * 的电动三、四轮车，采取扣留车辆的行政强制措施，依据《道路交通安全法》相关规定，对…驾驶人给予罚款…": the statute is named for
 * the penalty on the driver; the holding of the vehicle before it names none. A basis that closes the sentence
 * ("…予以强制拆除，依据《…》第六十八条") still covers it.
 */
const OPENING_BASIS_RE = /^\s*(依据|根据|依照|按照)[^。;；,，\n]{0,40}[,，]/;
const ACTION_RE = /对|给予|予以|处以|责令|由/;

export function basisOpensLaterClause(text: string, index: number, end: number): boolean {
  let start = index;
  while (start > 0 && !'。;；\n'.includes(text[start - 1] as string)) start--;
  let stop = end;
  while (stop < text.length && !'。;；,，\n'.includes(text[stop] as string)) stop++;
  if (citesBasis(text.slice(start, stop))) return false;
  let close = stop;
  while (close < text.length && !'。;；\n'.includes(text[close] as string)) close++;
  const rest = text.slice(stop + 1, close);
  const opening = OPENING_BASIS_RE.exec(rest);
  return opening !== null && ACTION_RE.test(rest.slice(opening[0].length));
}
