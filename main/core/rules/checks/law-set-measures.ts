/**
 * Round thirteen (A), issue 13: measures another text or another act sets, which a normative document only restates
 * or reports — no fine, detention or licence of its own:
 * - a local regulation (地方性法规: a 条例 a people's congress adopts) may set fines (行政处罚法第12条): its own fine
 *   articles are the law, whatever page they are published on;
 * - a penalty decision told as news ("再次巡察时发现其仍在焚烧，镇政府对其作出罚款500元的行政处罚决定") applies the
 *   law to one person, it sets nothing;
 * - "违反本通告、构成违反治安管理行为的，由公安机关依法给予治安管理处罚": a referral to the public-security law, whose
 *   detention that law sets (治安管理处罚法);
 * - approvals the State Council's regulations already require for using a road or a street (占道经营, 摆摊设点, 挖掘或
 *   占用道路, 设置户外广告 — 城市道路管理条例第27、31条, 城市市容和环境卫生管理条例第11、14条) or "未经依法审批".
 */
import type { CheckContext } from '../types.js';

/** The title of a regulation itself (not a notice about one): "甘肃省草原条例", "某市养犬管理条例（2020修正）". */
const REGULATION_TITLE_RE = /条例(?:\s*[(（][^)）]{0,30}[)）])*\s*$/;
const ABOUT_RE = /关于|印发|转发|通知|通告|公告|解读|宣传|学习/;

export function regulationItself(ctx: CheckContext): boolean {
  const title = ctx.title.replace(/\s+/g, '');
  const own = (ctx.fullText.match(/本条例/g) ?? []).length;
  if (REGULATION_TITLE_RE.test(title) && !ABOUT_RE.test(title.replace(/[(（][^)）]*[)）]/g, '')) && own >= 1) return true;
  // "…人民代表大会常务委员会第…次会议通过" at the head, and the text calls itself 本条例.
  return own >= 2 && /人民代表大会(?:常务委员会)?[^。\n]{0,30}(?:通过|批准)/.test(ctx.fullText.slice(0, 1500));
}

/** A penalty imposed on someone, told as what happened. */
const DECISION_RE =
  /作出[^。;；]{0,16}(?:行政)?处罚决定|下达[^。;；]{0,10}处罚决定书|开出[^。;；]{0,10}罚单|(?:巡查|巡察|检查|执法)[^。;；]{0,8}时[,，]?\s*发现/;
/** "对违反禁令的…对其进行罚款": a rule for whoever breaks it, even inside a news story — not one decision. */
const RULE_FOR_ANYONE_RE = /(?:对|凡)?违反[^。;；]{0,12}的[,，]?|违者|一律/;

export function narratedDecision(sentence: string): boolean {
  return DECISION_RE.test(sentence) && !RULE_FOR_ANYONE_RE.test(sentence);
}

/** Detention left to the public-security law. */
export function publicSecurityReferral(sentence: string): boolean {
  return /构成违反治安管理(?:行为)?|违反治安管理处罚|给予治安管理处罚|治安管理处罚法/.test(sentence);
}

/** Using a road or a street, which other law already makes subject to approval. */
const ROAD_USE_RE = /占道|占用[^。;；,，]{0,6}(?:道路|街道|人行道|公共场地)|挖掘[^。;；,，]{0,4}道路|摆摊设点|设置[^。;；,，]{0,4}(?:户外广告|广告牌|招牌)/;

export function lawSetApproval(sentence: string, match: string): boolean {
  if (/未经依法(?:审批|批准|许可)/.test(sentence)) return true;
  return /审批|批准|许可|同意/.test(match) && ROAD_USE_RE.test(sentence);
}
