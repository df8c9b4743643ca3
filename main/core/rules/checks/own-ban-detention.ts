/**
 * Round sixteen, issue 13: detention named with no term, as the consequence of breaking the text's own ban — "对驶入
 * 禁行区域的电动三、四轮车，…对驾驶人给予罚款并处行政拘留的行政处罚", "对于违反以上规定且不听劝阻的，采取行政拘留措施". The
 * offence is the notice's (its zone, its rules), so the detention is too, whatever statute the sentence names in
 * general terms ("依据《道路交通安全法》相关规定"): only a law may set a penalty that restricts liberty (立法法第11条), and
 * a notice cannot make its own ban an offence a law punishes with detention. A statute named by article, the
 * public-security law's own referral (治安管理处罚), or the police applying the law to an act the text does not define
 * ("一经发现，将由公安机关处以行政拘留") are left alone.
 */

import { guarded } from './guarded.js';

/** Detention as a penalty kind, without a term (a term is rules-liberty.ts DETAIN_RE's). */
const BARE_DETENTION_RE = /(给予|处以|予以|并处|采取)[^。;,，\n]{0,8}?行政拘留(?![^。;,，\n]{0,4}[\d一二三四五六七八九十]+\s*[日天])/g;
/** Run only where 行政拘留 stands. */
export const BARE_DETENTION = guarded('detention without a term', BARE_DETENTION_RE, /行政拘留/);

/** The text's own ban as the condition: its rules ("违反本通告", "违反以上规定") or its zone ("驶入禁行区域"). */
const OWN_BAN_RE = /违反(本|以上|上述|前述|前款)|(驶入|进入|闯入|驶进|进到)[^。;，,\n]{0,8}(禁行|禁止通行|禁入|禁区|禁放|禁养|禁渔|禁牧)/;
const ARTICLE_RE = /》\s*第[一二三四五六七八九十百零〇\d]+条/;

/** The detention at `index` punishes a breach of the text's own ban, with no article of a law named for it. */
export function detentionForOwnBan(text: string, index: number, sentence: string): boolean {
  let from = index;
  while (from > 0 && !'。!?！？\n'.includes(text[from - 1] as string)) from--;
  return OWN_BAN_RE.test(text.slice(from, index)) && !ARTICLE_RE.test(sentence);
}
