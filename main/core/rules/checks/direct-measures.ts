import { lexiconExtension } from './lexicon-extension.js';

/**
 * Round thirteen (B), issue 13: compulsion a notice takes by its own words, with no verb of enforcement in front —
 * animals culled ("对发现的大型犬一律捕杀", "对其犬实施强制扑杀/撲殺"), supply cut with the activity named between the verb and
 * the supply ("供电公司一律停止对河道采砂…活动的供电", "一律切断…的电源"), farms and works closed outright ("一律给予关闭退养",
 * "予以关闭", "一律关停", "予以取缔"). 行政强制法第9、10条: only a law or a regulation may set such measures; a
 * notice may not. Closure ordered as a penalty (责令关闭, 行政处罚法第9条) is rules.sets-fine's; an owner's own closure
 * (自行关闭) is a duty. The rule's own checks (negation, a statute named, a report, a cut needing a breach) still apply.
 */
const CULL = '(一律|强制|实施强制|予以强制|立即)(捕杀|扑杀|撲殺|捕殺|宰杀|击杀|打死)';
const CUT =
  '(一律|予以|立即|将|强制)(停止|中止|切断|终止)(对|向)?[^。;,，\\n]{0,20}?(的)?(供电|供水|电源|水源|用电|用水)';
const CLOSE = '(一律|予以|给予|一律给予|一律予以|强制|全面|全部)(关闭|关停|取缔)(退养)?';
const WORDS = `${CULL}|${CUT}|(?<!责令|自行)${CLOSE}`;

/** What may be closed by compulsion: a farm, a works, a site — not a window, an account or a road lane. */
const PLACE_RE = /养殖|场|厂|企业|作坊|窑|矿|点|摊|店|档|坊|设备|网吧|采砂|洗砂|码头/;

/** A coercion lexicon with these forms added. */
export const withDirectMeasures = lexiconExtension(WORDS);

/**
 * A closure is compulsion against one in breach ("一经发现", "逾期", "无证", "超量"); places closed for everyone in an
 * epidemic ("人员密集场所一律关停", 传染病防治法第42条's 停业) are a prevention measure, the liberty rule's ground. (超市, the
 * shops an emergency spares, is no 超量.)
 */
const BREACH_RE = /违|超(?!市)|无证|非法|逾期|拒|未(经|取得|办理|按)|一经发现|一经查实|不符合|擅自|私自|不得/;

/**
 * Round sixteen: a whole trade closed by the text's own order — "自10月1日起，全面关停我县辖区内的所有棺木市场" — is
 * compulsion on every lawful business of that kind, breach or none (行政强制法第10条; closing businesses is for the law).
 * The closures of an emergency (疫情, 防控: places where people gather shut for a time, 传染病防治法第42条) stay the
 * prevention measures they are.
 */
const WHOLE_RE = /全面|全部|所有|一切/;
const EMERGENCY_RE = /疫情|防控|新冠|肺炎|传染病|突发事件|应急|人员密集|聚集/;

/** A closure with nothing to close but a window or an account, or with no breach it answers (nor a whole trade). */
export function directMeasureExcused(match: string, sentence: string, fullText = ''): boolean {
  if (/关闭|关停|取缔/.test(match) && !/拆除|强制|扣/.test(match)) {
    if (!PLACE_RE.test(sentence)) return true;
    if (BREACH_RE.test(sentence)) return false;
    return !(WHOLE_RE.test(sentence) && !EMERGENCY_RE.test(sentence) && !EMERGENCY_RE.test(fullText));
  }
  return false;
}

/** A supply cut aimed at an activity the notice bans ("停止对…采砂…活动的供电"): the ban is the breach. */
export function cutAimsAtActivity(match: string): boolean {
  return /(停止|中止|切断|终止)(对|向)[^。;,，\n]{1,20}?(活动|行为|企业|场|厂|点|户|单位|设备)的?(供电|供水|电源|水源|用电|用水)/.test(match);
}

const DIRECT_RE = new RegExp(WORDS);

/**
 * One of these forms: the organ named as the one who culls or cuts ("由公安部门组织力量对其犬实施强制扑杀") is the doer,
 * not a basis — only a law or a regulation named by title or article is.
 */
export function isDirectMeasure(match: string): boolean {
  return DIRECT_RE.test(match);
}

/** A law or a regulation named: a newspaper in 《》 ("《新闻晨报》报道称") names none. */
export function namesLaw(sentence: string): boolean {
  return /《[^《》]{1,40}(法|条例|规定|办法|决定|细则)(（[^）]{0,12}）)?》|第[一二三四五六七八九十百零〇\d]+条|法律、法规|法律法规/.test(sentence);
}
